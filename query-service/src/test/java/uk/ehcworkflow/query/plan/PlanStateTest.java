package uk.ehcworkflow.query.plan;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.plan.AmendedPlanIssued;
import uk.ehcworkflow.events.plan.AmendmentResponseReceived;
import uk.ehcworkflow.events.plan.CessationReason;
import uk.ehcworkflow.events.plan.NewSettingNamed;
import uk.ehcworkflow.events.plan.NeedsRecorded;
import uk.ehcworkflow.events.plan.PersonalBudgetRecorded;
import uk.ehcworkflow.events.plan.PhaseTransfer;
import uk.ehcworkflow.events.plan.PhaseTransferPlanIssued;
import uk.ehcworkflow.events.plan.PhaseTransferSet;
import uk.ehcworkflow.events.plan.Placement;
import uk.ehcworkflow.events.plan.PlacementEnded;
import uk.ehcworkflow.events.plan.PlacementStarted;
import uk.ehcworkflow.events.plan.PlanCeased;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.events.plan.PlanRegistered;
import uk.ehcworkflow.events.plan.ReassessedPlanIssued;
import uk.ehcworkflow.events.plan.ReassessmentDecided;
import uk.ehcworkflow.events.plan.ReassessmentNotAmended;
import uk.ehcworkflow.events.plan.ReassessmentRequested;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.events.plan.ReviewMeetingHeld;
import uk.ehcworkflow.events.plan.SenNeed;
import uk.ehcworkflow.events.plan.TransferNoticeSent;
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
                        parse("2025-03-01"), parse("2026-03-09"), parse("2025-05-05"), parse("2025-03-10"))).state();

        assertThat(state.overdueOn(parse("2025-03-08"))).extracting(PlanState.Overdue::deadline)
                .containsExactly(PlanState.Outstanding.REVIEW, PlanState.Outstanding.REVIEW_DECISION);
        assertThat(state.overdueOn(parse("2025-05-06"))).extracting(PlanState.Overdue::deadline)
                .containsExactly(PlanState.Outstanding.AMENDED_PLAN);
        assertThat(state.incompleteReviewOn(parse("2025-09-01"))).map(PlanState.Review::heldOn).contains(parse("2025-02-01"));
    }

    @Test
    void the_decision_is_in_time_by_its_notice_and_the_amended_plan_is_due_eight_weeks_after_the_proposals_served() {
        // reg 20(10), 22: meeting 2025-08-04 (decision due 2025-09-01), decided 2025-08-28, proposals served
        // 2025-09-02 -> the notice was late, and the amended plan is due 2025-10-28.
        PlanState state = plan(ISSUED, new ReviewMeetingHeld(ID, parse("2025-08-04"), parse("2025-09-01")),
                new ReviewDecisionNotified(ID, ReviewDecision.AMEND, parse("2025-08-28"), parse("2025-08-04"),
                        parse("2025-09-01"), parse("2026-08-27"), parse("2025-10-23"), parse("2025-09-02")),
                new AmendmentResponseReceived(ID, parse("2025-09-10"), DraftResponse.MEETING)).state();

        PlanState.Review review = state.reviews().get(0);
        assertThat(review.decisionWithinFourWeeks()).isFalse();
        assertThat(review.amendedPlanDueBy()).isEqualTo(parse("2025-10-28"));
        assertThat(review.amendmentResponse()).isEqualTo(DraftResponse.MEETING);
        assertThat(state.overdueOn(parse("2025-10-28"))).extracting(PlanState.Overdue::deadline)
                .doesNotContain(PlanState.Outstanding.AMENDED_PLAN);
    }

    @Test
    void a_phase_transfer_is_met_by_its_amended_plan_not_by_the_day_the_setting_was_agreed() {
        // reg 18: primary to secondary in 2026, due 2026-02-14; the amended plan issued 2026-03-03 is late.
        PlanState state = plan(ISSUED, new PhaseTransferSet(ID, PhaseTransfer.PRIMARY_TO_SECONDARY, 2026, parse("2026-02-14"), null),
                new PhaseTransferPlanIssued(ID, parse("2026-03-03"), "Made-up Academy")).state();

        assertThat(state.transfers()).singleElement().satisfies(transfer -> {
            assertThat(transfer.metOn()).isEqualTo(parse("2026-03-03"));
            assertThat(transfer.namedInTime()).isFalse();
        });
        // stored before: the setting named on 2026-02-10 met it then, and still reads so
        PlanState before = plan(ISSUED, new PhaseTransferSet(ID, PhaseTransfer.PRIMARY_TO_SECONDARY, 2026, parse("2026-02-14"), null),
                new NewSettingNamed(ID, parse("2026-02-10"), "Made-up Academy")).state();
        assertThat(before.transfers().get(0).namedInTime()).isTrue();
    }

    @Test
    void a_plan_transferred_in_owes_its_family_word_within_six_weeks_and_its_review_by_the_later_date() {
        // reg 15: last review 2025-02-10, transferred 2026-01-20 -> review by 2026-04-19, not overdue on 2026-03-01;
        // the family told by 2026-03-03.
        PlanState state = plan(new PlanRegistered(ID, new SealedPersonalData(ID, "c2VhbGVk"), parse("2023-03-05"), parse("2025-02-10"), parse("2026-02-09"),
                parse("2026-01-20"), "Made-up County Council", null, null)).state();

        assertThat(state.nextReviewDueBy()).contains(parse("2026-04-19"));
        assertThat(state.overdueOn(parse("2026-03-01"))).isEmpty();
        assertThat(state.overdueOn(parse("2026-03-04"))).extracting(PlanState.Overdue::deadline)
                .containsExactly(PlanState.Outstanding.TRANSFER_NOTICE);
        PlanState told = plan(new PlanRegistered(ID, new SealedPersonalData(ID, "c2VhbGVk"), parse("2023-03-05"), parse("2025-02-10"), parse("2026-02-09"),
                parse("2026-01-20"), "Made-up County Council", null, null), new TransferNoticeSent(ID, parse("2026-02-02"))).state();
        assertThat(told.overdueOn(parse("2026-03-04"))).isEmpty();
    }

    @Test
    void a_reassessment_ended_by_a_decision_not_to_amend_owes_no_plan() {
        // s51(2)(e): decided to re-assess 2025-09-10 (plan due 2025-12-17), not amended 2025-12-01.
        PlanState state = plan(ISSUED, new ReassessmentRequested(ID, "r", parse("2025-09-01"), parse("2025-09-16"), false),
                new ReassessmentDecided(ID, "r", true, parse("2025-09-10"), parse("2025-12-17")),
                new ReassessmentNotAmended(ID, "r", parse("2025-12-01"))).state();

        assertThat(state.overdueOn(parse("2025-12-18"))).extracting(PlanState.Overdue::deadline)
                .doesNotContain(PlanState.Outstanding.REASSESSED_PLAN);
        assertThat(state.reassessments().get(0).notAmendedOn()).isEqualTo(parse("2025-12-01"));
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
                        parse("2025-03-01"), parse("2026-02-19"), parse("2025-04-17"), parse("2025-02-20")),
                new AmendedPlanIssued(ID, parse("2025-05-01")),
                new PhaseTransferSet(ID, PhaseTransfer.SECONDARY_TO_POST16, 2025, parse("2025-03-30"), null)).state();

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
    @Test
    void on_a_day_the_plan_has_the_needs_and_budget_recorded_from_then_or_before_and_the_placements_the_child_was_on_the_roll_of() {
        Placement primary = new Placement("100001", null, null, null, 1, parse("2020-09-02"), null, false, false, false);
        Placement secondary = new Placement("100002", null, null, null, 1, parse("2025-09-03"), null, false, false, false);
        Placement college = new Placement(null, "10000001", null, null, 2, parse("2025-01-06"), null, true, false, false);
        PlanState state = plan(ISSUED, new NeedsRecorded(ID, SenNeed.SLCN, null, parse("2024-03-05")),
                new NeedsRecorded(ID, SenNeed.ASD, SenNeed.SLCN, parse("2025-06-01")),
                new PersonalBudgetRecorded(ID, true, false, true, parse("2024-04-01")),
                new PlacementStarted(ID, "p1", primary), new PlacementStarted(ID, "p2", college),
                new PlacementEnded(ID, "p1", parse("2025-07-18")), new PlacementStarted(ID, "p3", secondary)).state();

        assertThat(state.needsOn(parse("2025-01-15"))).contains(new PlanState.Needs(SenNeed.SLCN, null, parse("2024-03-05")));
        assertThat(state.needsOn(parse("2026-01-15")).orElseThrow().primary()).isEqualTo(SenNeed.ASD);
        assertThat(state.needsOn(parse("2024-03-04"))).isEmpty();
        assertThat(state.personalBudgetOn(parse("2024-03-31"))).isEmpty();
        assertThat(state.personalBudgetOn(parse("2026-01-15")).orElseThrow().directPayments()).isTrue();
        assertThat(state.placementsOn(parse("2025-07-18"))).extracting(PlanState.PlacementHeld::placementId)
                .containsExactly("p1", "p2");
        assertThat(state.placementsOn(parse("2025-07-19"))).extracting(PlanState.PlacementHeld::placementId)
                .containsExactly("p2");
        assertThat(state.placementsOn(parse("2026-01-15"))).extracting(PlanState.PlacementHeld::placementId)
                .as("the main placement first").containsExactly("p3", "p2");
    }
}
