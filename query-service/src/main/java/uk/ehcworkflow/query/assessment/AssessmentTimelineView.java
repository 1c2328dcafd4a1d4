package uk.ehcworkflow.query.assessment;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.AdviceFileType;
import uk.ehcworkflow.events.assessment.Relationship;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.assessment.StatutoryDueDates;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.common.Figures;
import uk.ehcworkflow.query.dispute.CaseDisputes;
import uk.ehcworkflow.query.dispute.DisputeState;

/**
 * One assessment as case officers and auditors see it: steps, deadlines and whether each was met.
 *
 * @param child the child's name and date of birth for those who may see them, "erased", or null where not shown
 * @param exceptionsApply SEN2's "exceptions apply": a permitted exception arose in any phase of the case
 * @param deadlinesApplying the statutory deadlines in {@code due}, or, once a tribunal order reopened the case,
 *                          the order's in {@code orderDeadlines}
 * @param heldBy whose caseload the case is in; null while in nobody's
 * @param disputes the family's appeal rights on each appealable decision, and the disputes about them
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
        Holder heldBy,
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
        boolean issuedWithAdviceMissing,
        Deadlines deadlinesApplying,
        List<AssessmentTimeline.Reopening> reopenings,
        List<AssessmentTimeline.OrderedStep> orderDeadlines,
        List<AssessmentTimeline.SentLetter> lettersSent,
        List<FamilyInvitationView> familyInvitations,
        List<FamilyAdviceView> familyAdvice,
        @JsonUnwrapped CaseDisputes disputes) {

    /** Which set of deadlines the case is held to now. */
    public enum Deadlines { STATUTORY, TRIBUNAL_ORDER }

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
        return of(record, today, null, List.of());
    }

    /** @param disputes the disputes about this case, as they stood on that day */
    public static AssessmentTimelineView of(AssessmentTimeline record, LocalDate today, Child child,
                                            List<DisputeState> disputes) {
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
                record.holder(),
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
                record.issuedWithAdviceMissing(),
                record.reopening().isPresent() ? Deadlines.TRIBUNAL_ORDER : Deadlines.STATUTORY,
                record.reopenings(),
                record.underOrder(),
                record.lettersSent(),
                record.familyInvitations().stream().map(FamilyInvitationView::of).toList(),
                record.familyAdvice().stream().map(FamilyAdviceView::of).toList(),
                CaseDisputes.of(record.decisionLetters(), record.lettersSentOn(), disputes, today));
    }

    /** The family's advice as the API gives it: who, when and what file, never their words or the file's name (ADR 45). */
    public record FamilyAdviceView(String adviceId, Relationship relationship, LocalDate givenOn, AdviceFileType file,
                                   long fileBytes, String fileSha256) {

        static FamilyAdviceView of(AssessmentTimeline.FamilyAdvice advice) {
            return new FamilyAdviceView(advice.adviceId(), advice.relationship(), advice.givenOn(), advice.file(),
                    advice.fileBytes(), advice.fileSha256());
        }
    }

    /** An invitation as the API gives it: who and when, never the address, sealed or not (ADR 43). */
    public record FamilyInvitationView(String invitationId, Relationship relationship, String contactDigest, LocalDate invitedOn,
                                       LocalDate takeUpBy, Instant acceptedAt, Instant withdrawnAt) {

        static FamilyInvitationView of(AssessmentTimeline.FamilyInvitation invitation) {
            return new FamilyInvitationView(invitation.invitationId(), invitation.relationship(), invitation.contactDigest(),
                    invitation.invitedOn(), invitation.takeUpBy(), invitation.acceptedAt(), invitation.withdrawnAt());
        }
    }

    /**
     * Whether the decision whether to assess was made within its 6 weeks; null before it is made.
     * The page shows this flag and judges nothing itself.
     */
    public Boolean decisionInTime() {
        return milestones.stream().filter(step -> step.milestone().isDecisionWhetherToAssess()).findFirst()
                .map(step -> StatutoryCalendar.inTime(step.occurredOn(), due.decision())).orElse(null);
    }

    private static Boolean onTime(AssessmentTimeline.Advice advice, LocalDate today) {
        if (advice.submittedOn() != null) {
            return StatutoryCalendar.inTime(advice.submittedOn(), advice.dueOn());
        }
        return StatutoryCalendar.overdueOn(advice.dueOn(), today) ? false : null;
    }

    private static Stage stage(AssessmentTimeline record) {
        Optional<AssessmentTimeline.Step> ended = record.endedWithoutDecision();
        if (ended.isPresent()) {
            return ended.get().milestone() == Milestone.REQUEST_WITHDRAWN ? Stage.WITHDRAWN : Stage.TRANSFERRED_OUT;
        }
        if (record.standing(Milestone.DECISION_NOT_TO_ASSESS).isPresent()) {
            return Stage.NOT_ASSESSED;
        }
        if (record.standing(Milestone.DECISION_NOT_TO_ISSUE).isPresent()) {
            return Stage.NOT_ISSUED;
        }
        if (record.finalPlanIssuedOn().isPresent()) {
            return Stage.FINAL_PLAN_ISSUED;
        }
        if (record.on(Milestone.DRAFT_PLAN_ISSUED).isPresent()) {
            return Stage.DRAFT_PLAN_ISSUED;
        }
        return record.standing(Milestone.DECISION_TO_ASSESS).isPresent() ? Stage.ASSESSING : Stage.AWAITING_DECISION;
    }
}
