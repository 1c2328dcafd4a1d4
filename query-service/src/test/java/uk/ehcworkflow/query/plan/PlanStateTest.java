package uk.ehcworkflow.query.plan;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.plan.AmendedPlanIssued;
import uk.ehcworkflow.events.plan.CessationReason;
import uk.ehcworkflow.events.plan.PhaseTransfer;
import uk.ehcworkflow.events.plan.PhaseTransferSet;
import uk.ehcworkflow.events.plan.PlanCeased;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.events.plan.ReassessedPlanIssued;
import uk.ehcworkflow.events.plan.ReassessmentDecided;
import uk.ehcworkflow.events.plan.ReassessmentRequested;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.events.plan.ReviewMeetingHeld;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.readmodel.Recording;

/** A plan's state on the read side: reviews owed, deadlines open or past on a day, and the figures that count them. */
class PlanStateTest {

    private static final String ID = "plan-1";
    private static final Instant RECORDED = Instant.parse("2026-01-01T09:00:00Z");

    private static PlanTimeline plan(PlanEvent... events) {
        PlanTimeline timeline = new PlanTimeline();
        for (int i = 0; i < events.length; i++) {
            timeline.apply(events[i], new Recording(i, RECORDED.plusSeconds(i), "officer"));
        }
        return timeline;
    }

    private static final PlanIssued ISSUED = new PlanIssued(ID, new SealedPersonalData(ID, "c2VhbGVk"), parse("2024-03-05"),
            parse("2025-03-04"));

    @Test
    void a_plan_issued_on_a_leap_day_is_due_its_review_by_the_last_day_of_february_whatever_its_event_stored() {
        // Recorded under the earlier rule, the event says 27 February; the dates are worked out again from the issue.
        PlanState state = plan(new PlanIssued(ID, new SealedPersonalData(ID, "c2VhbGVk"), parse("2024-02-29"),
                parse("2025-02-27"))).state();

        assertThat(state.overdueOn(parse("2025-02-28"))).isEmpty();
        assertThat(state.overdueOn(parse("2025-03-01"))).containsExactly(
                new PlanState.Overdue(PlanState.Outstanding.REVIEW, parse("2025-02-28"), 1));
    }

    @Test
    void a_review_not_decided_by_its_last_day_is_overdue_from_the_next_day_and_not_before() {
        PlanState state = plan(ISSUED).state();

        assertThat(state.overdueOn(parse("2025-03-04"))).isEmpty();
        assertThat(state.overdueOn(parse("2025-03-05"))).containsExactly(
                new PlanState.Overdue(PlanState.Outstanding.REVIEW, parse("2025-03-04"), 1));
        assertThat(state.openOn(parse("2024-06-01"))).extracting(PlanState.Open::deadline)
                .containsExactly(PlanState.Outstanding.REVIEW);
    }

    @Test
    void on_a_past_day_a_step_recorded_as_happening_later_had_not_happened_yet() {
        PlanState state = plan(ISSUED, new ReviewMeetingHeld(ID, parse("2025-02-01"), parse("2025-03-01")),
                new ReviewDecisionNotified(ID, ReviewDecision.AMEND, parse("2025-03-10"), parse("2025-02-01"),
                        parse("2025-03-01"), parse("2026-03-09"), parse("2025-05-05"))).state();

        assertThat(state.overdueOn(parse("2025-03-08"))).extracting(PlanState.Overdue::deadline)
                .containsExactly(PlanState.Outstanding.REVIEW, PlanState.Outstanding.REVIEW_DECISION);
        assertThat(state.overdueOn(parse("2025-05-06"))).extracting(PlanState.Overdue::deadline)
                .containsExactly(PlanState.Outstanding.AMENDED_PLAN);
        assertThat(state.incompleteReviewOn(parse("2025-09-01"))).map(PlanState.Review::heldOn).contains(parse("2025-02-01"));
    }

    @Test
    void a_reassessed_plan_ends_the_review_period_it_fell_in_and_starts_a_new_one() {
        PlanState state = plan(ISSUED, new ReassessmentRequested(ID, "r", parse("2024-10-01"), parse("2024-10-16"), false),
                new ReassessmentDecided(ID, "r", true, parse("2024-10-10"), parse("2025-01-16")),
                new ReassessedPlanIssued(ID, "r", parse("2025-01-10"), parse("2026-01-09"))).state();

        assertThat(state.periods()).containsExactly(new PlanState.ReviewPeriod(parse("2025-03-04"), null, parse("2025-01-10")),
                new PlanState.ReviewPeriod(parse("2026-01-09"), null, null));
        assertThat(state.periods().get(0).fellDue()).isFalse();
        assertThat(state.reassessments().get(0).withinFourteenWeeks()).isTrue();
    }

    @Test
    void a_ceased_plan_owes_nothing_and_is_not_in_force_from_the_day_it_ceased() {
        PlanState state = plan(ISSUED, new PlanCeased(ID, parse("2025-06-30"), CessationReason.NEEDS_MET)).state();

        assertThat(state.inForceOn(parse("2025-06-29"))).isTrue();
        assertThat(state.inForceOn(parse("2025-06-30"))).isFalse();
        assertThat(state.overdueOn(parse("2025-07-01"))).isEmpty();
        assertThat(state.nextReviewDueBy()).isEmpty();
    }

    @Test
    void the_figures_count_each_step_in_the_period_its_date_falls_in_and_give_no_percentage_without_a_denominator() {
        PlanState amendedLate = plan(ISSUED, new ReviewMeetingHeld(ID, parse("2025-02-01"), parse("2025-03-01")),
                new ReviewDecisionNotified(ID, ReviewDecision.AMEND, parse("2025-02-20"), parse("2025-02-01"),
                        parse("2025-03-01"), parse("2026-02-19"), parse("2025-04-17")),
                new AmendedPlanIssued(ID, parse("2025-05-01")),
                new PhaseTransferSet(ID, PhaseTransfer.SECONDARY_TO_POST16, 2025, parse("2025-03-30"))).state();

        ReviewFigures y2025 = ReviewFigures.of(new Period(parse("2025-01-01"), parse("2025-12-31")), List.of(amendedLate));

        assertThat(y2025.reviewsDue()).isEqualTo(1);
        assertThat(y2025.percentReviewsCompletedWithinTwelveMonths()).isEqualTo(100.0);
        assertThat(y2025.percentDecisionsWithinFourWeeks()).isEqualTo(100.0);
        assertThat(y2025.amendedPlansIssued()).isEqualTo(1);
        assertThat(y2025.percentAmendedWithinEightWeeks()).isEqualTo(0.0);
        assertThat(y2025.phaseTransfersDue()).isEqualTo(1);
        assertThat(y2025.percentNamedInTime()).isEqualTo(0.0);
        assertThat(y2025.percentReassessmentsWithinFourteenWeeks()).isNull();
        assertThat(ReviewFigures.of(new Period(parse("2024-01-01"), parse("2024-12-31")), List.of(amendedLate))
                .reviewsDue()).isZero();
    }

    @Test
    void a_plan_as_known_at_an_instant_holds_only_the_events_recorded_by_then() {
        PlanTimeline timeline = plan(ISSUED, new ReviewMeetingHeld(ID, parse("2025-02-01"), parse("2025-03-01")));

        assertThat(timeline.knownAt(RECORDED).state().reviews()).isEmpty();
        assertThat(timeline.knownAt(RECORDED.plusSeconds(1)).state().reviews()).hasSize(1);
        assertThat(timeline.knownAt(RECORDED.minusSeconds(1)).exists()).isFalse();
    }
}
