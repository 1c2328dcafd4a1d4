package uk.ehcworkflow.query.assessment;

import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.Milestone;

/**
 * Where an assessment stands against the statutory clock on a given day. Computed when read,
 * because "overdue" changes with the calendar, not with events.
 */
public enum CaseStatus {
    ON_TRACK,
    DUE_SOON,
    OVERDUE,
    COMPLETED_IN_TIME,
    COMPLETED_LATE,
    /** Late, but a permitted exception is recorded for that deadline, so it is not a breach. */
    EXCEPTION_APPLIES;

    /** A deadline this close or closer is due soon. */
    static final int DUE_SOON_DAYS = 14;

    public static CaseStatus of(AssessmentRecord record, LocalDate today) {
        var due = record.due();
        if (record.on(Milestone.DECISION_NOT_TO_ASSESS).isPresent()) {
            return completed(record.on(Milestone.DECISION_NOT_TO_ASSESS).get(), due.decision(), record, Deadline.DECISION);
        }
        if (record.on(Milestone.DECISION_NOT_TO_ISSUE).isPresent()) {
            // reg 10(4) applies the same exceptions to the 16 weeks as reg 13(3) to the 20.
            return completed(record.on(Milestone.DECISION_NOT_TO_ISSUE).get(), due.notToIssue(), record, Deadline.FINAL_PLAN);
        }
        if (record.finalPlanIssuedOn().isPresent()) {
            return completed(record.finalPlanIssuedOn().get(), due.finalPlan(), record, Deadline.FINAL_PLAN);
        }
        boolean decided = record.decision().isPresent();
        LocalDate next = decided ? due.finalPlan() : due.decision();
        Deadline deadline = decided ? Deadline.FINAL_PLAN : Deadline.DECISION;
        if (today.isAfter(next)) {
            return record.hasException(deadline) ? EXCEPTION_APPLIES : OVERDUE;
        }
        return today.isBefore(next.minusDays(DUE_SOON_DAYS)) ? ON_TRACK : DUE_SOON;
    }

    private static CaseStatus completed(LocalDate on, LocalDate due, AssessmentRecord record, Deadline deadline) {
        if (!on.isAfter(due)) {
            return COMPLETED_IN_TIME;
        }
        return record.hasException(deadline) ? EXCEPTION_APPLIES : COMPLETED_LATE;
    }
}
