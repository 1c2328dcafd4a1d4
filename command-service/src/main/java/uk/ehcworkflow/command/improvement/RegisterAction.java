package uk.ehcworkflow.command.improvement;

import java.time.LocalDate;
import java.util.List;
import uk.ehcworkflow.events.improvement.SuccessCriterion;

/**
 * Register an action of the Written Statement of Action, as the statement words it; the event
 * it records carries the same facts.
 */
public record RegisterAction(
        String actionId,
        /* its number in the statement, "2.1"; unique */ String reference,
        /* the weakness the inspection found that it answers */ String areaOfWeakness,
        String title,
        /* who leads it, by name and role */ List<String> leads,
        LocalDate dueBy,
        List<SuccessCriterion> successCriteria) {
}
