package uk.ehcworkflow.query.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.query.deadline.DeadlineKind;
import uk.ehcworkflow.query.deadline.OpenTimeLimit;

/**
 * The time limits a case has not met yet, as the open-deadlines read model keeps them: the
 * decision, each outstanding advice, the family's 15 days on a draft, the final plan; for a case a
 * tribunal order reopened, the order's instead of the statutory ones. A closed case owes none of
 * those, but any case, open or closed, owes the family the letter of each decision until it is
 * recorded as sent.
 */
public final class CaseDeadlines {

    private CaseDeadlines() {
    }

    public static List<OpenTimeLimit> of(AssessmentTimeline timeline) {
        List<OpenTimeLimit> open = new ArrayList<>();
        addLettersToSend(open, timeline);
        if (!timeline.isOpen()) {
            return open;
        }
        if (timeline.reopening().isPresent()) {
            for (AssessmentTimeline.OrderedStep step : timeline.underOrder()) {
                DeadlineKind kind = switch (step.step()) {
                    case NOTICE_TO_ASSESS -> DeadlineKind.ORDER_NOTICE;
                    case DRAFT_PLAN_ISSUED -> DeadlineKind.ORDER_DRAFT;
                    case FINAL_PLAN_ISSUED -> DeadlineKind.FINAL_PLAN;
                    default -> null;
                };
                if (kind != null && step.metOn() == null) {
                    open.add(limit(timeline, kind, step.dueBy(), false, null, null));
                }
            }
            addAdvice(open, timeline);
            if (timeline.standing(Milestone.DECISION_TO_ASSESS).isPresent()) {
                addDraftResponse(open, timeline);
            }
            return open;
        }
        if (timeline.decision().isEmpty()) {
            open.add(limit(timeline, DeadlineKind.DECISION, timeline.due().decision(),
                    !timeline.excusing(Milestone.DECISION_TO_ASSESS).isEmpty(), null, null));
        }
        addAdvice(open, timeline);
        if (timeline.decision().filter(step -> step.milestone() == Milestone.DECISION_TO_ASSESS).isPresent()) {
            addDraftResponse(open, timeline);
            open.add(limit(timeline, DeadlineKind.FINAL_PLAN, timeline.due().finalPlan(),
                    !timeline.excusing(Milestone.FINAL_PLAN_ISSUED).isEmpty(), null, null));
        }
        return open;
    }

    /**
     * Each decision's notice not yet recorded as sent, by its 5th working day. A child whose details
     * were erased can be written to no more, so owes none; nor does a decision a tribunal overturned,
     * which the family had notice of to appeal it.
     */
    private static void addLettersToSend(List<OpenTimeLimit> open, AssessmentTimeline timeline) {
        if (timeline.personalDataErasedAt().isPresent()) {
            return;
        }
        List<AssessmentTimeline.Step> steps = timeline.milestones();
        for (int place = 1; place <= steps.size(); place++) {
            AssessmentTimeline.Step step = steps.get(place - 1);
            if (Notice.after(step.milestone()).isPresent() && timeline.letterSent(place).isEmpty()
                    && !timeline.overturned(step)) {
                open.add(limit(timeline, DeadlineKind.NOTICE, StatutoryCalendar.noticeDue(step.occurredOn()), false, null,
                        null));
            }
        }
    }

    private static void addAdvice(List<OpenTimeLimit> open, AssessmentTimeline timeline) {
        for (AssessmentTimeline.Advice advice : timeline.advice()) {
            if (advice.submittedOn() == null) {
                open.add(limit(timeline, DeadlineKind.ADVICE, advice.dueOn(),
                        timeline.adviceExcused(advice.adviceRequestId()), advice.agency(), advice.adviceRequestId()));
            }
        }
    }

    /** The family's 15 days on the latest draft (reg 13(1)), from the day it was served, until they answer it. */
    private static void addDraftResponse(List<OpenTimeLimit> open, AssessmentTimeline timeline) {
        timeline.draftAnswerDue().ifPresent(lastDay -> open.add(limit(timeline, DeadlineKind.DRAFT_RESPONSE, lastDay, false,
                null, null)));
    }

    private static OpenTimeLimit limit(AssessmentTimeline timeline, DeadlineKind kind, LocalDate dueOn, boolean excused,
                                       Agency agency, String adviceRequestId) {
        return OpenTimeLimit.ofCase(timeline.assessmentId(), kind, dueOn, excused, agency, adviceRequestId, timeline.holder());
    }
}
