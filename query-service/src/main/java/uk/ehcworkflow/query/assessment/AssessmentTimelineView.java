package uk.ehcworkflow.query.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.assessment.StatutoryDueDates;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.common.Figures;

/**
 * One assessment as case officers and auditors see it: steps, deadlines and whether each was met.
 *
 * @param child the child's name and date of birth for those who may see them, "erased", or null where not shown
 * @param exceptionsApply SEN2's "exceptions apply": a permitted exception arose in any phase of the case
 */
public record AssessmentTimelineView(
        String assessmentId,
        String reference,
        Child child,
        CaseStatus status,
        Stage stage,
        LocalDate requestReceivedOn,
        RequestSource requestSource,
        Instant openedAt,
        String openedBy,
        StatutoryDueDates due,
        long daysElapsed,
        List<AssessmentTimeline.Step> milestones,
        List<AdviceView> advice,
        List<AssessmentTimeline.RecordedException> exceptions,
        List<AssessmentTimeline.PanelAdvice> panelDecisions,
        LocalDate finalPlanIssuedOn,
        Double weeksToFinalPlan,
        Boolean finalPlanOnTime,
        boolean exceptionsApply,
        boolean issuedWithAdviceMissing) {

    /** How far the assessment has gone. */
    public enum Stage {
        AWAITING_DECISION, ASSESSING, DRAFT_PLAN_ISSUED, FINAL_PLAN_ISSUED, NOT_ASSESSED, NOT_ISSUED, WITHDRAWN, TRANSFERRED_OUT
    }

    /**
     * @param onTime true if given by its due date; false if given late or overdue; null while not yet due
     */
    public record AdviceView(String adviceRequestId, Agency agency, LocalDate requestedOn, LocalDate dueOn,
                             LocalDate submittedOn, Boolean onTime, boolean exceptionApplies) {
    }

    public static AssessmentTimelineView of(AssessmentTimeline record, LocalDate today) {
        return of(record, today, null);
    }

    public static AssessmentTimelineView of(AssessmentTimeline record, LocalDate today, Child child) {
        LocalDate issued = record.finalPlanIssuedOn().orElse(null);
        LocalDate ended = issued != null ? issued : record.endedWithoutPlanOn().orElse(today);
        return new AssessmentTimelineView(
                record.assessmentId(),
                record.reference(),
                child,
                CaseStatus.of(record, today),
                stage(record),
                record.requestReceivedOn(),
                record.requestSource(),
                record.openedAt(),
                record.openedBy(),
                record.due(),
                StatutoryCalendar.daysBetween(record.requestReceivedOn(), ended),
                record.milestones(),
                record.advice().stream().map(advice -> new AdviceView(advice.adviceRequestId(), advice.agency(),
                        advice.requestedOn(), advice.dueOn(), advice.submittedOn(), onTime(advice, today),
                        record.adviceExcused(advice.adviceRequestId()))).toList(),
                record.exceptions(),
                record.panelDecisions(),
                issued,
                issued == null ? null : Figures.weeks(StatutoryCalendar.daysBetween(record.requestReceivedOn(), issued)),
                issued == null ? null : StatutoryCalendar.inTime(issued, record.due().finalPlan()),
                record.exceptionsApply(),
                record.issuedWithAdviceMissing());
    }

    private static Boolean onTime(AssessmentTimeline.Advice advice, LocalDate today) {
        if (advice.submittedOn() != null) {
            return StatutoryCalendar.inTime(advice.submittedOn(), advice.dueOn());
        }
        return today.isAfter(advice.dueOn()) ? false : null;
    }

    private static Stage stage(AssessmentTimeline record) {
        Optional<AssessmentTimeline.Step> ended = record.endedWithoutDecision();
        if (ended.isPresent()) {
            return ended.get().milestone() == Milestone.REQUEST_WITHDRAWN ? Stage.WITHDRAWN : Stage.TRANSFERRED_OUT;
        }
        if (record.on(Milestone.DECISION_NOT_TO_ASSESS).isPresent()) {
            return Stage.NOT_ASSESSED;
        }
        if (record.on(Milestone.DECISION_NOT_TO_ISSUE).isPresent()) {
            return Stage.NOT_ISSUED;
        }
        if (record.finalPlanIssuedOn().isPresent()) {
            return Stage.FINAL_PLAN_ISSUED;
        }
        if (record.on(Milestone.DRAFT_PLAN_ISSUED).isPresent()) {
            return Stage.DRAFT_PLAN_ISSUED;
        }
        return record.decision().isPresent() ? Stage.ASSESSING : Stage.AWAITING_DECISION;
    }
}
