package uk.ehcworkflow.query.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.dispute.ComplianceStep;

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
    /**
     * Late, but a permitted exception excuses it: a step taken late, or an open case while the
     * exception's period lasts. Once the period has ended an open case is OVERDUE again: the
     * duty to act "as soon as practicable" remains.
     */
    EXCEPTION_APPLIES,
    /** Withdrawn by the family, or the child moved to another authority: closed, never overdue. */
    CLOSED;

    /** A deadline this close or closer is due soon. */
    public static final int DUE_SOON_DAYS = 14;

    public static CaseStatus of(AssessmentTimeline record, LocalDate today) {
        if (record.endedWithoutDecision().isPresent()) {
            return CLOSED;
        }
        if (record.reopening().isPresent()) {
            return underOrder(record.underOrder(), today);
        }
        for (Milestone end : List.of(Milestone.DECISION_NOT_TO_ASSESS, Milestone.DECISION_NOT_TO_ISSUE, Milestone.FINAL_PLAN_ISSUED)) {
            Optional<LocalDate> on = record.standing(end);
            if (on.isPresent()) {
                if (StatutoryCalendar.inTime(on.get(), record.due().of(end))) {
                    return COMPLETED_IN_TIME;
                }
                return record.excusing(end).isEmpty() ? COMPLETED_LATE : EXCEPTION_APPLIES;
            }
        }
        Milestone next = record.decision().isPresent() ? Milestone.FINAL_PLAN_ISSUED : Milestone.DECISION_TO_ASSESS;
        LocalDate due = record.due().of(next);
        if (StatutoryCalendar.overdueOn(due, today)) {
            boolean periodLasts = record.excusing(next).stream().anyMatch(e -> e.to() == null || !e.to().isBefore(today));
            return periodLasts ? EXCEPTION_APPLIES : OVERDUE;
        }
        return dueOn(due, today);
    }

    private static CaseStatus dueOn(LocalDate due, LocalDate today) {
        return today.isBefore(due.minusDays(DUE_SOON_DAYS)) ? ON_TRACK : DUE_SOON;
    }

    /**
     * A case a tribunal order reopened stands against the order's deadlines (reg 44), which no
     * exception excuses: done once the plan or a decision not to issue is made, otherwise judged
     * by the first step it still owes (a decision not to issue is an alternative to the plan, not
     * a step on the way).
     */
    private static CaseStatus underOrder(List<AssessmentTimeline.OrderedStep> steps, LocalDate today) {
        for (AssessmentTimeline.OrderedStep step : steps) {
            boolean ends = step.step() == ComplianceStep.FINAL_PLAN_ISSUED || step.step() == ComplianceStep.DECISION_NOT_TO_ISSUE;
            if (ends && step.metOn() != null) {
                return step.metInTime() ? COMPLETED_IN_TIME : COMPLETED_LATE;
            }
        }
        return steps.stream().filter(step -> step.metOn() == null && step.step() != ComplianceStep.DECISION_NOT_TO_ISSUE)
                .findFirst().map(step -> StatutoryCalendar.overdueOn(step.dueBy(), today) ? OVERDUE : dueOn(step.dueBy(), today))
                .orElse(ON_TRACK);
    }
}
