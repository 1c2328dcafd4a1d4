package uk.ehcworkflow.command.dispute;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcworkflow.command.common.Refusals.refusedFor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.command.caseload.TrialCaseload;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.command.family.AskForMediation;
import uk.ehcworkflow.command.family.ToldFamilies;
import uk.ehcworkflow.command.plan.CessationChallenges;
import uk.ehcworkflow.events.assessment.PermittedExceptions;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.dispute.AgreementComplied;
import uk.ehcworkflow.events.dispute.AppealDecided;
import uk.ehcworkflow.events.dispute.AppealGround;
import uk.ehcworkflow.events.dispute.AppealNotOpposed;
import uk.ehcworkflow.events.dispute.AppealOutcome;
import uk.ehcworkflow.events.dispute.AppealRegistered;
import uk.ehcworkflow.events.dispute.AppealResponseDueStated;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.dispute.DisputeAssigned;
import uk.ehcworkflow.events.dispute.DisputeLetterSent;
import uk.ehcworkflow.events.dispute.DisputeOpened;
import uk.ehcworkflow.events.dispute.DisputeStep;
import uk.ehcworkflow.events.dispute.MediationAgreementRecorded;
import uk.ehcworkflow.events.dispute.MediationCertificateIssued;
import uk.ehcworkflow.events.dispute.MediationOutcome;
import uk.ehcworkflow.events.dispute.MediationRequested;
import uk.ehcworkflow.events.dispute.OrderComplied;
import uk.ehcworkflow.events.dispute.OrderDue;
import uk.ehcworkflow.events.dispute.OrderExceptionRecorded;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.events.letter.LetterChannel;
import uk.ehcworkflow.events.letter.Notice;

/** A disagreement with a decision: mediation, the appeal and its periods, and carrying out what was settled. */
class DisputeTest {

    private static final String ID = "dispute-1";
    private static final String CASE = "case-1";
    private static final LocalDate TODAY = parse("2026-11-30");
    private final ToldFamilies families = new ToldFamilies();
    private static final LocalDate LETTER = parse("2026-01-05");
    private static final DisputeOpened REFUSAL_DISPUTED = opened(AppealableDecision.DECISION_NOT_TO_ASSESS, LETTER,
            parse("2026-01-20"));
    private static final MediationCertificateIssued NOT_RESOLVED = new MediationCertificateIssued(ID, CASE,
            parse("2026-02-20"), true, MediationOutcome.NOT_RESOLVED, parse("2026-03-20"));
    private static final AppealRegistered APPEALED = new AppealRegistered(ID, CASE, parse("2026-03-10"),
            List.of(AppealGround.REFUSAL_TO_ASSESS), parse("2026-03-20"), false, parse("2026-04-21"), parse("2026-03-10"));

    private FixtureConfiguration<Dispute> fixture;
    private final FakeCases cases = new FakeCases();

    /** The assessments and plans, at the boundary: which decisions are on record, and which cases were reopened. */
    static final class FakeCases extends DisputedCases {
        final Set<String> onRecord = new HashSet<>();
        final List<String> reopened = new ArrayList<>();
        final List<String> disputedOnPlans = new ArrayList<>();
        /** The family members who hold a taken-up invitation to the case, by user id. */
        final Set<String> family = new HashSet<>();

        FakeCases() {
            super(null, null, null, null, null);
        }

        @Override
        void requireOnRecord(String caseId, DecisionLetter letter) {
            if (!onRecord.contains(caseId + " " + letter.decision() + " " + letter.letterOn())) {
                throw new RuleBroken(DECISION_NOT_RECORDED, "not on record");
            }
        }

        @Override
        void requireCarriedOut(String caseId, DecisionLetter step) {
            if (!onRecord.contains(caseId + " " + step.decision() + " " + step.letterOn())) {
                throw new RuleBroken(STEP_NOT_RECORDED, "not on record");
            }
        }

        @Override
        void disputed(String caseId, String disputeId, DecisionLetter letter) {
            disputedOnPlans.add(caseId + " " + letter.decision() + " by " + disputeId);
        }

        @Override
        void requireFamilyMember(String caseId, String role, String user) {
            if (!"FAMILY".equals(role) || !family.contains(user)) {
                throw new UnknownReference("unknown-id", "Nothing with id " + caseId + " exists.");
            }
        }

        @Override
        void reopen(String caseId, String disputeId, TribunalOrder order, LocalDate from) {
            reopened.add(caseId + " " + order + " from " + from);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Dispute.class);
        fixture.registerInjectableResource(cases);
        fixture.registerInjectableResource(families);
        fixture.registerInjectableResource(TrialCaseload.caseload());
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London")));
    }

    private static DisputeOpened opened(AppealableDecision decision, LocalDate letter, LocalDate adviser) {
        return new DisputeOpened(ID, CASE, decision, letter, adviser, letter.plusMonths(2), letter.plusMonths(2));
    }

    @Nested
    @DisplayName("Whose caseload: the officer who opened the dispute, until someone moves it")
    class Caseload {

        @Test
        void a_dispute_goes_into_the_caseload_of_the_officer_who_opened_it() {
            cases.onRecord.add(CASE + " DECISION_NOT_TO_ASSESS 2025-12-31");
            fixture.givenNoPriorActivity()
                    .when(new OpenDispute(ID, CASE, AppealableDecision.DECISION_NOT_TO_ASSESS, parse("2025-12-31"), null),
                            Map.of(ActorMetadata.USER, "officer"))
                    .expectEvents(new DisputeOpened(ID, CASE, AppealableDecision.DECISION_NOT_TO_ASSESS, parse("2025-12-31"),
                            null, parse("2026-02-28"), parse("2026-03-02")),
                            new DisputeAssigned(ID, CASE, new Holder("officer", "North")));
        }

        @Test
        void a_dispute_moves_to_another_officer_the_area_knows() {
            DisputeOpened opened = opened(AppealableDecision.DECISION_NOT_TO_ASSESS, parse("2025-12-31"), null);
            fixture.given(opened).when(new AssignDispute(ID, "officer2", "South"))
                    .expectEvents(new DisputeAssigned(ID, CASE, new Holder("officer2", "South")));
            refusedFor(fixture.given(opened).when(new AssignDispute(ID, "officer2", "West")), InvalidField.class, "team");
        }
    }

    @Nested
    @DisplayName("Opening: a decision on record, and the family's two months")
    class Opening {

        @Test
        void a_letter_of_31_december_gives_mediation_until_february_ends_and_an_appeal_until_the_next_working_day() {
            cases.onRecord.add(CASE + " DECISION_NOT_TO_ASSESS 2025-12-31");
            fixture.givenNoPriorActivity()
                    .when(new OpenDispute(ID, CASE, AppealableDecision.DECISION_NOT_TO_ASSESS, parse("2025-12-31"),
                            parse("2026-01-10")))
                    .expectEvents(new DisputeOpened(ID, CASE, AppealableDecision.DECISION_NOT_TO_ASSESS,
                            parse("2025-12-31"), parse("2026-01-10"), parse("2026-02-28"), parse("2026-03-02")));
        }

        @Test
        void a_decision_that_is_not_on_record_on_that_date_cannot_be_disputed() {
            cases.onRecord.add(CASE + " DECISION_NOT_TO_ASSESS 2026-01-05");
            refusedFor(fixture.givenNoPriorActivity().when(new OpenDispute(ID, CASE,
                    AppealableDecision.DECISION_NOT_TO_ASSESS, parse("2026-01-06"), null)),
                    RuleBroken.class, DisputedCases.DECISION_NOT_RECORDED);
        }

        @Test
        void the_adviser_is_not_contacted_before_the_letter_nor_in_the_future() {
            cases.onRecord.add(CASE + " DECISION_NOT_TO_ASSESS 2026-01-05");
            refusedFor(fixture.givenNoPriorActivity().when(new OpenDispute(ID, CASE,
                    AppealableDecision.DECISION_NOT_TO_ASSESS, LETTER, parse("2026-01-04"))),
                    RuleBroken.class, Dispute.STEPS_IN_ORDER);
            refusedFor(fixture.givenNoPriorActivity().when(new OpenDispute(ID, CASE,
                    AppealableDecision.DECISION_NOT_TO_ASSESS, LETTER, TODAY.plusDays(1))),
                    RuleBroken.class, Dates.DATE_IN_FUTURE);
        }
    }

    @Nested
    @DisplayName("Mediation (regs 32-42)")
    class Mediation {

        @Test
        void a_certificate_a_month_after_the_letter_moves_the_appeal_deadline_to_a_month_after_it() {
            fixture.given(REFUSAL_DISPUTED)
                    .when(new RecordMediationCertificate(ID, parse("2026-02-20"), true, MediationOutcome.NOT_RESOLVED))
                    .expectEvents(new MediationCertificateIssued(ID, CASE, parse("2026-02-20"), true,
                            MediationOutcome.NOT_RESOLVED, parse("2026-03-20")));
        }

        @Test
        void an_early_certificate_leaves_the_two_months_from_the_letter() {
            fixture.given(REFUSAL_DISPUTED)
                    .when(new RecordMediationCertificate(ID, parse("2026-01-22"), false, MediationOutcome.DECLINED))
                    .expectEvents(new MediationCertificateIssued(ID, CASE, parse("2026-01-22"), false,
                            MediationOutcome.DECLINED, parse("2026-03-05")));
        }

        @Test
        void a_certificate_is_issued_once_and_only_after_an_adviser_was_contacted() {
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED)
                    .when(new RecordMediationCertificate(ID, parse("2026-02-21"), true, MediationOutcome.RESOLVED)),
                    RuleBroken.class, Dispute.CERTIFICATE_ALREADY_ISSUED);
            refusedFor(fixture.given(opened(AppealableDecision.FINAL_PLAN_ISSUED, LETTER, null))
                    .when(new RecordMediationCertificate(ID, parse("2026-02-21"), true, MediationOutcome.RESOLVED)),
                    RuleBroken.class, Dispute.NO_MEDIATION_ADVISER);
        }

        @Test
        void declining_mediation_means_none_was_held() {
            refusedFor(fixture.given(REFUSAL_DISPUTED)
                    .when(new RecordMediationCertificate(ID, parse("2026-01-22"), true, MediationOutcome.DECLINED)),
                    InvalidField.class, "mediationHeld");
        }

        @Test
        void an_agreement_on_an_appealable_matter_is_owed_in_the_orders_periods_and_reopens_a_refused_assessment() {
            fixture.given(REFUSAL_DISPUTED)
                    .when(new RecordMediationAgreement(ID, parse("2026-02-02"), "Assess after all", true, null))
                    .expectEvents(new MediationAgreementRecorded(ID, CASE, parse("2026-02-02"), "Assess after all", true,
                            TribunalOrder.ASSESS, TribunalOrder.ASSESS.deadlines(parse("2026-02-02")), parse("2026-05-11")));
            assertThat(cases.reopened).containsExactly(CASE + " ASSESS from 2026-02-02");
        }

        @Test
        void an_agreement_on_other_matters_is_owed_within_two_weeks() {
            fixture.given(REFUSAL_DISPUTED)
                    .when(new RecordMediationAgreement(ID, parse("2026-02-02"), "Health to fund a review", false, null))
                    .expectEvents(new MediationAgreementRecorded(ID, CASE, parse("2026-02-02"), "Health to fund a review",
                            false, null, List.of(), parse("2026-02-16")));
            assertThat(cases.reopened).isEmpty();
        }

        @Test
        void no_agreement_comes_of_mediation_that_did_not_resolve_anything() {
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED)
                    .when(new RecordMediationAgreement(ID, parse("2026-02-22"), "x", false, null)),
                    RuleBroken.class, Dispute.AGREEMENT_WITHOUT_MEDIATION);
        }

        @Test
        void an_agreement_is_recorded_once_and_amounts_only_to_an_order_the_decision_allows() {
            MediationAgreementRecorded agreed = new MediationAgreementRecorded(ID, CASE, parse("2026-02-02"), "x", false,
                    null, List.of(), parse("2026-02-16"));
            refusedFor(fixture.given(REFUSAL_DISPUTED, agreed)
                    .when(new RecordMediationAgreement(ID, parse("2026-02-03"), "y", false, null)),
                    RuleBroken.class, Dispute.AGREEMENT_ALREADY_RECORDED);
            refusedFor(fixture.given(REFUSAL_DISPUTED)
                    .when(new RecordMediationAgreement(ID, parse("2026-02-03"), "y", true, TribunalOrder.AMEND_SECTION_I)),
                    RuleBroken.class, Dispute.ORDER_NOT_FOR_THIS_DECISION);
            refusedFor(fixture.given(REFUSAL_DISPUTED)
                    .when(new RecordMediationAgreement(ID, parse("2026-02-03"), "y", false, TribunalOrder.ASSESS)),
                    InvalidField.class, "order");
        }

        @Test
        void an_agreement_is_carried_out_once_and_only_if_there_is_one() {
            refusedFor(fixture.given(REFUSAL_DISPUTED).when(new RecordAgreementCompliance(ID, parse("2026-02-17"), null)),
                    RuleBroken.class, Dispute.NO_AGREEMENT);
            refusedFor(fixture.given(REFUSAL_DISPUTED, new MediationAgreementRecorded(ID, CASE, parse("2026-02-02"), "x",
                                    false, null, List.of(), parse("2026-02-16")),
                            new AgreementComplied(ID, CASE, null, parse("2026-02-10"), parse("2026-02-16"), true))
                    .when(new RecordAgreementCompliance(ID, parse("2026-02-17"), null)),
                    RuleBroken.class, Dispute.AGREEMENT_ALREADY_COMPLIED);
        }

        @Test
        void mediation_that_ended_in_any_outcome_but_declined_was_held() {
            refusedFor(fixture.given(REFUSAL_DISPUTED)
                    .when(new RecordMediationCertificate(ID, parse("2026-02-20"), false, MediationOutcome.PARTLY_RESOLVED)),
                    InvalidField.class, "mediationHeld");
        }

        @Test
        void an_agreement_carried_out_late_says_so() {
            fixture.given(REFUSAL_DISPUTED, new MediationAgreementRecorded(ID, CASE, parse("2026-02-02"), "x", false,
                            null, List.of(), parse("2026-02-16")))
                    .when(new RecordAgreementCompliance(ID, parse("2026-02-17"), null))
                    .expectEvents(new AgreementComplied(ID, CASE, null, parse("2026-02-17"), parse("2026-02-16"), false));
        }
    }

    @Nested
    @DisplayName("The appeal (CFA s51, s55; r.20)")
    class Appeal {

        @Test
        void an_appeal_after_the_deadline_is_accepted_and_marked_late() {
            fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED)
                    .when(new RegisterAppeal(ID, parse("2026-03-23"), parse("2026-03-23"), List.of(AppealGround.REFUSAL_TO_ASSESS)))
                    .expectEvents(new AppealRegistered(ID, CASE, parse("2026-03-23"), List.of(AppealGround.REFUSAL_TO_ASSESS),
                            // the response: Easter and the early May bank holiday are not counted
                            parse("2026-03-20"), true, parse("2026-05-07"), parse("2026-03-23")));
        }

        @Test
        void an_appeal_needs_a_mediation_certificate_unless_it_is_about_section_i_alone() {
            refusedFor(fixture.given(REFUSAL_DISPUTED)
                    .when(new RegisterAppeal(ID, parse("2026-02-01"), null, List.of(AppealGround.REFUSAL_TO_ASSESS))),
                    RuleBroken.class, Dispute.CERTIFICATE_NEEDED);
            DisputeOpened planContents = opened(AppealableDecision.FINAL_PLAN_ISSUED, LETTER, null);
            refusedFor(fixture.given(planContents)
                    .when(new RegisterAppeal(ID, parse("2026-02-01"), null, List.of(AppealGround.SECTION_I, AppealGround.SECTION_F))),
                    RuleBroken.class, Dispute.CERTIFICATE_NEEDED);
            fixture.given(planContents)
                    .when(new RegisterAppeal(ID, parse("2026-02-01"), parse("2026-02-01"), List.of(AppealGround.SECTION_I)))
                    .expectEvents(new AppealRegistered(ID, CASE, parse("2026-02-01"), List.of(AppealGround.SECTION_I),
                            parse("2026-03-05"), false, parse("2026-03-13"), parse("2026-02-01")));
        }

        @Test
        void the_grounds_must_be_ones_the_decision_can_be_appealed_on() {
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED)
                    .when(new RegisterAppeal(ID, parse("2026-03-01"), null, List.of(AppealGround.SECTION_I))),
                    RuleBroken.class, Dispute.GROUND_NOT_FOR_THIS_DECISION);
        }

        @Test
        void an_appeal_is_registered_once_and_not_before_the_letter() {
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED)
                    .when(new RegisterAppeal(ID, parse("2026-03-11"), null, List.of(AppealGround.REFUSAL_TO_ASSESS))),
                    RuleBroken.class, Dispute.APPEAL_ALREADY_REGISTERED);
            refusedFor(fixture.given(opened(AppealableDecision.FINAL_PLAN_ISSUED, LETTER, null))
                    .when(new RegisterAppeal(ID, parse("2026-01-04"), null, List.of(AppealGround.SECTION_I))),
                    RuleBroken.class, Dispute.STEPS_IN_ORDER);
        }
    }

    @Nested
    @DisplayName("Outcome and orders (reg 44, 45)")
    class Orders {

        @Test
        void a_concession_counts_the_orders_periods_from_the_day_the_area_said_it_would_not_oppose_and_reopens_the_case() {
            fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED, new AppealNotOpposed(ID, CASE, parse("2026-04-01")))
                    .when(new RecordAppealOutcome(ID, parse("2026-04-20"), null, AppealOutcome.CONCEDED,
                            List.of(TribunalOrder.ASSESS)))
                    .expectEvents(new AppealDecided(ID, CASE, parse("2026-04-20"), AppealOutcome.CONCEDED,
                            OrderDue.of(List.of(TribunalOrder.ASSESS), parse("2026-04-01")), parse("2026-04-20")));
            assertThat(cases.reopened).containsExactly(CASE + " ASSESS from 2026-04-01");
        }

        @Test
        void an_order_about_a_plans_contents_runs_from_the_decision_and_reopens_nothing() {
            fixture.given(opened(AppealableDecision.FINAL_PLAN_ISSUED, LETTER, null),
                            new AppealRegistered(ID, CASE, parse("2026-02-01"), List.of(AppealGround.SECTION_I),
                                    parse("2026-03-05"), false, parse("2026-03-13"), parse("2026-02-01")))
                    .when(new RecordAppealOutcome(ID, parse("2026-05-04"), null, AppealOutcome.UPHELD,
                            List.of(TribunalOrder.AMEND_SECTION_I)))
                    .expectEvents(new AppealDecided(ID, CASE, parse("2026-05-04"), AppealOutcome.UPHELD,
                            List.of(new OrderDue(TribunalOrder.AMEND_SECTION_I, parse("2026-05-04"),
                                    TribunalOrder.AMEND_SECTION_I.deadlines(parse("2026-05-04")), parse("2026-05-18"))), parse("2026-05-04")));
            assertThat(cases.reopened).isEmpty();
        }

        @Test
        void a_cessation_appeal_can_end_in_keeping_the_plan_and_amending_it_within_five_weeks() {
            fixture.given(opened(AppealableDecision.REVIEW_CEASE, LETTER, parse("2026-01-20")), NOT_RESOLVED,
                            new AppealRegistered(ID, CASE, parse("2026-03-10"), List.of(AppealGround.CEASE),
                                    parse("2026-03-20"), false, parse("2026-04-21"), parse("2026-03-10")))
                    .when(new RecordAppealOutcome(ID, parse("2026-05-04"), null, AppealOutcome.UPHELD,
                            List.of(TribunalOrder.CONTINUE_AND_AMEND)))
                    .expectEvents(new AppealDecided(ID, CASE, parse("2026-05-04"), AppealOutcome.UPHELD,
                            List.of(new OrderDue(TribunalOrder.CONTINUE_AND_AMEND, parse("2026-05-04"),
                                    TribunalOrder.CONTINUE_AND_AMEND.deadlines(parse("2026-05-04")), parse("2026-06-08"))), parse("2026-05-04")));
            assertThat(cases.reopened).isEmpty();
        }

        @Test
        void the_area_says_once_that_it_will_not_oppose_an_appeal_not_yet_decided() {
            AppealNotOpposed notOpposed = new AppealNotOpposed(ID, CASE, parse("2026-04-01"));
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED).when(new DeclineToOppose(ID, parse("2026-04-01"))),
                    RuleBroken.class, Dispute.NO_APPEAL);
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED, notOpposed)
                    .when(new DeclineToOppose(ID, parse("2026-04-02"))), RuleBroken.class, Dispute.ALREADY_NOT_OPPOSED);
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED)
                    .when(new DeclineToOppose(ID, parse("2026-03-09"))), RuleBroken.class, Dispute.STEPS_IN_ORDER);
        }

        @Test
        void each_order_is_given_once() {
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED)
                    .when(new RecordAppealOutcome(ID, parse("2026-05-04"), null, AppealOutcome.UPHELD,
                            List.of(TribunalOrder.ASSESS, TribunalOrder.ASSESS))), InvalidField.class, "orders");
        }

        @Test
        void a_dismissed_or_withdrawn_appeal_orders_nothing() {
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED)
                    .when(new RecordAppealOutcome(ID, parse("2026-05-04"), null, AppealOutcome.DISMISSED,
                            List.of(TribunalOrder.ASSESS))),
                    RuleBroken.class, Dispute.ORDERS_NEED_A_FAMILY_WIN);
        }

        @Test
        void an_order_must_be_one_the_disputed_decision_allows() {
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED)
                    .when(new RecordAppealOutcome(ID, parse("2026-05-04"), null, AppealOutcome.UPHELD,
                            List.of(TribunalOrder.AMEND_SECTION_I))),
                    RuleBroken.class, Dispute.ORDER_NOT_FOR_THIS_DECISION);
        }

        @Test
        void an_outcome_needs_an_appeal_and_is_recorded_once() {
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED)
                    .when(new RecordAppealOutcome(ID, parse("2026-05-04"), null, AppealOutcome.DISMISSED, List.of())),
                    RuleBroken.class, Dispute.NO_APPEAL);
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED,
                            new AppealDecided(ID, CASE, parse("2026-05-04"), AppealOutcome.DISMISSED, List.of(), parse("2026-05-04")))
                    .when(new RecordAppealOutcome(ID, parse("2026-05-05"), null, AppealOutcome.UPHELD, List.of())),
                    RuleBroken.class, Dispute.APPEAL_ALREADY_DECIDED);
        }

        @Test
        void an_order_to_assess_carried_out_by_a_plan_after_fourteen_weeks_is_late() {
            cases.onRecord.add(CASE + " FINAL_PLAN_ISSUED 2026-07-14");
            fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED,
                            new AppealDecided(ID, CASE, parse("2026-04-06"), AppealOutcome.UPHELD,
                                    OrderDue.of(List.of(TribunalOrder.ASSESS), parse("2026-04-06")), parse("2026-04-06")))
                    .when(new RecordOrderCompliance(ID, TribunalOrder.ASSESS, parse("2026-07-14"), null))
                    .expectEvents(new OrderComplied(ID, CASE, TribunalOrder.ASSESS, ComplianceStep.FINAL_PLAN_ISSUED,
                            parse("2026-07-14"), parse("2026-07-13"), false));
        }

        @Test
        void an_order_to_assess_carried_out_by_a_decision_not_to_issue_has_ten_weeks() {
            cases.onRecord.add(CASE + " DECISION_NOT_TO_ISSUE 2026-06-15");
            fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED,
                            new AppealDecided(ID, CASE, parse("2026-04-06"), AppealOutcome.UPHELD,
                                    OrderDue.of(List.of(TribunalOrder.ASSESS), parse("2026-04-06")), parse("2026-04-06")))
                    .when(new RecordOrderCompliance(ID, TribunalOrder.ASSESS, parse("2026-06-15"),
                            ComplianceStep.DECISION_NOT_TO_ISSUE))
                    .expectEvents(new OrderComplied(ID, CASE, TribunalOrder.ASSESS, ComplianceStep.DECISION_NOT_TO_ISSUE,
                            parse("2026-06-15"), parse("2026-06-15"), true));
        }

        @Test
        void a_reopened_case_carries_its_order_out_by_its_own_step_on_that_day() {
            cases.onRecord.add(CASE + " FINAL_PLAN_ISSUED 2026-07-14");
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED,
                            new AppealDecided(ID, CASE, parse("2026-04-06"), AppealOutcome.UPHELD,
                                    OrderDue.of(List.of(TribunalOrder.ASSESS), parse("2026-04-06")), parse("2026-04-06")))
                    .when(new RecordOrderCompliance(ID, TribunalOrder.ASSESS, parse("2026-07-10"), null)),
                    RuleBroken.class, DisputedCases.STEP_NOT_RECORDED);
        }

        @Test
        void an_order_carried_out_owes_the_family_a_letter_recorded_as_sent_once_and_news_to_the_cases_family() {
            AppealDecided ordered = new AppealDecided(ID, CASE, parse("2026-04-06"), AppealOutcome.UPHELD,
                    OrderDue.of(List.of(TribunalOrder.ASSESS), parse("2026-04-06")), parse("2026-04-06"));
            OrderComplied complied = new OrderComplied(ID, CASE, TribunalOrder.ASSESS, ComplianceStep.FINAL_PLAN_ISSUED,
                    parse("2026-07-01"), parse("2026-07-13"), true);
            String digest = "cd".repeat(32);
            // opened, certificate, appeal, outcome, compliance: the letter is owed by the dispute's fifth event
            fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED, ordered, complied)
                    .when(new RecordDisputeLetterSent(ID, 5, parse("2026-07-02"), LetterChannel.POST, null, digest))
                    .expectEvents(new DisputeLetterSent(ID, CASE, 5, Notice.ORDER_COMPLIED, parse("2026-07-01"),
                            parse("2026-07-02"), LetterChannel.POST, null, digest));
            assertThat(families.told()).containsExactly(CASE);
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED, ordered, complied)
                    .when(new RecordDisputeLetterSent(ID, 5, parse("2026-06-30"), LetterChannel.POST, null, digest)),
                    RuleBroken.class, Dispute.STEPS_IN_ORDER);
            fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED, ordered, complied)
                    .when(new RecordDisputeLetterSent(ID, 4, parse("2026-07-02"), LetterChannel.POST, null, digest))
                    .expectException(UnknownReference.class);
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED, ordered, complied,
                            new DisputeLetterSent(ID, CASE, 5, Notice.ORDER_COMPLIED, parse("2026-07-01"), parse("2026-07-02"),
                                    LetterChannel.POST, null, digest))
                    .when(new RecordDisputeLetterSent(ID, 5, parse("2026-07-03"), LetterChannel.EMAIL, null, digest)),
                    RuleBroken.class, "letter-already-sent");
        }

        @Test
        void each_order_is_complied_with_once_by_a_step_that_carries_it_out() {
            AppealDecided ordered = new AppealDecided(ID, CASE, parse("2026-04-06"), AppealOutcome.UPHELD,
                    OrderDue.of(List.of(TribunalOrder.ASSESS), parse("2026-04-06")), parse("2026-04-06"));
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED, ordered)
                    .when(new RecordOrderCompliance(ID, TribunalOrder.ASSESS, parse("2026-04-10"),
                            ComplianceStep.NOTICE_TO_ASSESS)), InvalidField.class, "step");
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED, ordered)
                    .when(new RecordOrderCompliance(ID, TribunalOrder.ISSUE_PLAN, parse("2026-04-10"), null)),
                    RuleBroken.class, Dispute.ORDER_NOT_MADE);
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED, APPEALED, ordered,
                            new OrderComplied(ID, CASE, TribunalOrder.ASSESS, ComplianceStep.FINAL_PLAN_ISSUED,
                                    parse("2026-07-01"), parse("2026-07-13"), true))
                    .when(new RecordOrderCompliance(ID, TribunalOrder.ASSESS, parse("2026-07-02"), null)),
                    RuleBroken.class, Dispute.ORDER_ALREADY_COMPLIED);
        }
    }

    @Test
    void the_page_offers_only_what_the_rules_accept_today() {
        fixture.given(REFUSAL_DISPUTED)
                .when(new RecordMediationCertificate(ID, parse("2026-02-20"), true, MediationOutcome.NOT_RESOLVED))
                .expectState(dispute -> assertThat(dispute.nextSteps(TODAY)).containsExactly(DisputeStep.APPEAL));
        fixture.given(opened(AppealableDecision.FINAL_PLAN_ISSUED, LETTER, null))
                .when(new RegisterAppeal(ID, parse("2026-02-01"), null, List.of(AppealGround.SECTION_I)))
                .expectState(dispute -> assertThat(dispute.nextSteps(TODAY))
                        .containsExactly(DisputeStep.RESPONSE_DUE, DisputeStep.NOT_OPPOSED, DisputeStep.OUTCOME));
        fixture.given(REFUSAL_DISPUTED)
                .when(new RecordMediationRequest(ID, parse("2026-01-25")))
                .expectState(dispute -> assertThat(dispute.nextSteps(TODAY))
                        .containsExactly(DisputeStep.CERTIFICATE, DisputeStep.AGREEMENT));
    }

    @Nested
    @DisplayName("The Tribunal's clocks (r.12, r.20, r.21; regs 37, 44, 45)")
    class TribunalClocks {

        private final DisputeOpened refusedInJune = new DisputeOpened(ID, CASE, AppealableDecision.DECISION_NOT_TO_ASSESS,
                parse("2025-06-10"), parse("2025-06-20"), parse("2025-08-10"), parse("2025-08-11"));
        private final MediationCertificateIssued certifiedInJuly = new MediationCertificateIssued(ID, CASE,
                parse("2025-07-31"), true, MediationOutcome.NOT_RESOLVED, parse("2025-09-01"));

        @Test
        void an_appeal_received_on_the_last_day_and_registered_after_it_is_not_late() {
            // r.20: letter 2025-06-10, certificate 2025-07-31 -> last day 2025-09-01; received then, registered 2025-09-05.
            fixture.given(refusedInJune, certifiedInJuly)
                    .when(new RegisterAppeal(ID, parse("2025-09-01"), parse("2025-09-05"),
                            List.of(AppealGround.REFUSAL_TO_ASSESS)))
                    .expectEvents(new AppealRegistered(ID, CASE, parse("2025-09-05"), List.of(AppealGround.REFUSAL_TO_ASSESS),
                            parse("2025-09-01"), false, parse("2025-10-17"), parse("2025-09-01")));
        }

        @Test
        void until_the_registration_is_known_the_response_is_counted_from_receipt() {
            fixture.given(refusedInJune, certifiedInJuly)
                    .when(new RegisterAppeal(ID, parse("2025-09-02"), null, List.of(AppealGround.REFUSAL_TO_ASSESS)))
                    .expectEvents(new AppealRegistered(ID, CASE, null, List.of(AppealGround.REFUSAL_TO_ASSESS),
                            parse("2025-09-01"), true, parse("2025-10-14"), parse("2025-09-02")));
        }

        @Test
        void an_appeal_is_not_registered_before_it_was_received() {
            refusedFor(fixture.given(refusedInJune, certifiedInJuly)
                    .when(new RegisterAppeal(ID, parse("2025-09-05"), parse("2025-09-01"),
                            List.of(AppealGround.REFUSAL_TO_ASSESS))),
                    RuleBroken.class, Dispute.STEPS_IN_ORDER);
        }

        @Test
        void the_day_the_tribunal_states_for_the_response_is_kept_while_the_appeal_is_undecided() {
            AppealRegistered appealed = new AppealRegistered(ID, CASE, parse("2025-07-10"),
                    List.of(AppealGround.REFUSAL_TO_ASSESS), parse("2025-09-01"), false, parse("2025-09-19"),
                    parse("2025-07-10"));
            fixture.given(refusedInJune, certifiedInJuly, appealed)
                    .when(new RecordResponseDue(ID, parse("2025-09-26")))
                    .expectEvents(new AppealResponseDueStated(ID, CASE, parse("2025-09-26")));
            refusedFor(fixture.given(refusedInJune, certifiedInJuly, appealed)
                    .when(new RecordResponseDue(ID, parse("2025-07-09"))), RuleBroken.class, Dispute.STEPS_IN_ORDER);
            refusedFor(fixture.given(refusedInJune, certifiedInJuly, appealed)
                    .when(new RecordResponseDue(ID, parse("2027-07-10"))), InvalidField.class, "dueOn");
            refusedFor(fixture.given(refusedInJune, certifiedInJuly).when(new RecordResponseDue(ID, parse("2025-09-26"))),
                    RuleBroken.class, Dispute.NO_APPEAL);
        }

        @Test
        void a_concession_after_the_response_was_due_counts_the_orders_from_the_day_the_order_was_sent() {
            // reg 45: registered 2026-03-02, response due 2026-04-15, conceded 2026-06-01; order of 2026-06-12 -> 2026-07-17.
            fixture.given(opened(AppealableDecision.FINAL_PLAN_ISSUED, LETTER, parse("2026-01-10")),
                            new MediationCertificateIssued(ID, CASE, parse("2026-02-02"), false, MediationOutcome.DECLINED,
                                    parse("2026-03-05")),
                            new AppealRegistered(ID, CASE, parse("2026-03-02"), List.of(AppealGround.SECTION_B),
                                    parse("2026-03-05"), false, parse("2026-04-15"), parse("2026-03-02")),
                            new AppealNotOpposed(ID, CASE, parse("2026-06-01")))
                    .when(new RecordAppealOutcome(ID, parse("2026-06-12"), null, AppealOutcome.CONCEDED,
                            List.of(TribunalOrder.AMEND_SECTIONS_B_F)))
                    .expectEvents(new AppealDecided(ID, CASE, parse("2026-06-12"), AppealOutcome.CONCEDED,
                            List.of(new OrderDue(TribunalOrder.AMEND_SECTIONS_B_F, parse("2026-06-12"),
                                    TribunalOrder.AMEND_SECTIONS_B_F.deadlines(parse("2026-06-12")), parse("2026-07-17"))),
                            parse("2026-06-12")));
        }

        @Test
        void orders_run_from_the_day_the_decision_was_sent_which_is_not_before_it_was_made() {
            AppealRegistered sectionI = new AppealRegistered(ID, CASE, parse("2026-02-01"), List.of(AppealGround.SECTION_I),
                    parse("2026-03-05"), false, parse("2026-03-13"), parse("2026-02-01"));
            fixture.given(opened(AppealableDecision.FINAL_PLAN_ISSUED, LETTER, null), sectionI)
                    .when(new RecordAppealOutcome(ID, parse("2026-05-04"), parse("2026-05-08"), AppealOutcome.UPHELD,
                            List.of(TribunalOrder.AMEND_SECTION_I)))
                    .expectEvents(new AppealDecided(ID, CASE, parse("2026-05-04"), AppealOutcome.UPHELD,
                            List.of(new OrderDue(TribunalOrder.AMEND_SECTION_I, parse("2026-05-08"),
                                    TribunalOrder.AMEND_SECTION_I.deadlines(parse("2026-05-08")), parse("2026-05-22"))),
                            parse("2026-05-08")));
            refusedFor(fixture.given(opened(AppealableDecision.FINAL_PLAN_ISSUED, LETTER, null), sectionI)
                    .when(new RecordAppealOutcome(ID, parse("2026-05-04"), parse("2026-05-01"), AppealOutcome.UPHELD,
                            List.of(TribunalOrder.AMEND_SECTION_I))), RuleBroken.class, Dispute.STEPS_IN_ORDER);
        }

        @Test
        void orders_to_amend_b_f_and_i_together_owe_one_amended_plan_in_five_weeks() {
            // reg 44(2): orders of 2026-01-05 on B, F and I -> 2026-02-09; an amended plan on 2026-02-02 is in time.
            AppealDecided ordered = new AppealDecided(ID, CASE, parse("2026-01-05"), AppealOutcome.UPHELD,
                    OrderDue.of(List.of(TribunalOrder.AMEND_SECTIONS_B_F, TribunalOrder.AMEND_SECTION_I),
                            parse("2026-01-05")), parse("2026-01-05"));
            assertThat(ordered.orders()).extracting(OrderDue::dueBy).containsExactly(parse("2026-02-09"), parse("2026-02-09"));
            fixture.given(opened(AppealableDecision.FINAL_PLAN_ISSUED, parse("2025-09-01"), parse("2025-09-05")),
                            new AppealRegistered(ID, CASE, parse("2025-10-01"), List.of(AppealGround.SECTION_B),
                                    parse("2025-11-03"), false, parse("2025-11-12"), parse("2025-10-01")), ordered)
                    .when(new RecordOrderCompliance(ID, TribunalOrder.AMEND_SECTION_I, parse("2026-02-02"), null))
                    .expectEvents(new OrderComplied(ID, CASE, TribunalOrder.AMEND_SECTION_I,
                            ComplianceStep.AMENDED_PLAN_ISSUED, parse("2026-02-02"), parse("2026-02-09"), true));
        }

        @Test
        void a_dispute_about_ceasing_runs_until_its_last_day_to_appeal_passes_or_it_ends_and_an_order_to_keep_withdraws_it() {
            DisputeOpened cease = opened(AppealableDecision.REVIEW_CEASE, parse("2025-06-02"), parse("2025-06-10"));
            MediationCertificateIssued declined = new MediationCertificateIssued(ID, CASE, parse("2025-08-20"), false,
                    MediationOutcome.DECLINED, parse("2025-09-22"));
            fixture.given(cease).when(new RecordMediationCertificate(ID, parse("2025-08-20"), false, MediationOutcome.DECLINED))
                    .expectState(dispute -> {
                        // the certificate moves the last day to 2025-09-22
                        assertThat(dispute.standingOn(parse("2025-09-22"))).isEqualTo(CessationChallenges.Standing.RUNNING);
                        assertThat(dispute.standingOn(parse("2025-09-23"))).isEqualTo(CessationChallenges.Standing.NONE_RUNNING);
                    });
            AppealRegistered appealed = new AppealRegistered(ID, CASE, parse("2025-09-10"), List.of(AppealGround.CEASE),
                    parse("2025-09-22"), false, parse("2025-10-22"), parse("2025-09-10"));
            fixture.given(cease, declined, appealed)
                    .when(new RecordAppealOutcome(ID, parse("2026-01-12"), null, AppealOutcome.UPHELD,
                            List.of(TribunalOrder.CONTINUE_TO_MAINTAIN)))
                    .expectState(dispute -> assertThat(dispute.standingOn(parse("2026-01-13")))
                            .isEqualTo(CessationChallenges.Standing.DECISION_WITHDRAWN));
            fixture.given(cease, declined, appealed)
                    .when(new RecordAppealOutcome(ID, parse("2026-01-12"), null, AppealOutcome.DISMISSED, List.of()))
                    .expectState(dispute -> assertThat(dispute.standingOn(parse("2026-01-13")))
                            .isEqualTo(CessationChallenges.Standing.NONE_RUNNING));
        }

        @Test
        void opening_a_dispute_tells_the_case_which_decision_it_is_about() {
            cases.onRecord.add(CASE + " DECISION_NOT_TO_ASSESS 2026-01-05");
            fixture.givenNoPriorActivity().when(new OpenDispute(ID, CASE, AppealableDecision.DECISION_NOT_TO_ASSESS, LETTER,
                    null));
            assertThat(cases.disputedOnPlans).containsExactly(CASE + " DECISION_NOT_TO_ASSESS by " + ID);
        }

        @Test
        void an_orders_time_limit_is_excused_by_personal_circumstances_an_absence_of_two_weeks_or_a_missed_appointment() {
            // reg 44(3): an order to amend B and F of 2026-06-12, due 2026-07-17.
            Object[] ordered = {opened(AppealableDecision.FINAL_PLAN_ISSUED, LETTER, null),
                    new AppealRegistered(ID, CASE, parse("2026-02-01"), List.of(AppealGround.SECTION_I), parse("2026-03-05"),
                            false, parse("2026-03-13"), parse("2026-02-01")),
                    new AppealDecided(ID, CASE, parse("2026-06-12"), AppealOutcome.UPHELD,
                            OrderDue.of(List.of(TribunalOrder.AMEND_SECTION_I), parse("2026-06-12")), parse("2026-06-12"))};
            fixture.given(ordered).when(new ExcuseOrderDeadline(ID, TribunalOrder.AMEND_SECTION_I,
                            StatutoryException.ABSENT_FROM_AREA, parse("2026-06-15"), parse("2026-06-28"), "abroad"))
                    .expectEvents(new OrderExceptionRecorded(ID, CASE, TribunalOrder.AMEND_SECTION_I,
                            StatutoryException.ABSENT_FROM_AREA, parse("2026-06-15"), parse("2026-06-28"), "abroad"));
            refusedFor(fixture.given(ordered).when(new ExcuseOrderDeadline(ID, TribunalOrder.AMEND_SECTION_I,
                            StatutoryException.ABSENT_FROM_AREA, parse("2026-06-15"), parse("2026-06-27"), "abroad")),
                    RuleBroken.class, PermittedExceptions.Flaw.TOO_SHORT.rule());
            refusedFor(fixture.given(ordered).when(new ExcuseOrderDeadline(ID, TribunalOrder.AMEND_SECTION_I,
                            StatutoryException.SCHOOL_CLOSURE, parse("2026-06-15"), parse("2026-08-28"), "closed")),
                    RuleBroken.class, PermittedExceptions.Flaw.NOT_PERMITTED.rule());
            refusedFor(fixture.given(ordered).when(new ExcuseOrderDeadline(ID, TribunalOrder.AMEND_SECTIONS_B_F,
                            StatutoryException.MISSED_APPOINTMENT, parse("2026-06-15"), null, "missed")),
                    RuleBroken.class, Dispute.ORDER_NOT_MADE);
        }

        @Test
        void the_family_invited_onto_the_case_says_so_themselves_dated_the_day_they_do_and_nobody_else_can() {
            cases.family.add("family:mum");
            fixture.given(REFUSAL_DISPUTED)
                    .when(new AskForMediation(ID), Map.of(ActorMetadata.USER, "family:mum", ActorMetadata.ROLE, "FAMILY"))
                    .expectEvents(new MediationRequested(ID, CASE, TODAY));
            fixture.given(REFUSAL_DISPUTED)
                    .when(new AskForMediation(ID), Map.of(ActorMetadata.USER, "family:someone", ActorMetadata.ROLE, "FAMILY"))
                    .expectNoEvents().expectException(UnknownReference.class);
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED)
                    .when(new AskForMediation(ID), Map.of(ActorMetadata.USER, "family:mum", ActorMetadata.ROLE, "FAMILY")),
                    RuleBroken.class, Dispute.CERTIFICATE_ALREADY_ISSUED);
        }

        @Test
        void the_family_asks_for_mediation_once_through_the_adviser_before_the_certificate() {
            fixture.given(REFUSAL_DISPUTED).when(new RecordMediationRequest(ID, parse("2026-01-25")))
                    .expectEvents(new MediationRequested(ID, CASE, parse("2026-01-25")));
            refusedFor(fixture.given(REFUSAL_DISPUTED, new MediationRequested(ID, CASE, parse("2026-01-25")))
                    .when(new RecordMediationRequest(ID, parse("2026-01-26"))), RuleBroken.class,
                    Dispute.MEDIATION_ALREADY_REQUESTED);
            refusedFor(fixture.given(REFUSAL_DISPUTED).when(new RecordMediationRequest(ID, parse("2026-01-19"))),
                    RuleBroken.class, Dispute.STEPS_IN_ORDER);
            refusedFor(fixture.given(REFUSAL_DISPUTED, NOT_RESOLVED)
                    .when(new RecordMediationRequest(ID, parse("2026-02-21"))), RuleBroken.class,
                    Dispute.CERTIFICATE_ALREADY_ISSUED);
            refusedFor(fixture.given(opened(AppealableDecision.FINAL_PLAN_ISSUED, LETTER, null))
                    .when(new RecordMediationRequest(ID, parse("2026-01-25"))), RuleBroken.class,
                    Dispute.NO_MEDIATION_ADVISER);
        }
    }
}
