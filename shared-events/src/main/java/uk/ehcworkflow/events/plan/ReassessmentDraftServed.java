package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * The draft of the re-assessed plan was served on the family (reg 27(1), applying reg 13): the
 * plan may not be issued in the 15 days that follow unless they answer asking for nothing further.
 * Served again, a draft starts a new 15 days.
 */
public record ReassessmentDraftServed(String planId, String reassessmentId, LocalDate servedOn) implements PlanEvent {
}
