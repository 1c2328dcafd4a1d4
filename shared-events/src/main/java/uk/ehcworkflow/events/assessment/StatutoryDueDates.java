package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;

/**
 * The time limits of one assessment, fixed when the request was received and stored in the
 * event so that a later change of rules never rewrites past deadlines.
 */
public record StatutoryDueDates(LocalDate decision, LocalDate notToIssue, LocalDate finalPlan) {

    /** The day a step was due: the 6 weeks for either decision whether to assess, 16 for not issuing, 20 for the plan. */
    public LocalDate of(Milestone step) {
        return switch (step) {
            case DECISION_TO_ASSESS, DECISION_NOT_TO_ASSESS -> decision;
            case DECISION_NOT_TO_ISSUE -> notToIssue;
            case FINAL_PLAN_ISSUED -> finalPlan;
            case DRAFT_PLAN_ISSUED, DRAFT_RESPONSE_RECEIVED, REQUEST_WITHDRAWN, TRANSFERRED_OUT -> null;
        };
    }

    /** The day of a deadline an exception names, other than an agency's advice (each request has its own). */
    public LocalDate of(Deadline deadline) {
        return switch (deadline) {
            case DECISION -> decision;
            case FINAL_PLAN -> finalPlan;
            case ADVICE -> throw new IllegalArgumentException("Each advice request has its own due date");
            case REASSESSED_PLAN -> throw new IllegalArgumentException("A re-assessment's plan is due by its plan's dates");
            case TRIBUNAL_ORDER -> throw new IllegalArgumentException("An order is due by its dispute's dates");
        };
    }
}
