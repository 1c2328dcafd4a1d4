package uk.ehcworkflow.command.assessment;

import static uk.ehcworkflow.events.assessment.Milestone.DECISION_NOT_TO_ISSUE;
import static uk.ehcworkflow.events.assessment.Milestone.DECISION_TO_ASSESS;
import static uk.ehcworkflow.events.assessment.Milestone.DRAFT_PLAN_ISSUED;
import static uk.ehcworkflow.events.assessment.Milestone.DRAFT_RESPONSE_RECEIVED;
import static uk.ehcworkflow.events.assessment.Milestone.FINAL_PLAN_ISSUED;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;

/**
 * The lawful order of the statutory steps: a plan only after a decision to assess (CFA s36-37),
 * and no decision not to issue once a draft showed a plan was necessary; a draft may be served
 * again before the final plan; the final plan only after the family's 15 days on the latest
 * draft, unless they answered asking for nothing further (reg 13(1)); the request may be
 * withdrawn or the child move away at any open stage; nothing after the assessment has ended.
 */
final class StepOrder {

    static final String ASSESSMENT_CLOSED = "assessment-closed";
    static final String DUPLICATE_MILESTONE = "duplicate-milestone";
    static final String DECISION_ALREADY_MADE = "decision-already-made";
    static final String STEPS_IN_ORDER = "steps-in-order";
    static final String DRAFT_RESPONSE_PERIOD = "draft-response-period";
    static final String DRAFT_ALREADY_ISSUED = "draft-already-issued";

    /** The step each milestone must follow; the decisions whether to assess follow only the request. */
    private static final Map<Milestone, Milestone> PREVIOUS_STEP = Map.of(
            DRAFT_PLAN_ISSUED, DECISION_TO_ASSESS,
            DRAFT_RESPONSE_RECEIVED, DRAFT_PLAN_ISSUED,
            FINAL_PLAN_ISSUED, DRAFT_PLAN_ISSUED,
            DECISION_NOT_TO_ISSUE, DECISION_TO_ASSESS);

    private StepOrder() {
    }

    static void requireOpen(List<MilestoneRecorded> recorded) {
        recorded.stream().filter(step -> step.milestone().closesTheAssessment()).findFirst().ifPresent(step -> {
            throw new RuleBroken(ASSESSMENT_CLOSED, "The assessment ended with " + step.milestone() + " on "
                    + step.occurredOn() + "; nothing more can be added to it.");
        });
    }

    /** The steps {@link #check} would accept on the day: what the pages offer, so they offer nothing it refuses. */
    static List<Milestone> allowedOn(LocalDate day, List<MilestoneRecorded> recorded,
                                     Function<MilestoneRecorded, LocalDate> servedOn) {
        return Arrays.stream(Milestone.values()).filter(next -> {
            try {
                check(next, day, next == DRAFT_RESPONSE_RECEIVED ? DraftResponse.NONE : null, recorded, servedOn);
                return true;
            } catch (RuleBroken | InvalidField refused) {
                return false;
            }
        }).toList();
    }

    /**
     * @param recorded the steps so far, in the order they were recorded
     * @param servedOn the day a draft was served on the family: its letter's, or its own day with none recorded
     */
    static void check(Milestone next, LocalDate on, DraftResponse requests, List<MilestoneRecorded> recorded,
                      Function<MilestoneRecorded, LocalDate> servedOn) {
        requireOpen(recorded);
        checkWhatWasAskedFor(next, requests);
        if (next.endsTheRequest()) {
            notBeforeTheLastStep(next, on, recorded);
            return;
        }
        Optional<MilestoneRecorded> already = latest(next, recorded);
        if (already.isPresent() && next != DRAFT_PLAN_ISSUED && next != DRAFT_RESPONSE_RECEIVED) {
            throw new RuleBroken(DUPLICATE_MILESTONE, next + " was already recorded on " + already.get().occurredOn() + ".");
        }
        if (next.isDecisionWhetherToAssess() && latest(DECISION_TO_ASSESS, recorded).isPresent()) {
            throw new RuleBroken(DECISION_ALREADY_MADE,
                    "The decision to assess was made on " + latest(DECISION_TO_ASSESS, recorded).get().occurredOn() + ".");
        }
        if (next == DECISION_NOT_TO_ISSUE && latest(DRAFT_PLAN_ISSUED, recorded).isPresent()) {
            throw new RuleBroken(DRAFT_ALREADY_ISSUED, "A draft plan was served on "
                    + latest(DRAFT_PLAN_ISSUED, recorded).get().occurredOn()
                    + ": the area found a plan necessary, so it cannot now decide not to issue one.");
        }
        Milestone missing = firstMissingStepBefore(next, recorded);
        if (missing != null) {
            throw new RuleBroken(STEPS_IN_ORDER, next + " needs " + missing + " to be recorded first.");
        }
        Milestone previous = next == DRAFT_PLAN_ISSUED && already.isPresent() ? DRAFT_PLAN_ISSUED : PREVIOUS_STEP.get(next);
        if (previous != null) {
            LocalDate previousOn = latest(previous, recorded).orElseThrow().occurredOn();
            if (on.isBefore(previousOn)) {
                throw new RuleBroken(STEPS_IN_ORDER, "occurredOn", next + " cannot be dated before " + previous + " on " + previousOn + ".");
            }
        }
        if (next == DRAFT_RESPONSE_RECEIVED && responseToTheLatestDraft(recorded).isPresent()) {
            throw new RuleBroken(DUPLICATE_MILESTONE, "The family's response to the draft served on "
                    + latest(DRAFT_PLAN_ISSUED, recorded).get().occurredOn() + " was already recorded.");
        }
        if (next == FINAL_PLAN_ISSUED) {
            checkTheFamilyHadTimeToRespond(on, recorded, servedOn);
        }
    }

    private static void checkWhatWasAskedFor(Milestone next, DraftResponse requests) {
        if (next == DRAFT_RESPONSE_RECEIVED && requests == null) {
            throw new InvalidField("requests", "draft-response-needs-requests", "requests is required for DRAFT_RESPONSE_RECEIVED: what the family asked "
                    + "for, one of NONE (nothing further), SCHOOL (names a school) or MEETING (asks for a meeting).");
        }
        if (next != DRAFT_RESPONSE_RECEIVED && requests != null) {
            throw new InvalidField("requests", "requests-only-on-draft-response", "requests belongs only to DRAFT_RESPONSE_RECEIVED, not to " + next + ".");
        }
    }

    private static void notBeforeTheLastStep(Milestone next, LocalDate on, List<MilestoneRecorded> recorded) {
        recorded.stream().map(MilestoneRecorded::occurredOn).max(LocalDate::compareTo).filter(on::isBefore)
                .ifPresent(last -> {
                    throw new RuleBroken(STEPS_IN_ORDER, "occurredOn", next + " cannot be dated before the last step, on " + last + ".");
                });
    }

    private static Milestone firstMissingStepBefore(Milestone next, List<MilestoneRecorded> recorded) {
        Milestone missing = null;
        for (Milestone step = PREVIOUS_STEP.get(next); step != null; step = PREVIOUS_STEP.get(step)) {
            if (latest(step, recorded).isEmpty()) {
                missing = step;
            }
        }
        return missing;
    }

    /** A draft served again starts the family's 15 days again; only an answer to the latest draft counts. */
    private static void checkTheFamilyHadTimeToRespond(LocalDate on, List<MilestoneRecorded> recorded,
                                                       Function<MilestoneRecorded, LocalDate> servedOn) {
        Optional<MilestoneRecorded> response = responseToTheLatestDraft(recorded);
        if (response.isPresent() && on.isBefore(response.get().occurredOn())) {
            throw new RuleBroken(STEPS_IN_ORDER, "occurredOn", "FINAL_PLAN_ISSUED cannot be dated before the family's response on "
                    + response.get().occurredOn() + ".");
        }
        if (response.map(MilestoneRecorded::requests).filter(DraftResponse::endsTheResponsePeriod).isPresent()) {
            return;
        }
        LocalDate served = servedOn.apply(latest(DRAFT_PLAN_ISSUED, recorded).orElseThrow());
        LocalDate earliest = StatutoryCalendar.earliestFinalPlan(served);
        if (on.isBefore(earliest)) {
            throw new RuleBroken(DRAFT_RESPONSE_PERIOD, "The family has 15 days from the draft served on " + served
                    + " to respond: the final plan can be issued from " + earliest
                    + " unless they answer asking for nothing further (requests NONE).");
        }
    }

    private static Optional<MilestoneRecorded> responseToTheLatestDraft(List<MilestoneRecorded> recorded) {
        for (int i = recorded.size() - 1; i >= 0; i--) {
            Milestone step = recorded.get(i).milestone();
            if (step == DRAFT_RESPONSE_RECEIVED) {
                return Optional.of(recorded.get(i));
            }
            if (step == DRAFT_PLAN_ISSUED) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<MilestoneRecorded> latest(Milestone milestone, List<MilestoneRecorded> recorded) {
        for (int i = recorded.size() - 1; i >= 0; i--) {
            if (recorded.get(i).milestone() == milestone) {
                return Optional.of(recorded.get(i));
            }
        }
        return Optional.empty();
    }
}
