package uk.ehcworkflow.events.improvement;

import java.time.LocalDate;
import java.util.List;

/** An action of the Written Statement of Action was registered; it starts {@link Rag#RED}, not started. */
public record ActionRegistered(
        String actionId,
        String reference,
        String areaOfWeakness,
        String title,
        List<String> leads,
        LocalDate dueBy,
        List<SuccessCriterion> successCriteria) implements ImprovementActionEvent {
}
