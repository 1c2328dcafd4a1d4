package uk.ehcworkflow.command.improvement;

import java.time.LocalDate;
import java.util.List;
import uk.ehcworkflow.events.improvement.SuccessCriterion;

/** Register an action of the Written Statement of Action. */
public record RegisterAction(
        String actionId,
        String reference,
        String areaOfWeakness,
        String title,
        List<String> leads,
        LocalDate dueBy,
        List<SuccessCriterion> successCriteria) {
}
