package uk.ehcworkflow.events.plan;

import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.DraftResponse;

/** The family answered the re-assessment's draft; only an answer asking for nothing further ends their 15 days early. */
public record ReassessmentDraftAnswered(String planId, String reassessmentId, LocalDate receivedOn, DraftResponse requests)
        implements PlanEvent {
}
