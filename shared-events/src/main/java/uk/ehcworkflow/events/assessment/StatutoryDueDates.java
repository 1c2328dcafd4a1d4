package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;

/**
 * The time limits of one assessment, fixed when the request was received and stored in the
 * event so that a later change of rules never rewrites past deadlines.
 */
public record StatutoryDueDates(LocalDate decision, LocalDate notToIssue, LocalDate finalPlan) {
}
