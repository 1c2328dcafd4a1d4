package uk.ehcworkflow.query.assessment;

import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;

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

    public static CaseStatus of(AssessmentTimeline record, LocalDate today) {
        var due = record.due();
        if (record.on(Milestone.DECISION_NOT_TO_ASSESS).isPresent()) {
            return completed(record.on(Milestone.DECISION_NOT_TO_ASSESS).get(), due.decision(), record,
                    Milestone.DECISION_NOT_TO_ASSESS.excusedUnder());
        }
        if (record.on(Milestone.DECISION_NOT_TO_ISSUE).isPresent()) {
            return completed(record.on(Milestone.DECISION_NOT_TO_ISSUE).get(), due.notToIssue(), record,
                    Milestone.DECISION_NOT_TO_ISSUE.excusedUnder());
        }
        if (record.finalPlanIssuedOn().isPresent()) {
            return completed(record.finalPlanIssuedOn().get(), due.finalPlan(), record,
                    Milestone.FINAL_PLAN_ISSUED.excusedUnder());
        }
        boolean decided = record.decision().isPresent();
        LocalDate next = decided ? due.finalPlan() : due.decision();
        Deadline deadline = decided ? Deadline.FINAL_PLAN : Deadline.DECISION;
        if (today.isAfter(next)) {
            return record.hasException(deadline) ? EXCEPTION_APPLIES : OVERDUE;
        }
        return today.isBefore(next.minusDays(DUE_SOON_DAYS)) ? ON_TRACK : DUE_SOON;
    }

    private static CaseStatus completed(LocalDate on, LocalDate due, AssessmentTimeline record, Deadline deadline) {
        if (StatutoryCalendar.inTime(on, due)) {
            return COMPLETED_IN_TIME;
        }
        return record.hasException(deadline) ? EXCEPTION_APPLIES : COMPLETED_LATE;
    }
}
