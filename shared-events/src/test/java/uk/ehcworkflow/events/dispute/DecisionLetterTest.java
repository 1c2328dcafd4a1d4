package uk.ehcworkflow.events.dispute;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.plan.AmendedPlanIssued;
import uk.ehcworkflow.events.plan.AmendmentsWithdrawn;
import uk.ehcworkflow.events.plan.CessationDecided;
import uk.ehcworkflow.events.plan.CessationReason;
import uk.ehcworkflow.events.plan.ReassessedPlanIssued;
import uk.ehcworkflow.events.plan.ReassessmentDecided;
import uk.ehcworkflow.events.plan.ReassessmentNotAmended;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;

/** Which recorded steps are appealable decisions, each dated by its own day (the letter). */
class DecisionLetterTest {

    @Test
    void the_assessments_refusals_and_its_final_plan_are_appealable_and_nothing_else_in_it() {
        assertThat(DecisionLetter.of(step(Milestone.DECISION_NOT_TO_ASSESS))).contains(
                new DecisionLetter(AppealableDecision.DECISION_NOT_TO_ASSESS, parse("2026-01-05")));
        assertThat(DecisionLetter.of(step(Milestone.DECISION_NOT_TO_ISSUE))).map(DecisionLetter::decision)
                .contains(AppealableDecision.DECISION_NOT_TO_ISSUE);
        assertThat(DecisionLetter.of(step(Milestone.FINAL_PLAN_ISSUED))).map(DecisionLetter::decision)
                .contains(AppealableDecision.FINAL_PLAN_ISSUED);
        assertThat(DecisionLetter.of(step(Milestone.DECISION_TO_ASSESS))).isEmpty();
        assertThat(DecisionLetter.of(step(Milestone.DRAFT_PLAN_ISSUED))).isEmpty();
    }

    @Test
    void a_review_decision_to_maintain_or_cease_is_appealable_but_not_one_to_amend() {
        assertThat(DecisionLetter.of(review(ReviewDecision.MAINTAIN))).map(DecisionLetter::decision)
                .contains(AppealableDecision.REVIEW_MAINTAIN);
        assertThat(DecisionLetter.of(review(ReviewDecision.CEASE))).map(DecisionLetter::decision)
                .contains(AppealableDecision.REVIEW_CEASE);
        assertThat(DecisionLetter.of(review(ReviewDecision.AMEND))).isEmpty();
    }

    @Test
    void an_amended_plan_a_refused_reassessment_and_a_reassessed_plan_are_appealable() {
        assertThat(DecisionLetter.of(new AmendedPlanIssued("p", parse("2026-01-05")))).map(DecisionLetter::decision)
                .contains(AppealableDecision.AMENDED_PLAN_ISSUED);
        assertThat(DecisionLetter.of(new ReassessmentDecided("p", "r", false, parse("2026-01-05"), null)))
                .map(DecisionLetter::decision).contains(AppealableDecision.REASSESSMENT_REFUSED);
        assertThat(DecisionLetter.of(new ReassessmentDecided("p", "r", true, parse("2026-01-05"), parse("2026-04-13"))))
                .isEmpty();
        assertThat(DecisionLetter.of(new ReassessedPlanIssued("p", "r", parse("2026-01-05"), parse("2027-01-04"))))
                .map(DecisionLetter::decision).contains(AppealableDecision.REASSESSED_PLAN_ISSUED);
    }

    @Test
    void a_decision_to_cease_outside_a_review_is_appealable_unless_for_a_reason_the_family_cannot_appeal() {
        // CFA s45, s51(2)(f): not when the child died, left England, moved to another authority or reached the age limit.
        assertThat(DecisionLetter.of(new CessationDecided("p", parse("2026-01-05"), CessationReason.NEEDS_MET)))
                .contains(new DecisionLetter(AppealableDecision.DECISION_TO_CEASE, parse("2026-01-05")));
        for (CessationReason unappealable : List.of(CessationReason.DECEASED, CessationReason.LEFT_ENGLAND,
                CessationReason.MOVED_TO_ANOTHER_LA, CessationReason.MAX_AGE)) {
            assertThat(DecisionLetter.of(new CessationDecided("p", parse("2026-01-05"), unappealable))).isEmpty();
        }
    }

    @Test
    void a_decision_not_to_amend_after_proposals_or_a_reassessment_is_appealable() {
        assertThat(DecisionLetter.of(new AmendmentsWithdrawn("p", parse("2026-01-05"), "no change after all")))
                .contains(new DecisionLetter(AppealableDecision.DECISION_NOT_TO_AMEND, parse("2026-01-05")));
        assertThat(DecisionLetter.of(new ReassessmentNotAmended("p", "r", parse("2026-01-05"))))
                .contains(new DecisionLetter(AppealableDecision.DECISION_NOT_TO_AMEND, parse("2026-01-05")));
    }

    private static MilestoneRecorded step(Milestone milestone) {
        return new MilestoneRecorded("a", milestone, parse("2026-01-05"), null, null);
    }

    private static ReviewDecisionNotified review(ReviewDecision decision) {
        return new ReviewDecisionNotified("p", decision, parse("2026-01-05"), parse("2025-12-20"), parse("2026-01-17"),
                parse("2027-01-04"), null, parse("2026-01-05"));
    }
}
