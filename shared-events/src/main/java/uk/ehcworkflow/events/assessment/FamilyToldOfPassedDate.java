package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;

/**
 * A date the family follows passed without its step, and the family members who can see the case
 * were emailed that it had (ADR 46), once for each date.
 *
 * @param date  which date: {@code DECISION}, {@code FINAL_PLAN}, {@code ADVICE:<adviceRequestId>}, or
 *              under a tribunal's order {@code ORDER:<ComplianceStep>}
 * @param dueBy its last day
 */
public record FamilyToldOfPassedDate(String assessmentId, String date, LocalDate dueBy) implements AssessmentEvent {
}
