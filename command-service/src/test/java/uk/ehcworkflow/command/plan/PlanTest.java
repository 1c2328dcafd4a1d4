package uk.ehcworkflow.command.plan;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcworkflow.command.common.Refusals.refusedFor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.command.caseload.TrialCaseload;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.NotPermitted;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.command.family.AnswerProposedAmendments;
import uk.ehcworkflow.command.family.ToldFamilies;
import uk.ehcworkflow.command.privacy.ErasingVault;
import uk.ehcworkflow.command.privacy.Erasures;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.letter.LetterChannel;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.events.plan.AmendedPlanIssued;
import uk.ehcworkflow.events.plan.AmendmentResponseReceived;
import uk.ehcworkflow.events.plan.AmendmentsWithdrawn;
import uk.ehcworkflow.events.plan.CessationDecided;
import uk.ehcworkflow.events.plan.CessationReason;
import uk.ehcworkflow.events.plan.DecisionDisputed;
import uk.ehcworkflow.events.plan.NeedsRecorded;
import uk.ehcworkflow.events.plan.NewSettingNamed;
import uk.ehcworkflow.events.plan.PersonalBudgetRecorded;
import uk.ehcworkflow.events.plan.PhaseTransfer;
import uk.ehcworkflow.events.plan.PhaseTransferPlanIssued;
import uk.ehcworkflow.events.plan.PhaseTransferSet;
import uk.ehcworkflow.events.plan.Placement;
import uk.ehcworkflow.events.plan.PlacementEnded;
import uk.ehcworkflow.events.plan.PlacementStarted;
import uk.ehcworkflow.events.plan.PlanAssigned;
import uk.ehcworkflow.events.plan.PlanCeased;
import uk.ehcworkflow.events.plan.PlanChildProfileRecorded;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.events.plan.PlanLetterSent;
import uk.ehcworkflow.events.plan.PlanPersonalDataErased;
import uk.ehcworkflow.events.plan.PlanRegistered;
import uk.ehcworkflow.events.plan.PlanStep;
import uk.ehcworkflow.events.plan.ReassessedPlanIssued;
import uk.ehcworkflow.events.plan.ReassessmentDecided;
import uk.ehcworkflow.events.plan.ReassessmentDraftAnswered;
import uk.ehcworkflow.events.plan.ReassessmentDraftServed;
import uk.ehcworkflow.events.plan.ReassessmentExceptionRecorded;
import uk.ehcworkflow.events.plan.ReassessmentNotAmended;
import uk.ehcworkflow.events.plan.ReassessmentRequested;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.events.plan.ReviewMeetingHeld;
import uk.ehcworkflow.events.plan.SenNeed;
import uk.ehcworkflow.events.plan.SenSetting;
import uk.ehcworkflow.events.plan.TransferNoticeSent;
import uk.ehcworkflow.events.privacy.ChildProfile;
import uk.ehcworkflow.events.privacy.Ethnicity;
import uk.ehcworkflow.events.privacy.PersonalDetails;
import uk.ehcworkflow.events.privacy.Sex;
import uk.ehcworkflow.platform.security.Role;

/** The plan after issue: the annual review clock, amendments, phase transfers, re-assessment and ceasing. */
class PlanTest {

    private static final String ID = "plan-1";
    private static final PlanId PLAN = new PlanId(ID);
    private static final String RID = "reassessment-1";
    private static final SealedPersonalData CHILD = new SealedPersonalData(ID, ErasingVault.SEALED);
    private static final PersonalDetails DETAILS = new PersonalDetails("Made Up", LocalDate.of(2016, 1, 1));
    private static final LocalDate TODAY = parse("2026-11-30");
    private static final PlanIssued ISSUED = new PlanIssued(ID, CHILD, parse("2024-03-05"), parse("2025-03-04"));

    private FixtureConfiguration<Plan> fixture;
    private final ErasingVault vault = new ErasingVault();
    private final ToldFamilies families = new ToldFamilies();
    /** The disputes about the plan's decision to cease, at the boundary: how each stands, by dispute id. */
    private final Map<String, CessationChallenges.Standing> disputes = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(families);
        fixture.registerInjectableResource(TrialCaseload.caseload());
        fixture.registerInjectableResource((CessationChallenges) (ids, day) -> ids.stream().map(disputes::get)
                .reduce(CessationChallenges.Standing.NONE_RUNNING, (a, b) -> a.compareTo(b) >= 0 ? a : b));
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London")));
    }

    private static ReviewMeetingHeld meeting(String on) {
        return new ReviewMeetingHeld(ID, parse(on), parse(on).plusDays(28));
    }

    private static ReviewDecisionNotified decision(ReviewDecision decision, String on, String meetingOn) {
        LocalDate decided = parse(on);
        return new ReviewDecisionNotified(ID, decision, decided, parse(meetingOn), parse(meetingOn).plusDays(28),
                decided.plusMonths(12).minusDays(1), decision == ReviewDecision.AMEND ? decided.plusDays(56) : null, decided);
    }

    @Nested
    @DisplayName("a plan brought in from last year's SEN2 return")
    class Imported {

        private final Placement infants = new Placement("100001", null, null, null, 1, parse("2019-09-04"), null, false,
                false, false);
        private final Placement juniors = new Placement("100002", null, null, null, 1, parse("2022-09-05"), null, false,
                false, true);

        private ImportPlan importing(ChildProfile profile) {
            return new ImportPlan(new RegisterPlan(PLAN, DETAILS, parse("2021-05-10"), parse("2025-06-02"), null, null,
                    parse("2020-12-01"), RequestSource.PARENT), profile,
                    new RecordNeeds(PLAN, SenNeed.ASD, SenNeed.SLCN, parse("2021-05-10")),
                    List.of(new ImportPlan.Placed(new StartPlacement(PLAN, "p1", infants), parse("2022-07-22")),
                            new ImportPlan.Placed(new StartPlacement(PLAN, "p2", juniors), null)),
                    new RecordPersonalBudget(PLAN, true, false, true, parse("2021-05-10")));
        }

        @Test
        void is_registered_with_its_details_needs_placements_and_budget_in_one_step() {
            fixture.givenNoPriorActivity()
                    .when(importing(new ChildProfile(Sex.FEMALE, null, null, "U820200101001", null, null, null, null, null,
                            null)))
                    .expectEvents(new PlanRegistered(ID, CHILD, parse("2021-05-10"), parse("2025-06-02"), parse("2026-06-01"),
                                    null, null, parse("2020-12-01"), RequestSource.PARENT),
                            new PlanChildProfileRecorded(ID, CHILD),
                            new NeedsRecorded(ID, SenNeed.ASD, SenNeed.SLCN, parse("2021-05-10")),
                            new PlacementStarted(ID, "p1", infants), new PlacementEnded(ID, "p1", parse("2022-07-22")),
                            new PlacementStarted(ID, "p2", juniors),
                            new PersonalBudgetRecorded(ID, true, false, true, parse("2021-05-10")));
        }

        @Test
        void stores_none_of_it_when_any_part_breaks_a_rule() {
            refusedFor(fixture.givenNoPriorActivity().when(importing(new ChildProfile(null, null, null, "U820200101002",
                    null, null, null, null, null, null))), InvalidField.class, "upn");
            assertThat(vault.sealedMore()).isEmpty();
        }
    }

    @Nested
    @DisplayName("Whose caseload: a plan registered here is the registering officer's; any plan can move")
    class Caseload {

        @Test
        void a_plan_registered_from_before_goes_into_the_caseload_of_the_officer_who_registered_it() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPlan(PLAN, DETAILS, parse("2024-03-05"), null, null, null, null, null),
                            Map.of(ActorMetadata.USER, "officer2"))
                    .expectEvents(new PlanRegistered(ID, CHILD, parse("2024-03-05"), null, parse("2025-03-04"), null, null,
                            null, null), new PlanAssigned(ID, new Holder("officer2", "South")));
        }

        @Test
        void a_plan_moves_to_another_officer_and_moving_it_to_its_holder_records_nothing() {
            fixture.given(ISSUED).when(new AssignPlan(PLAN, "officer", "North"))
                    .expectEvents(new PlanAssigned(ID, new Holder("officer", "North")));
            fixture.given(ISSUED, new PlanAssigned(ID, new Holder("officer", "North")))
                    .when(new AssignPlan(PLAN, "officer", "North")).expectSuccessfulHandlerExecution().expectNoEvents();
            refusedFor(fixture.given(ISSUED).when(new AssignPlan(PLAN, "lead", null)), InvalidField.class, "officer");
        }
    }

    @Nested
    @DisplayName("CFA s44(1): the annual review clock")
    class ReviewClock {

        @Test
        void a_plan_registered_from_before_has_its_first_review_due_within_twelve_months_of_its_issue() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPlan(PLAN, DETAILS, parse("2024-03-05"), null, null, null, null, null))
                    .expectEvents(new PlanRegistered(ID, CHILD, parse("2024-03-05"), null, parse("2025-03-04"), null, null, null, null));
        }

        @Test
        void a_registered_plan_with_a_review_behind_it_counts_twelve_months_from_that_decision() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPlan(PLAN, DETAILS, parse("2023-03-05"), parse("2025-02-10"), null, null, null, null))
                    .expectEvents(new PlanRegistered(ID, CHILD, parse("2023-03-05"), parse("2025-02-10"),
                            parse("2026-02-09"), null, null, null, null));
        }

        @Test
        void a_plan_issued_on_a_leap_day_is_due_its_review_by_the_last_day_of_the_next_february() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPlan(PLAN, DETAILS, parse("2024-02-29"), null, null, null, null, null))
                    .expectEvents(new PlanRegistered(ID, CHILD, parse("2024-02-29"), null, parse("2025-02-28"), null, null, null, null));
        }

        @Test
        void a_plan_transferred_in_is_reviewed_by_the_later_of_its_twelve_months_and_three_from_the_transfer() {
            // reg 15: last review 2025-02-10, transferred 2026-01-20 -> review by 2026-04-19 (not 2026-02-09).
            fixture.givenNoPriorActivity()
                    .when(new RegisterPlan(PLAN, DETAILS, parse("2023-03-05"), parse("2025-02-10"), parse("2026-01-20"),
                            "Made-up County Council", null, null))
                    .expectEvents(new PlanRegistered(ID, CHILD, parse("2023-03-05"), parse("2025-02-10"),
                            parse("2026-04-19"), parse("2026-01-20"), "Made-up County Council", null, null));
            refusedFor(fixture.givenNoPriorActivity().when(new RegisterPlan(PLAN, DETAILS, parse("2023-03-05"), null,
                    parse("2026-01-20"), null, null, null)), InvalidField.class, "fromAuthority");
            refusedFor(fixture.givenNoPriorActivity().when(new RegisterPlan(PLAN, DETAILS, parse("2023-03-05"), null,
                    null, "Made-up County Council", null, null)), InvalidField.class, "transferredInOn");
        }

        @Test
        void the_family_of_a_plan_transferred_in_are_told_once_and_only_of_a_transfer() {
            PlanRegistered transferred = new PlanRegistered(ID, CHILD, parse("2023-03-05"), parse("2025-02-10"),
                    parse("2026-04-19"), parse("2026-01-20"), "Made-up County Council", null, null);
            fixture.given(transferred).when(new RecordTransferNotice(PLAN, parse("2026-02-02")))
                    .expectEvents(new TransferNoticeSent(ID, parse("2026-02-02")));
            refusedFor(fixture.given(transferred, new TransferNoticeSent(ID, parse("2026-02-02")))
                    .when(new RecordTransferNotice(PLAN, parse("2026-02-03"))), RuleBroken.class,
                    Plan.TRANSFER_NOTICE_ALREADY_SENT);
            refusedFor(fixture.given(transferred).when(new RecordTransferNotice(PLAN, parse("2026-01-19"))),
                    RuleBroken.class, Plan.STEPS_IN_ORDER);
            refusedFor(fixture.given(ISSUED).when(new RecordTransferNotice(PLAN, parse("2026-02-02"))),
                    RuleBroken.class, Plan.NOT_TRANSFERRED_IN);
        }

        @Test
        void registration_is_refused_for_a_future_issue_or_a_review_before_the_issue() {
            refusedFor(fixture.givenNoPriorActivity().when(new RegisterPlan(PLAN, DETAILS, TODAY.plusDays(1), null, null, null, null, null)),
                    RuleBroken.class, Dates.DATE_IN_FUTURE);
            refusedFor(fixture.givenNoPriorActivity()
                            .when(new RegisterPlan(PLAN, DETAILS, parse("2024-03-05"), parse("2024-03-04"), null, null, null, null)),
                    RuleBroken.class, Plan.DATE_BEFORE_PLAN_ISSUED);
        }

        @Test
        void a_decision_puts_the_next_review_due_twelve_months_from_it_and_the_decision_was_due_four_weeks_from_the_meeting() {
            fixture.given(ISSUED, meeting("2025-01-31"))
                    .when(new NotifyReviewDecision(PLAN, ReviewDecision.MAINTAIN, parse("2025-02-10"), null))
                    .expectEvents(new ReviewDecisionNotified(ID, ReviewDecision.MAINTAIN, parse("2025-02-10"),
                            parse("2025-01-31"), parse("2025-02-28"), parse("2026-02-09"), null, parse("2025-02-10")));
        }

        @Test
        void a_meeting_is_due_its_decision_four_weeks_later() {
            fixture.given(ISSUED).when(new HoldReviewMeeting(PLAN, parse("2025-02-01")))
                    .expectEvents(new ReviewMeetingHeld(ID, parse("2025-02-01"), parse("2025-03-01")));
        }

        @Test
        void an_amend_decision_sets_the_amended_plan_due_eight_weeks_from_the_notice() {
            fixture.given(ISSUED, meeting("2025-01-06"))
                    .when(new NotifyReviewDecision(PLAN, ReviewDecision.AMEND, parse("2025-02-03"), null))
                    .expectEvents(new ReviewDecisionNotified(ID, ReviewDecision.AMEND, parse("2025-02-03"),
                            parse("2025-01-06"), parse("2025-02-03"), parse("2026-02-02"), parse("2025-03-31"), parse("2025-02-03")));
        }

        @Test
        void amending_the_plan_does_not_move_the_clock_but_a_reassessed_plan_restarts_it() {
            fixture.given(ISSUED, meeting("2025-01-06"), decision(ReviewDecision.AMEND, "2025-02-03", "2025-01-06"))
                    .when(new IssueAmendedPlan(PLAN, parse("2025-03-20")))
                    .expectEvents(new AmendedPlanIssued(ID, parse("2025-03-20")));
            fixture.given(ISSUED, new ReassessmentRequested(ID, RID, parse("2025-06-02"), parse("2025-06-17"), false),
                            new ReassessmentDecided(ID, RID, true, parse("2025-06-16"), parse("2025-09-22")),
                            new ReassessmentDraftServed(ID, RID, parse("2025-08-11")))
                    .when(new IssueReassessedPlan(PLAN, RID, parse("2025-09-01")))
                    .expectEvents(new ReassessedPlanIssued(ID, RID, parse("2025-09-01"), parse("2026-08-31")));
        }
    }

    @Nested
    @DisplayName("reg 20: a decision for each review meeting, after it")
    class ReviewDecisions {

        @Test
        void a_decision_needs_a_meeting() {
            refusedFor(fixture.given(ISSUED).when(new NotifyReviewDecision(PLAN, ReviewDecision.MAINTAIN, parse("2025-02-10"), null)),
                    RuleBroken.class, Plan.NO_REVIEW_MEETING);
        }

        @Test
        void a_decision_cannot_be_dated_before_its_meeting() {
            refusedFor(fixture.given(ISSUED, meeting("2025-02-10"))
                            .when(new NotifyReviewDecision(PLAN, ReviewDecision.MAINTAIN, parse("2025-02-09"), null)),
                    RuleBroken.class, Plan.STEPS_IN_ORDER);
        }

        @Test
        void a_decision_on_the_day_of_the_meeting_is_accepted() {
            fixture.given(ISSUED, meeting("2025-02-10"))
                    .when(new NotifyReviewDecision(PLAN, ReviewDecision.MAINTAIN, parse("2025-02-10"), null))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void one_decision_per_meeting() {
            refusedFor(fixture.given(ISSUED, meeting("2025-01-31"), decision(ReviewDecision.MAINTAIN, "2025-02-10", "2025-01-31"))
                            .when(new NotifyReviewDecision(PLAN, ReviewDecision.AMEND, parse("2025-02-11"), null)),
                    RuleBroken.class, Plan.REVIEW_ALREADY_DECIDED);
        }

        @Test
        void the_next_meeting_waits_for_the_last_ones_decision_and_comes_after_it() {
            refusedFor(fixture.given(ISSUED, meeting("2025-01-31")).when(new HoldReviewMeeting(PLAN, parse("2025-03-01"))),
                    RuleBroken.class, Plan.REVIEW_DECISION_OUTSTANDING);
            refusedFor(fixture.given(ISSUED, meeting("2025-01-31"), decision(ReviewDecision.MAINTAIN, "2025-02-10", "2025-01-31"))
                            .when(new HoldReviewMeeting(PLAN, parse("2025-02-09"))),
                    RuleBroken.class, Plan.STEPS_IN_ORDER);
        }

        @Test
        void no_step_before_the_plan_was_issued_or_in_the_future() {
            refusedFor(fixture.given(ISSUED).when(new HoldReviewMeeting(PLAN, parse("2024-03-04"))),
                    RuleBroken.class, Plan.DATE_BEFORE_PLAN_ISSUED);
            refusedFor(fixture.given(ISSUED).when(new HoldReviewMeeting(PLAN, TODAY.plusDays(1))),
                    RuleBroken.class, Dates.DATE_IN_FUTURE);
        }
    }

    @Nested
    @DisplayName("reg 22: the amended plan or the notice of not amending")
    class Amendments {

        @Test
        void an_amended_plan_needs_an_amend_decision() {
            refusedFor(fixture.given(ISSUED, meeting("2025-01-31"), decision(ReviewDecision.MAINTAIN, "2025-02-10", "2025-01-31"))
                            .when(new IssueAmendedPlan(PLAN, parse("2025-03-01"))),
                    RuleBroken.class, Plan.NO_AMENDMENT_PENDING);
        }

        @Test
        void an_amend_decision_has_one_outcome_either_way() {
            Object[] amended = {ISSUED, meeting("2025-01-31"), decision(ReviewDecision.AMEND, "2025-02-10", "2025-01-31"),
                    new AmendedPlanIssued(ID, parse("2025-03-20"))};
            refusedFor(fixture.given(amended).when(new IssueAmendedPlan(PLAN, parse("2025-03-21"))),
                    RuleBroken.class, Plan.NO_AMENDMENT_PENDING);
            refusedFor(fixture.given(amended).when(new WithdrawAmendments(PLAN, parse("2025-03-21"), "changed our mind")),
                    RuleBroken.class, Plan.NO_AMENDMENT_PENDING);
        }

        @Test
        void the_eight_weeks_and_the_familys_fifteen_days_run_from_the_proposals_served() {
            // reg 22: decided 2025-08-28, proposals served 2025-09-01 -> amended plan due 2025-10-27;
            // one on 2025-09-03 is refused, one on 2025-09-16 accepted.
            fixture.given(ISSUED, meeting("2025-08-04"))
                    .when(new NotifyReviewDecision(PLAN, ReviewDecision.AMEND, parse("2025-08-28"), parse("2025-09-01")))
                    .expectEvents(new ReviewDecisionNotified(ID, ReviewDecision.AMEND, parse("2025-08-28"), parse("2025-08-04"),
                            parse("2025-09-01"), parse("2026-08-27"), parse("2025-10-27"), parse("2025-09-01")));
            ReviewDecisionNotified served = new ReviewDecisionNotified(ID, ReviewDecision.AMEND, parse("2025-08-28"),
                    parse("2025-08-04"), parse("2025-09-01"), parse("2026-08-27"), parse("2025-10-27"), parse("2025-09-01"));
            refusedFor(fixture.given(ISSUED, meeting("2025-08-04"), served)
                    .when(new IssueAmendedPlan(PLAN, parse("2025-09-03"))), RuleBroken.class, Plan.AMENDMENT_RESPONSE_PERIOD);
            fixture.given(ISSUED, meeting("2025-08-04"), served).when(new IssueAmendedPlan(PLAN, parse("2025-09-16")))
                    .expectEvents(new AmendedPlanIssued(ID, parse("2025-09-16")));
        }

        @Test
        void an_answer_asking_for_nothing_further_ends_the_fifteen_days_early_and_any_other_does_not() {
            Object[] served = {ISSUED, meeting("2025-08-04"), new ReviewDecisionNotified(ID, ReviewDecision.AMEND,
                    parse("2025-08-28"), parse("2025-08-04"), parse("2025-09-01"), parse("2026-08-27"), parse("2025-10-27"),
                    parse("2025-09-01"))};
            fixture.given(served).when(new RecordAmendmentResponse(PLAN, parse("2025-09-02"), DraftResponse.NONE))
                    .expectEvents(new AmendmentResponseReceived(ID, parse("2025-09-02"), DraftResponse.NONE));
            fixture.given(served).andGiven(new AmendmentResponseReceived(ID, parse("2025-09-02"), DraftResponse.NONE))
                    .when(new IssueAmendedPlan(PLAN, parse("2025-09-03")))
                    .expectEvents(new AmendedPlanIssued(ID, parse("2025-09-03")));
            refusedFor(fixture.given(served).andGiven(new AmendmentResponseReceived(ID, parse("2025-09-02"),
                            DraftResponse.MEETING)).when(new IssueAmendedPlan(PLAN, parse("2025-09-03"))),
                    RuleBroken.class, Plan.AMENDMENT_RESPONSE_PERIOD);
            refusedFor(fixture.given(served).andGiven(new AmendmentResponseReceived(ID, parse("2025-09-02"),
                            DraftResponse.MEETING)).when(new RecordAmendmentResponse(PLAN, parse("2025-09-05"),
                            DraftResponse.NONE)), RuleBroken.class, Plan.AMENDMENT_RESPONSE_RECORDED);
            refusedFor(fixture.given(served).when(new RecordAmendmentResponse(PLAN, parse("2025-08-30"), DraftResponse.NONE)),
                    RuleBroken.class, Plan.STEPS_IN_ORDER);
        }

        @Test
        void a_notice_is_not_sent_before_its_decision() {
            refusedFor(fixture.given(ISSUED, meeting("2025-08-04"))
                    .when(new NotifyReviewDecision(PLAN, ReviewDecision.MAINTAIN, parse("2025-08-28"), parse("2025-08-27"))),
                    RuleBroken.class, Plan.STEPS_IN_ORDER);
        }

        @Test
        void the_area_may_decide_not_to_amend_after_all_but_not_before_its_notice() {
            Object[] notice = {ISSUED, meeting("2025-01-31"), decision(ReviewDecision.AMEND, "2025-02-10", "2025-01-31")};
            fixture.given(notice).when(new WithdrawAmendments(PLAN, parse("2025-03-01"), "The family agreed no change"))
                    .expectEvents(new AmendmentsWithdrawn(ID, parse("2025-03-01"), "The family agreed no change"));
            refusedFor(fixture.given(notice).when(new IssueAmendedPlan(PLAN, parse("2025-02-09"))),
                    RuleBroken.class, Plan.STEPS_IN_ORDER);
        }
    }

    @Nested
    @DisplayName("reg 18: a phase transfer names the new setting by 15 February, or 31 March for post-16")
    class PhaseTransfers {

        @Test
        void a_transfer_sets_its_last_day_for_naming_the_setting() {
            fixture.given(ISSUED).when(new SetPhaseTransfer(PLAN, PhaseTransfer.PRIMARY_TO_SECONDARY, 2026, null))
                    .expectEvents(new PhaseTransferSet(ID, PhaseTransfer.PRIMARY_TO_SECONDARY, 2026, parse("2026-02-14"), null));
            fixture.given(ISSUED).when(new SetPhaseTransfer(PLAN, PhaseTransfer.SECONDARY_TO_POST16, 2026, null))
                    .expectEvents(new PhaseTransferSet(ID, PhaseTransfer.SECONDARY_TO_POST16, 2026, parse("2026-03-30"), null));
        }

        @Test
        void the_transfers_amended_plan_is_issued_once_and_only_for_a_transfer_that_was_set() {
            refusedFor(fixture.given(ISSUED).when(new IssueTransferPlan(PLAN, parse("2025-02-01"), "Made-up Academy", null, null)),
                    RuleBroken.class, Plan.NO_PHASE_TRANSFER);
            PhaseTransferSet transfer = new PhaseTransferSet(ID, PhaseTransfer.PRIMARY_TO_SECONDARY, 2026, parse("2026-02-14"), null);
            fixture.given(ISSUED, transfer).when(new IssueTransferPlan(PLAN, parse("2026-03-03"), "Made-up Academy", null, null))
                    .expectEvents(new PhaseTransferPlanIssued(ID, parse("2026-03-03"), "Made-up Academy"));
            // a setting named before the amended plan was recorded met the transfer, and still does
            refusedFor(fixture.given(ISSUED, transfer, new NewSettingNamed(ID, parse("2026-02-01"), "Made-up Academy"))
                            .when(new IssueTransferPlan(PLAN, parse("2026-02-02"), "Another", null, null)),
                    RuleBroken.class, Plan.SETTING_ALREADY_NAMED);
        }

        @Test
        void a_move_between_post_sixteen_institutions_is_dated_by_the_move_and_owes_its_plan_five_months_before() {
            // reg 18(1)(b): move 2026-09-01 -> amended plan by 2026-04-01.
            fixture.given(ISSUED).when(new SetPhaseTransfer(PLAN, PhaseTransfer.POST16_TO_POST16, null, parse("2026-09-01")))
                    .expectEvents(new PhaseTransferSet(ID, PhaseTransfer.POST16_TO_POST16, 2026, parse("2026-04-01"),
                            parse("2026-09-01")));
            refusedFor(fixture.given(ISSUED).when(new SetPhaseTransfer(PLAN, PhaseTransfer.POST16_TO_POST16, 2026, null)),
                    InvalidField.class, "moveOn");
            refusedFor(fixture.given(ISSUED).when(new SetPhaseTransfer(PLAN, PhaseTransfer.PRIMARY_TO_SECONDARY, null, null)),
                    InvalidField.class, "transferYear");
            refusedFor(fixture.given(ISSUED).when(new SetPhaseTransfer(PLAN, PhaseTransfer.PRIMARY_TO_SECONDARY, 2026,
                    parse("2026-09-01"))), InvalidField.class, "moveOn");
        }
    }

    @Nested
    @DisplayName("CFA s45: ceasing, after which nothing is recorded")
    class Ceasing {

        private final PlanCeased ceased = new PlanCeased(ID, parse("2025-07-31"), CessationReason.MOVED_TO_ANOTHER_LA);

        @Test
        void a_plan_may_cease_without_a_review_and_after_a_cease_decision() {
            fixture.given(ISSUED).when(new CeasePlan(PLAN, parse("2025-07-31"), CessationReason.MOVED_TO_ANOTHER_LA, null))
                    .expectEvents(ceased);
            fixture.given(ISSUED, meeting("2025-01-31"), decision(ReviewDecision.CEASE, "2025-02-10", "2025-01-31"))
                    .when(new CeasePlan(PLAN, parse("2025-07-31"), CessationReason.NEEDS_MET, null))
                    .expectEvents(new PlanCeased(ID, parse("2025-07-31"), CessationReason.NEEDS_MET));
        }

        @Test
        void a_cessation_cannot_be_dated_before_the_last_review_step() {
            refusedFor(fixture.given(ISSUED, meeting("2025-01-31"))
                            .when(new CeasePlan(PLAN, parse("2025-01-30"), CessationReason.OTHER, null)),
                    RuleBroken.class, Plan.STEPS_IN_ORDER);
        }

        @Test
        void nothing_is_recorded_after_cessation() {
            refusedFor(fixture.given(ISSUED, ceased).when(new HoldReviewMeeting(PLAN, parse("2025-08-01"))),
                    RuleBroken.class, Plan.PLAN_CEASED);
            refusedFor(fixture.given(ISSUED, ceased).when(new SetPhaseTransfer(PLAN, PhaseTransfer.SECONDARY_TO_POST16, 2026, null)),
                    RuleBroken.class, Plan.PLAN_CEASED);
            refusedFor(fixture.given(ISSUED, ceased).when(new CeasePlan(PLAN, parse("2025-08-01"), CessationReason.OTHER, null)),
                    RuleBroken.class, Plan.PLAN_CEASED);
            refusedFor(fixture.given(ISSUED, ceased).when(new RequestReassessment(PLAN, RID, parse("2025-08-01"))),
                    RuleBroken.class, Plan.PLAN_CEASED);
        }

        private final ReviewDecisionNotified ceaseInJune = new ReviewDecisionNotified(ID, ReviewDecision.CEASE,
                parse("2025-06-02"), parse("2025-05-20"), parse("2025-06-17"), parse("2026-06-01"), null, parse("2025-06-02"));

        @Test
        void the_plan_is_maintained_while_the_family_may_appeal_the_decision_to_cease() {
            // CFA s45(4), r.12(3)(a): CEASE notified 2025-06-02; the last day to appeal, 2 August, moves past August
            // to Monday 1 September. Ceasing on 2025-06-03 is refused; on 2025-09-02 accepted.
            refusedFor(fixture.given(ISSUED, meeting("2025-05-20"), ceaseInJune)
                            .when(new CeasePlan(PLAN, parse("2025-06-03"), CessationReason.NEEDS_MET, null)),
                    RuleBroken.class, Plan.APPEAL_RIGHTS_RUNNING);
            refusedFor(fixture.given(ISSUED, meeting("2025-05-20"), ceaseInJune)
                            .when(new CeasePlan(PLAN, parse("2025-09-01"), CessationReason.NEEDS_MET, null)),
                    RuleBroken.class, Plan.APPEAL_RIGHTS_RUNNING);
            fixture.given(ISSUED, meeting("2025-05-20"), ceaseInJune)
                    .when(new CeasePlan(PLAN, parse("2025-09-02"), CessationReason.NEEDS_MET, null))
                    .expectEvents(new PlanCeased(ID, parse("2025-09-02"), CessationReason.NEEDS_MET));
        }

        @Test
        void a_dispute_about_the_decision_keeps_the_plan_until_it_ends_and_an_order_to_keep_it_withdraws_the_decision() {
            DecisionDisputed disputed = new DecisionDisputed(ID, "d1", AppealableDecision.REVIEW_CEASE, parse("2025-06-02"));
            disputes.put("d1", CessationChallenges.Standing.RUNNING);
            refusedFor(fixture.given(ISSUED, meeting("2025-05-20"), ceaseInJune, disputed)
                            .when(new CeasePlan(PLAN, parse("2025-11-03"), CessationReason.NEEDS_MET, null)),
                    RuleBroken.class, Plan.APPEAL_RIGHTS_RUNNING);
            disputes.put("d1", CessationChallenges.Standing.DECISION_WITHDRAWN);
            refusedFor(fixture.given(ISSUED, meeting("2025-05-20"), ceaseInJune, disputed)
                            .when(new CeasePlan(PLAN, parse("2025-11-03"), CessationReason.NEEDS_MET, null)),
                    RuleBroken.class, Plan.CESSATION_DECISION_WITHDRAWN);
            disputes.put("d1", CessationChallenges.Standing.NONE_RUNNING);
            fixture.given(ISSUED, meeting("2025-05-20"), ceaseInJune, disputed)
                    .when(new CeasePlan(PLAN, parse("2025-11-03"), CessationReason.NEEDS_MET, null))
                    .expectEvents(new PlanCeased(ID, parse("2025-11-03"), CessationReason.NEEDS_MET));
        }

        @Test
        void the_familys_time_runs_from_the_day_the_decisions_notice_went_when_its_step_recorded_a_later_day() {
            // decided Friday 4 July 2025, notice sent Monday 7 July: 2 months from the notice end on
            // Sunday 7 September, so the family may appeal until Monday 8 September (r.12(2)), not 4 September
            ReviewDecisionNotified noticedLater = new ReviewDecisionNotified(ID, ReviewDecision.CEASE, parse("2025-07-04"),
                    parse("2025-06-30"), parse("2025-07-28"), parse("2026-07-03"), null, parse("2025-07-07"));
            refusedFor(fixture.given(ISSUED, meeting("2025-06-30"), noticedLater)
                            .when(new CeasePlan(PLAN, parse("2025-09-08"), CessationReason.NEEDS_MET, null)),
                    RuleBroken.class, Plan.APPEAL_RIGHTS_RUNNING);
            fixture.given(ISSUED, meeting("2025-06-30"), noticedLater)
                    .when(new CeasePlan(PLAN, parse("2025-09-09"), CessationReason.NEEDS_MET, null))
                    .expectEvents(new PlanCeased(ID, parse("2025-09-09"), CessationReason.NEEDS_MET));
            // a dispute names the notice's day; one opened before notices were dated named the decision's, and still counts
            DecisionDisputed namedTheDecision = new DecisionDisputed(ID, "d1", AppealableDecision.REVIEW_CEASE, parse("2025-07-04"));
            disputes.put("d1", CessationChallenges.Standing.RUNNING);
            refusedFor(fixture.given(ISSUED, meeting("2025-06-30"), noticedLater, namedTheDecision)
                            .when(new CeasePlan(PLAN, parse("2025-12-01"), CessationReason.NEEDS_MET, null)),
                    RuleBroken.class, Plan.APPEAL_RIGHTS_RUNNING);
        }

        @Test
        void a_dispute_names_the_decision_by_the_day_its_notice_went() {
            ReviewDecisionNotified noticedLater = new ReviewDecisionNotified(ID, ReviewDecision.MAINTAIN, parse("2025-07-04"),
                    parse("2025-06-30"), parse("2025-07-28"), parse("2026-07-03"), null, parse("2025-07-07"));
            fixture.given(ISSUED, meeting("2025-06-30"), noticedLater).when(new AssignPlan(PLAN, "officer", "North"))
                    .expectState(plan -> {
                        assertThat(plan.disputable(new DecisionLetter(AppealableDecision.REVIEW_MAINTAIN, parse("2025-07-07"))))
                                .isTrue();
                        assertThat(plan.disputable(new DecisionLetter(AppealableDecision.REVIEW_MAINTAIN, parse("2025-07-04"))))
                                .as("the decision's own day, once a later notice day is recorded").isFalse();
                        assertThat(plan.recorded(new DecisionLetter(AppealableDecision.REVIEW_MAINTAIN, parse("2025-07-04"))))
                                .isTrue();
                    });
        }

        @Test
        void a_decision_to_cease_outside_a_review_is_appealable_and_needed_before_ceasing_for_a_reason_the_family_can_appeal() {
            refusedFor(fixture.given(ISSUED).when(new CeasePlan(PLAN, parse("2025-07-31"), CessationReason.NEEDS_MET, null)),
                    RuleBroken.class, Plan.CESSATION_DECISION_NEEDED);
            fixture.given(ISSUED).when(new DecideCessation(PLAN, parse("2025-03-10"), CessationReason.PAID_EMPLOYMENT))
                    .expectEvents(new CessationDecided(ID, parse("2025-03-10"), CessationReason.PAID_EMPLOYMENT));
            fixture.given(ISSUED, new CessationDecided(ID, parse("2025-03-10"), CessationReason.PAID_EMPLOYMENT))
                    // 2 months end on Saturday 10 May; the family may appeal until Monday 12 May (r.12(2))
                    .when(new CeasePlan(PLAN, parse("2025-05-13"), CessationReason.PAID_EMPLOYMENT, null))
                    .expectEvents(new PlanCeased(ID, parse("2025-05-13"), CessationReason.PAID_EMPLOYMENT));

        }

        @Test
        void a_young_person_over_eighteen_who_left_education_has_their_plan_reviewed_before_it_ceases() {
            // reg 30: left 2025-04-01; no review meeting since -> refused; a meeting on 2025-05-20 -> accepted.
            refusedFor(fixture.given(ISSUED, meeting("2025-01-31"), decision(ReviewDecision.MAINTAIN, "2025-02-10", "2025-01-31"),
                            new CessationDecided(ID, parse("2025-04-14"), CessationReason.NO_LONGER_ENGAGES))
                            .when(new CeasePlan(PLAN, parse("2025-06-20"), CessationReason.NO_LONGER_ENGAGES,
                                    parse("2025-04-01"))),
                    RuleBroken.class, Plan.REVIEW_NEEDED_BEFORE_CEASING);
            fixture.given(ISSUED, meeting("2025-05-20"), ceaseInJune)
                    .when(new CeasePlan(PLAN, parse("2025-09-02"), CessationReason.NO_LONGER_ENGAGES, parse("2025-04-01")))
                    .expectEvents(new PlanCeased(ID, parse("2025-09-02"), CessationReason.NO_LONGER_ENGAGES));
        }
    }

    @Nested
    @DisplayName("regs 24-27: re-assessment")
    class Reassessments {

        private final ReassessmentRequested requested =
                new ReassessmentRequested(ID, RID, parse("2025-06-02"), parse("2025-06-17"), false);
        private final ReassessmentDecided reassessing =
                new ReassessmentDecided(ID, RID, true, parse("2025-06-16"), parse("2025-09-22"));

        @Test
        void a_request_is_due_its_decision_in_fifteen_days_and_one_within_six_months_of_the_issue_is_flagged() {
            fixture.given(ISSUED).when(new RequestReassessment(PLAN, RID, parse("2024-09-04")))
                    .expectEvents(new ReassessmentRequested(ID, RID, parse("2024-09-04"), parse("2024-09-19"), true));
            fixture.given(ISSUED).when(new RequestReassessment(PLAN, RID, parse("2024-09-05")))
                    .expectEvents(new ReassessmentRequested(ID, RID, parse("2024-09-05"), parse("2024-09-20"), false));
        }

        @Test
        void six_months_count_from_the_last_reassessed_plan_too() {
            fixture.given(ISSUED, requested, reassessing,
                            new ReassessedPlanIssued(ID, RID, parse("2025-09-01"), parse("2026-08-31")))
                    .when(new RequestReassessment(PLAN, "reassessment-2", parse("2026-02-28")))
                    .expectEvents(new ReassessmentRequested(ID, "reassessment-2", parse("2026-02-28"), parse("2026-03-15"),
                            true));
        }

        @Test
        void a_decision_to_reassess_sets_the_plan_due_fourteen_weeks_later_and_a_refusal_sets_nothing() {
            fixture.given(ISSUED, requested).when(new DecideReassessment(PLAN, RID, true, parse("2025-06-16")))
                    .expectEvents(reassessing);
            fixture.given(ISSUED, requested).when(new DecideReassessment(PLAN, RID, false, parse("2025-06-16")))
                    .expectEvents(new ReassessmentDecided(ID, RID, false, parse("2025-06-16"), null));
        }

        @Test
        void one_request_at_a_time_and_one_decision_each() {
            refusedFor(fixture.given(ISSUED, requested).when(new RequestReassessment(PLAN, "r2", parse("2025-06-10"))),
                    RuleBroken.class, Plan.REASSESSMENT_IN_PROGRESS);
            refusedFor(fixture.given(ISSUED, requested, reassessing)
                            .when(new DecideReassessment(PLAN, RID, false, parse("2025-06-20"))),
                    RuleBroken.class, Plan.REASSESSMENT_ALREADY_DECIDED);
            refusedFor(fixture.given(ISSUED, requested).when(new DecideReassessment(PLAN, "unknown", true, parse("2025-06-16"))),
                    UnknownReference.class, "reassessmentId");
        }

        @Test
        void a_reassessed_plan_needs_a_decision_to_reassess_and_comes_once() {
            refusedFor(fixture.given(ISSUED, requested, new ReassessmentDecided(ID, RID, false, parse("2025-06-16"), null))
                            .when(new IssueReassessedPlan(PLAN, RID, parse("2025-09-01"))),
                    RuleBroken.class, Plan.NOT_REASSESSING);
            refusedFor(fixture.given(ISSUED, requested, reassessing,
                            new ReassessedPlanIssued(ID, RID, parse("2025-09-01"), parse("2026-08-31")))
                            .when(new IssueReassessedPlan(PLAN, RID, parse("2025-09-02"))),
                    RuleBroken.class, Plan.REASSESSED_PLAN_ALREADY_ISSUED);
            refusedFor(fixture.given(ISSUED, requested, reassessing).when(new IssueReassessedPlan(PLAN, RID, parse("2025-06-15"))),
                    RuleBroken.class, Plan.STEPS_IN_ORDER);
        }

        @Test
        void a_reassessed_plan_follows_its_draft_and_the_familys_fifteen_days_unless_they_ask_for_nothing_further() {
            // reg 27(1) applying reg 13: draft served 2025-08-11 -> the plan from 2025-08-26.
            ReassessmentDraftServed draft = new ReassessmentDraftServed(ID, RID, parse("2025-08-11"));
            refusedFor(fixture.given(ISSUED, requested, reassessing).when(new IssueReassessedPlan(PLAN, RID, parse("2025-09-01"))),
                    RuleBroken.class, Plan.REASSESSMENT_DRAFT_NEEDED);
            fixture.given(ISSUED, requested, reassessing).when(new ServeReassessmentDraft(PLAN, RID, parse("2025-08-11")))
                    .expectEvents(draft);
            refusedFor(fixture.given(ISSUED, requested, reassessing, draft)
                    .when(new IssueReassessedPlan(PLAN, RID, parse("2025-08-25"))), RuleBroken.class, Plan.DRAFT_RESPONSE_PERIOD);
            fixture.given(ISSUED, requested, reassessing, draft).when(new IssueReassessedPlan(PLAN, RID, parse("2025-08-26")))
                    .expectEvents(new ReassessedPlanIssued(ID, RID, parse("2025-08-26"), parse("2026-08-25")));
            fixture.given(ISSUED, requested, reassessing, draft)
                    .when(new RecordReassessmentDraftResponse(PLAN, RID, parse("2025-08-13"), DraftResponse.NONE))
                    .expectEvents(new ReassessmentDraftAnswered(ID, RID, parse("2025-08-13"), DraftResponse.NONE));
            fixture.given(ISSUED, requested, reassessing, draft,
                            new ReassessmentDraftAnswered(ID, RID, parse("2025-08-13"), DraftResponse.NONE))
                    .when(new IssueReassessedPlan(PLAN, RID, parse("2025-08-14")))
                    .expectEvents(new ReassessedPlanIssued(ID, RID, parse("2025-08-14"), parse("2026-08-13")));
        }

        @Test
        void a_reassessment_may_end_in_a_decision_not_to_amend_after_which_a_new_request_is_taken() {
            // s51(2)(e): decided to re-assess 2025-09-10, not amended 2025-12-01; a new request 2026-03-01 is accepted
            // (within 6 months of that re-assessment, so flagged).
            ReassessmentRequested asked = new ReassessmentRequested(ID, RID, parse("2025-09-01"), parse("2025-09-16"), false);
            ReassessmentDecided going = new ReassessmentDecided(ID, RID, true, parse("2025-09-10"), parse("2025-12-17"));
            fixture.given(ISSUED, asked, going).when(new DecideNotToAmend(PLAN, RID, parse("2025-12-01")))
                    .expectEvents(new ReassessmentNotAmended(ID, RID, parse("2025-12-01")));
            ReassessmentNotAmended notAmended = new ReassessmentNotAmended(ID, RID, parse("2025-12-01"));
            fixture.given(ISSUED, asked, going, notAmended).when(new RequestReassessment(PLAN, "r2", parse("2026-03-01")))
                    .expectEvents(new ReassessmentRequested(ID, "r2", parse("2026-03-01"), parse("2026-03-16"), true));
            refusedFor(fixture.given(ISSUED, asked, going, new ReassessmentDraftServed(ID, RID, parse("2025-11-01")), notAmended)
                    .when(new IssueReassessedPlan(PLAN, RID, parse("2025-12-02"))), RuleBroken.class, Plan.REASSESSMENT_ENDED);
        }

        @Test
        void the_fourteen_weeks_take_the_reg_27_3_exceptions_and_no_others() {
            fixture.given(ISSUED, requested, reassessing)
                    .when(new ExcuseReassessmentDeadline(PLAN, RID, Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE,
                            null, parse("2025-07-21"), parse("2025-09-01"), "Summer closure of the made-up school"))
                    .expectEvents(new ReassessmentExceptionRecorded(ID, RID, StatutoryException.SCHOOL_CLOSURE,
                            parse("2025-07-21"), parse("2025-09-01"), "Summer closure of the made-up school"));
            refusedFor(fixture.given(ISSUED, requested, reassessing)
                            .when(new ExcuseReassessmentDeadline(PLAN, RID, Deadline.FINAL_PLAN,
                                    StatutoryException.MISSED_APPOINTMENT, null, parse("2025-07-01"), null, "n")),
                    RuleBroken.class, Plan.EXCEPTION_NOT_PERMITTED);
            refusedFor(fixture.given(ISSUED, requested, reassessing)
                            .when(new ExcuseReassessmentDeadline(PLAN, RID, Deadline.DECISION,
                                    StatutoryException.ABSENT_FROM_AREA, null, parse("2025-07-01"), null, "n")),
                    InvalidField.class, "deadline");
            refusedFor(fixture.given(ISSUED, requested, reassessing)
                            .when(new ExcuseReassessmentDeadline(PLAN, RID, Deadline.FINAL_PLAN,
                                    StatutoryException.SCHOOL_CLOSURE, null, parse("2025-07-01"), parse("2025-07-10"), "n")),
                    RuleBroken.class, "exception-too-short");
            refusedFor(fixture.given(ISSUED, requested, reassessing)
                            .when(new ExcuseReassessmentDeadline(PLAN, RID, Deadline.FINAL_PLAN,
                                    StatutoryException.ABSENT_FROM_AREA, null, parse("2025-09-23"), null, "n")),
                    RuleBroken.class, "exception-after-deadline");
        }
    }

    @Nested
    @DisplayName("erasing a registered plan's child's personal data")
    class Erasure {

        private final PlanRegistered registered = new PlanRegistered(ID, CHILD, parse("2022-06-01"), null, parse("2023-05-31"), null, null, null, null);
        private final MetaData admin = MetaData.with(ActorMetadata.ROLE, "ADMIN");

        @Test
        void an_administrator_destroys_the_key_sealed_at_registration_and_the_erasure_is_recorded() {
            fixture.given(registered).when(new ErasePlanPersonalData(PLAN, "erasure request"), admin)
                    .expectEvents(new PlanPersonalDataErased(ID, "erasure request"));
            assertThat(vault.erased()).containsExactly(ID);
        }

        @Test
        void only_an_administrator_erases_and_only_once() {
            refusedFor(fixture.given(registered).when(new ErasePlanPersonalData(PLAN, "r"),
                    MetaData.with(ActorMetadata.ROLE, "CASE_OFFICER")), NotPermitted.class, Erasures.ONLY_ADMINS_ERASE);
            refusedFor(fixture.given(registered, new PlanPersonalDataErased(ID, "r"))
                    .when(new ErasePlanPersonalData(PLAN, "again"), admin), RuleBroken.class, Erasures.ALREADY_ERASED);
            assertThat(vault.erased()).isEmpty();
        }

        @Test
        void a_plan_issued_here_is_erased_with_its_case_which_holds_the_same_sealed_details() {
            refusedFor(fixture.given(ISSUED).when(new ErasePlanPersonalData(PLAN, "r"), admin),
                    RuleBroken.class, Plan.ERASED_WITH_ITS_CASE);
            assertThat(vault.erased()).isEmpty();
        }
    }

    @Nested
    @DisplayName("what the plan's page offers next")
    class NextSteps {

        @Test
        void a_new_plan_offers_a_meeting_a_transfer_a_cessation_and_a_reassessment() {
            fixture.given(ISSUED).when(new SetPhaseTransfer(PLAN, PhaseTransfer.PRIMARY_TO_SECONDARY, 2027, null))
                    .expectState(state -> assertThat(state.nextSteps(TODAY)).containsExactly(PlanStep.REVIEW_MEETING,
                            PlanStep.PHASE_TRANSFER, PlanStep.PHASE_TRANSFER_PLAN, PlanStep.CESSATION_DECISION, PlanStep.CESSATION,
                            PlanStep.REASSESSMENT_REQUEST, PlanStep.CHILD_DETAILS, PlanStep.NEEDS, PlanStep.PLACEMENT,
                            PlanStep.PERSONAL_BUDGET));
        }

        @Test
        void after_an_amend_decision_it_offers_its_outcomes_and_not_a_second_decision() {
            fixture.given(ISSUED, meeting("2025-01-31"))
                    .when(new NotifyReviewDecision(PLAN, ReviewDecision.AMEND, parse("2025-02-10"), null))
                    .expectState(state -> assertThat(state.nextSteps(TODAY)).containsExactly(PlanStep.REVIEW_MEETING,
                            PlanStep.AMENDMENT_RESPONSE, PlanStep.AMENDED_PLAN, PlanStep.AMENDMENTS_WITHDRAWN,
                            PlanStep.PHASE_TRANSFER, PlanStep.CESSATION_DECISION, PlanStep.CESSATION,
                            PlanStep.REASSESSMENT_REQUEST, PlanStep.CHILD_DETAILS, PlanStep.NEEDS, PlanStep.PLACEMENT,
                            PlanStep.PERSONAL_BUDGET));
        }

        @Test
        void a_reassessment_under_way_offers_an_exception_to_its_fourteen_weeks() {
            fixture.given(ISSUED, new ReassessmentRequested(ID, RID, parse("2025-06-02"), parse("2025-06-17"), false))
                    .when(new DecideReassessment(PLAN, RID, true, parse("2025-06-16")))
                    .expectState(state -> assertThat(state.nextSteps(TODAY))
                            .contains(PlanStep.REASSESSMENT_DRAFT, PlanStep.REASSESSMENT_NOT_AMENDED,
                                    PlanStep.REASSESSMENT_EXCEPTION).doesNotContain(PlanStep.REASSESSED_PLAN));
        }

        @Test
        void a_registered_plan_offers_the_erasure_of_its_childs_details_once() {
            PlanRegistered registered = new PlanRegistered(ID, CHILD, parse("2022-06-01"), null, parse("2023-05-31"), null, null, null, null);
            fixture.given(registered).when(new SetPhaseTransfer(PLAN, PhaseTransfer.PRIMARY_TO_SECONDARY, 2027, null))
                    .expectState(state -> assertThat(state.nextSteps(TODAY)).contains(PlanStep.ERASURE));
            fixture.given(registered, new PlanPersonalDataErased(ID, "erasure request"))
                    .when(new SetPhaseTransfer(PLAN, PhaseTransfer.PRIMARY_TO_SECONDARY, 2027, null))
                    .expectState(state -> assertThat(state.nextSteps(TODAY)).doesNotContain(PlanStep.ERASURE));
        }

        @Test
        void a_requested_reassessment_offers_its_decision_instead_of_another_request() {
            fixture.given(ISSUED).when(new RequestReassessment(PLAN, RID, parse("2025-06-02")))
                    .expectState(state -> {
                        assertThat(state.nextSteps(TODAY)).contains(PlanStep.REASSESSMENT_DECISION)
                                .doesNotContain(PlanStep.REASSESSMENT_REQUEST, PlanStep.REASSESSED_PLAN);
                        assertThat(state.currentReassessment()).isEqualTo(RID);
                    });
        }

        @Test
        void a_ceased_plan_offers_only_the_childs_details_which_the_years_return_still_reports() {
            fixture.given(ISSUED).when(new CeasePlan(PLAN, parse("2025-07-31"), CessationReason.DECEASED, null))
                    .expectState(state -> assertThat(state.nextSteps(TODAY)).containsExactly(PlanStep.CHILD_DETAILS));
        }

        @Test
        void a_placement_not_yet_left_offers_its_end() {
            Placement school = new Placement("100001", null, null, null, 1, parse("2024-09-04"), null, false, false, false);
            fixture.given(ISSUED).when(new StartPlacement(PLAN, "p1", school))
                    .expectState(state -> assertThat(state.nextSteps(TODAY)).contains(PlanStep.PLACEMENT_END));
        }
    }

    @Nested
    @DisplayName("What the SEN2 return asks of a plan: the child's details, needs, placements, personal budget")
    class ForTheReturns {

        private final Placement school = new Placement("100001", null, null, null, 1, parse("2024-09-04"), null, false,
                false, false);

        @Test
        void a_plan_registered_from_before_keeps_the_day_its_request_was_received_and_who_made_it() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPlan(PLAN, DETAILS, parse("2023-03-05"), null, null, null, parse("2022-10-03"),
                            RequestSource.SCHOOL))
                    .expectEvents(new PlanRegistered(ID, CHILD, parse("2023-03-05"), null, parse("2024-03-04"), null, null,
                            parse("2022-10-03"), RequestSource.SCHOOL));
        }

        @Test
        void a_request_received_after_the_plan_was_issued_is_refused_at_the_plans_issue() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPlan(PLAN, DETAILS, parse("2023-03-05"), null, null, null, parse("2023-03-06"), null))
                    .expectNoEvents().expectException(RuleBroken.class)
                    .expectExceptionMessage("issuedOn 2023-03-05 is before the request was received on 2023-03-06.");
        }

        @Test
        void the_childs_details_are_sealed_under_the_plans_key_as_the_rules_write_them() {
            fixture.given(ISSUED).when(new RecordPlanChildProfile(PLAN, new ChildProfile(Sex.MALE, Ethnicity.WBRI,
                            "zz99 9zz", null, null, null, null, null, null, null)))
                    .expectEvents(new PlanChildProfileRecorded(ID, CHILD));
            assertThat(vault.sealedMore()).containsExactly(new ChildProfile(Sex.MALE, Ethnicity.WBRI, "ZZ99 9ZZ", null,
                    null, null, null, null, null, null));
        }

        @Test
        void nothing_more_about_a_child_is_recorded_once_their_data_was_erased() {
            PlanRegistered registered = new PlanRegistered(ID, CHILD, parse("2022-06-01"), null, parse("2023-05-31"), null, null, null, null);
            refusedFor(fixture.given(registered, new PlanPersonalDataErased(ID, "erasure request"))
                    .when(new RecordPlanChildProfile(PLAN, new ChildProfile(Sex.MALE, null, null, null, null, null, null,
                            null, null, null))), RuleBroken.class, "personal-data-erased");
            vault.erase(ID);
            refusedFor(fixture.given(ISSUED).when(new RecordPlanChildProfile(PLAN, new ChildProfile(Sex.MALE, null, null,
                    null, null, null, null, null, null, null))), RuleBroken.class, "personal-data-erased");
        }

        @Test
        void the_needs_name_a_primary_and_another_need_as_secondary() {
            fixture.given(ISSUED).when(new RecordNeeds(PLAN, SenNeed.ASD, SenNeed.SLCN, parse("2024-03-05")))
                    .expectEvents(new NeedsRecorded(ID, SenNeed.ASD, SenNeed.SLCN, parse("2024-03-05")));
            refusedFor(fixture.given(ISSUED).when(new RecordNeeds(PLAN, SenNeed.ASD, SenNeed.ASD, parse("2024-03-05"))),
                    RuleBroken.class, Plan.SAME_NEED_TWICE);
            refusedFor(fixture.given(ISSUED).when(new RecordNeeds(PLAN, SenNeed.ASD, null, parse("2024-03-04"))),
                    RuleBroken.class, Plan.DATE_BEFORE_PLAN_ISSUED);
            refusedFor(fixture.given(ISSUED, new PlanCeased(ID, parse("2025-07-31"), CessationReason.DECEASED))
                    .when(new RecordNeeds(PLAN, SenNeed.ASD, null, parse("2025-08-01"))), RuleBroken.class, Plan.PLAN_CEASED);
        }

        @Test
        void a_placement_names_one_place_and_ranks_as_main_or_subsidiary() {
            fixture.given(ISSUED).when(new StartPlacement(PLAN, "p1", school))
                    .expectEvents(new PlacementStarted(ID, "p1", school));
            Placement both = new Placement("100001", "10000001", null, null, 1, parse("2024-09-04"), null, false, false, false);
            refusedFor(fixture.given(ISSUED).when(new StartPlacement(PLAN, "p1", both)), InvalidField.class, "urn");
            Placement third = new Placement(null, null, SenSetting.EHE, null, 3, parse("2024-09-04"), null, false, false, false);
            refusedFor(fixture.given(ISSUED).when(new StartPlacement(PLAN, "p1", third)), InvalidField.class, "rank");
            Placement described = new Placement(null, null, SenSetting.EHE, "a made-up setting", 1, parse("2024-09-04"), null,
                    false, false, false);
            refusedFor(fixture.given(ISSUED).when(new StartPlacement(PLAN, "p1", described)), InvalidField.class,
                    "settingOther");
        }

        @Test
        void a_child_has_one_main_placement_at_a_time_and_may_have_a_subsidiary_beside_it() {
            Placement next = new Placement("100002", null, null, null, 1, parse("2025-09-03"), null, false, false, false);
            refusedFor(fixture.given(ISSUED, new PlacementStarted(ID, "p1", school)).when(new StartPlacement(PLAN, "p2", next)),
                    RuleBroken.class, Placements.MAIN_PLACEMENT_OPEN);
            fixture.given(ISSUED, new PlacementStarted(ID, "p1", school), new PlacementEnded(ID, "p1", parse("2025-07-18")))
                    .when(new StartPlacement(PLAN, "p2", next)).expectEvents(new PlacementStarted(ID, "p2", next));
            Placement dual = new Placement(null, "10000001", null, null, 2, parse("2025-01-06"), null, true, false, false);
            fixture.given(ISSUED, new PlacementStarted(ID, "p1", school)).when(new StartPlacement(PLAN, "p2", dual))
                    .expectEvents(new PlacementStarted(ID, "p2", dual));
        }

        @Test
        void a_placement_ends_once_on_or_after_the_day_the_child_entered_it() {
            fixture.given(ISSUED, new PlacementStarted(ID, "p1", school)).when(new EndPlacement(PLAN, "p1", parse("2025-07-18")))
                    .expectEvents(new PlacementEnded(ID, "p1", parse("2025-07-18")));
            refusedFor(fixture.given(ISSUED, new PlacementStarted(ID, "p1", school))
                    .when(new EndPlacement(PLAN, "p1", parse("2024-09-03"))), RuleBroken.class, Plan.STEPS_IN_ORDER);
            refusedFor(fixture.given(ISSUED, new PlacementStarted(ID, "p1", school), new PlacementEnded(ID, "p1",
                    parse("2025-07-18"))).when(new EndPlacement(PLAN, "p1", parse("2025-07-19"))), RuleBroken.class,
                    Placements.PLACEMENT_ENDED);
            fixture.given(ISSUED).when(new EndPlacement(PLAN, "p9", parse("2025-07-18")))
                    .expectException(UnknownReference.class);
        }

        @Test
        void a_transfers_amended_plan_naming_a_school_places_the_child_there_from_entry_and_ends_the_last_main_placement() {
            PhaseTransferSet transfer = new PhaseTransferSet(ID, PhaseTransfer.PRIMARY_TO_SECONDARY, 2026, parse("2026-02-14"), null);
            Placement secondary = new Placement("100002", null, null, null, 1, parse("2026-09-02"), null, false, false, false);
            fixture.given(ISSUED, new PlacementStarted(ID, "p1", school), transfer)
                    .when(new IssueTransferPlan(PLAN, parse("2026-02-10"), "Made-up Academy", "p2", secondary))
                    .expectEvents(new PhaseTransferPlanIssued(ID, parse("2026-02-10"), "Made-up Academy"),
                            new PlacementEnded(ID, "p1", parse("2026-09-01")), new PlacementStarted(ID, "p2", secondary));
            Placement beforeTheSchool = new Placement("100002", null, null, null, 1, parse("2024-09-01"), null, false, false,
                    false);
            refusedFor(fixture.given(ISSUED, new PlacementStarted(ID, "p1", school), transfer)
                    .when(new IssueTransferPlan(PLAN, parse("2026-02-10"), "Made-up Academy", "p2", beforeTheSchool)),
                    RuleBroken.class, Placements.MAIN_PLACEMENT_OPEN);
        }

        @Test
        void a_personal_budget_delivered_any_way_was_agreed() {
            fixture.given(ISSUED).when(new RecordPersonalBudget(PLAN, true, false, true, parse("2024-03-05")))
                    .expectEvents(new PersonalBudgetRecorded(ID, true, false, true, parse("2024-03-05")));
            refusedFor(fixture.given(ISSUED).when(new RecordPersonalBudget(PLAN, false, false, true, parse("2024-03-05"))),
                    InvalidField.class, "agreed");
        }
    }

    @Nested
    @DisplayName("a plan's letters (ADR 44)")
    class Letters {

        private static final String DIGEST = "ab".repeat(32);

        /** Issued, a meeting, then the decision notified on 14 February: the decision is the plan's event numbered 3. */
        private final ReviewDecisionNotified kept = new ReviewDecisionNotified(ID, ReviewDecision.MAINTAIN, parse("2025-02-10"),
                parse("2025-01-31"), parse("2025-02-28"), parse("2026-02-09"), null, parse("2025-02-14"));

        @Test
        void a_review_decisions_letter_is_recorded_sent_once_on_the_day_its_step_recorded_the_notice_going() {
            fixture.given(ISSUED, meeting("2025-01-31"), kept)
                    .when(new RecordPlanLetterSent(PLAN, 3, parse("2025-02-14"), LetterChannel.POST, null, DIGEST))
                    .expectEvents(new PlanLetterSent(ID, 3, Notice.REVIEW_MAINTAIN, parse("2025-02-10"), parse("2025-02-14"),
                            LetterChannel.POST, null, DIGEST));
            assertThat(families.told()).as("a plan issued here: its case's family is told").containsExactly(ID);
            refusedFor(fixture.given(ISSUED, meeting("2025-01-31"), kept, new PlanLetterSent(ID, 3, Notice.REVIEW_MAINTAIN,
                    parse("2025-02-10"), parse("2025-02-14"), LetterChannel.POST, null, DIGEST))
                    .when(new RecordPlanLetterSent(PLAN, 3, parse("2025-02-14"), LetterChannel.EMAIL, null, DIGEST)),
                    RuleBroken.class, "letter-already-sent");
        }

        @Test
        void another_day_than_the_steps_a_step_that_owes_no_letter_and_a_wrong_digest_are_refused() {
            refusedFor(fixture.given(ISSUED, meeting("2025-01-31"), kept)
                    .when(new RecordPlanLetterSent(PLAN, 3, parse("2025-02-17"), LetterChannel.POST, null, DIGEST)),
                    RuleBroken.class, Plan.NOTICE_DAY_RECORDED);
            fixture.given(ISSUED, meeting("2025-01-31"), kept)
                    .when(new RecordPlanLetterSent(PLAN, 2, parse("2025-02-14"), LetterChannel.POST, null, DIGEST))
                    .expectException(UnknownReference.class);
            refusedFor(fixture.given(ISSUED, meeting("2025-01-31"), kept)
                    .when(new RecordPlanLetterSent(PLAN, 3, parse("2025-02-14"), LetterChannel.POST, null, "not a digest")),
                    InvalidField.class, "pdfSha256");
            refusedFor(fixture.given(ISSUED, meeting("2025-01-31"), kept)
                    .when(new RecordPlanLetterSent(PLAN, 3, parse("2025-02-14"), LetterChannel.POST, parse("2025-02-13"), DIGEST)),
                    RuleBroken.class, Plan.STEPS_IN_ORDER);
        }

        @Test
        void a_decision_to_cease_and_a_transfers_notice_owe_letters_too() {
            fixture.given(ISSUED, new CessationDecided(ID, parse("2025-06-02"), CessationReason.NEEDS_MET))
                    .when(new RecordPlanLetterSent(PLAN, 2, parse("2025-06-02"), LetterChannel.BY_HAND, parse("2025-06-02"), DIGEST))
                    .expectEvents(new PlanLetterSent(ID, 2, Notice.DECISION_TO_CEASE, parse("2025-06-02"), parse("2025-06-02"),
                            LetterChannel.BY_HAND, parse("2025-06-02"), DIGEST));
            PlanRegistered transferred = new PlanRegistered(ID, CHILD, parse("2024-03-05"), parse("2025-02-10"),
                    parse("2026-04-19"), parse("2026-01-20"), "Elsewhere Council", null, null);
            fixture.given(transferred, new TransferNoticeSent(ID, parse("2026-02-02")))
                    .when(new RecordPlanLetterSent(PLAN, 2, parse("2026-02-02"), LetterChannel.EMAIL, null, DIGEST))
                    .expectEvents(new PlanLetterSent(ID, 2, Notice.TRANSFER_IN, parse("2026-02-02"), parse("2026-02-02"),
                            LetterChannel.EMAIL, null, DIGEST));
            assertThat(families.told()).as("only the plan issued here, not the one registered from before").containsExactly(ID);
        }
    }

    @Nested
    @DisplayName("the family answering proposed amendments from their page")
    class FamilyAnswer {

        private final ReviewDecisionNotified amend = new ReviewDecisionNotified(ID, ReviewDecision.AMEND, parse("2026-11-23"),
                parse("2026-11-16"), parse("2026-12-14"), parse("2027-11-22"), parse("2027-01-18"), parse("2026-11-23"));

        private Map<String, String> as(String user, Role role) {
            return Map.of(ActorMetadata.USER, user, ActorMetadata.ROLE, role.name());
        }

        @Test
        void is_the_answer_an_officer_would_record_dated_today_under_the_same_rules() {
            families.admit(ID, "family:mum");
            fixture.given(ISSUED, meeting("2026-11-16"), amend)
                    .when(new AnswerProposedAmendments(PLAN, DraftResponse.NONE), as("family:mum", Role.FAMILY))
                    .expectEvents(new AmendmentResponseReceived(ID, TODAY, DraftResponse.NONE));
            refusedFor(fixture.given(ISSUED, meeting("2026-11-16"), amend, new AmendmentResponseReceived(ID, TODAY, DraftResponse.NONE))
                    .when(new AnswerProposedAmendments(PLAN, DraftResponse.MEETING), as("family:mum", Role.FAMILY)),
                    RuleBroken.class, Plan.AMENDMENT_RESPONSE_RECORDED);
        }

        @Test
        void only_from_a_family_member_the_plans_case_admits() {
            fixture.given(ISSUED, meeting("2026-11-16"), amend)
                    .when(new AnswerProposedAmendments(PLAN, DraftResponse.NONE), as("family:stranger", Role.FAMILY))
                    .expectException(UnknownReference.class);
        }
    }
}
