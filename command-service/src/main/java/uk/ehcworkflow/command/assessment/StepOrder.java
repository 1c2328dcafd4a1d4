package uk.ehcworkflow.command.assessment;

import static uk.ehcworkflow.events.assessment.Milestone.DECISION_NOT_TO_ISSUE;
import static uk.ehcworkflow.events.assessment.Milestone.DECISION_TO_ASSESS;
import static uk.ehcworkflow.events.assessment.Milestone.DRAFT_PLAN_ISSUED;
import static uk.ehcworkflow.events.assessment.Milestone.DRAFT_RESPONSE_RECEIVED;
import static uk.ehcworkflow.events.assessment.Milestone.FINAL_PLAN_ISSUED;

import java.time.LocalDate;
import java.util.Map;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;

/**
 * The lawful order of the statutory steps: a plan only after a decision to assess (CFA s36-37),
 * a final plan only after a draft and the family's 15 days to respond (reg 13(1)), and nothing
 * after the assessment has ended.
 */
final class StepOrder {

    static final String ASSESSMENT_CLOSED = "assessment-closed";
    static final String DUPLICATE_MILESTONE = "duplicate-milestone";
    static final String DECISION_ALREADY_MADE = "decision-already-made";
    static final String STEPS_IN_ORDER = "steps-in-order";
    static final String DRAFT_RESPONSE_PERIOD = "draft-response-period";

    /** The step each milestone must follow; the decisions whether to assess follow only the request. */
    private static final Map<Milestone, Milestone> PREVIOUS_STEP = Map.of(
            DRAFT_PLAN_ISSUED, DECISION_TO_ASSESS,
            DRAFT_RESPONSE_RECEIVED, DRAFT_PLAN_ISSUED,
            FINAL_PLAN_ISSUED, DRAFT_PLAN_ISSUED,
            DECISION_NOT_TO_ISSUE, DECISION_TO_ASSESS);

    private StepOrder() {
    }

    static void requireOpen(Map<Milestone, LocalDate> recorded) {
        recorded.forEach((milestone, on) -> {
            if (milestone.closesTheAssessment()) {
                throw new RuleBroken(ASSESSMENT_CLOSED,
                        "The assessment ended with " + milestone + " on " + on + "; nothing more can be added to it.");
            }
        });
    }

    static void check(Milestone next, LocalDate on, Map<Milestone, LocalDate> recorded) {
        requireOpen(recorded);
        if (recorded.containsKey(next)) {
            throw new RuleBroken(DUPLICATE_MILESTONE, next + " was already recorded on " + recorded.get(next) + ".");
        }
        if (next.isDecisionWhetherToAssess() && recorded.containsKey(DECISION_TO_ASSESS)) {
            throw new RuleBroken(DECISION_ALREADY_MADE,
                    "The decision to assess was made on " + recorded.get(DECISION_TO_ASSESS) + ".");
        }
        Milestone missing = firstMissingStepBefore(next, recorded);
        if (missing != null) {
            throw new RuleBroken(STEPS_IN_ORDER, next + " needs " + missing + " to be recorded first.");
        }
        Milestone previous = PREVIOUS_STEP.get(next);
        if (previous != null && on.isBefore(recorded.get(previous))) {
            throw new RuleBroken(STEPS_IN_ORDER,
                    next + " cannot be dated before " + previous + " on " + recorded.get(previous) + ".");
        }
        if (next == FINAL_PLAN_ISSUED) {
            checkTheFamilyHadTimeToRespond(on, recorded);
        }
    }

    private static Milestone firstMissingStepBefore(Milestone next, Map<Milestone, LocalDate> recorded) {
        Milestone missing = null;
        for (Milestone step = PREVIOUS_STEP.get(next); step != null; step = PREVIOUS_STEP.get(step)) {
            if (!recorded.containsKey(step)) {
                missing = step;
            }
        }
        return missing;
    }

    private static void checkTheFamilyHadTimeToRespond(LocalDate on, Map<Milestone, LocalDate> recorded) {
        LocalDate response = recorded.get(DRAFT_RESPONSE_RECEIVED);
        if (response != null) {
            if (on.isBefore(response)) {
                throw new RuleBroken(STEPS_IN_ORDER,
                        "FINAL_PLAN_ISSUED cannot be dated before the family's response on " + response + ".");
            }
            return;
        }
        LocalDate served = recorded.get(DRAFT_PLAN_ISSUED);
        LocalDate earliest = StatutoryCalendar.earliestFinalPlan(served);
        if (on.isBefore(earliest)) {
            throw new RuleBroken(DRAFT_RESPONSE_PERIOD, "The family has 15 days from the draft served on " + served
                    + " to respond: the final plan can be issued from " + earliest
                    + " unless their response is recorded first.");
        }
    }
}
