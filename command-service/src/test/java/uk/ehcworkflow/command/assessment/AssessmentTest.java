package uk.ehcworkflow.command.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcworkflow.command.common.Refusals.refusedFor;
import static uk.ehcworkflow.events.assessment.Milestone.DECISION_NOT_TO_ASSESS;
import static uk.ehcworkflow.events.assessment.Milestone.DECISION_NOT_TO_ISSUE;
import static uk.ehcworkflow.events.assessment.Milestone.DECISION_TO_ASSESS;
import static uk.ehcworkflow.events.assessment.Milestone.DRAFT_PLAN_ISSUED;
import static uk.ehcworkflow.events.assessment.Milestone.DRAFT_RESPONSE_RECEIVED;
import static uk.ehcworkflow.events.assessment.Milestone.FINAL_PLAN_ISSUED;
import static uk.ehcworkflow.events.assessment.Milestone.REQUEST_WITHDRAWN;
import static uk.ehcworkflow.events.assessment.Milestone.TRANSFERRED_OUT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.events.letter.LetterChannel;
import uk.ehcworkflow.events.assessment.LetterSent;
import uk.ehcworkflow.command.caseload.TrialCaseload;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.NotPermitted;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.command.family.QueuedMail;
import uk.ehcworkflow.command.family.KeptFiles;
import uk.ehcworkflow.command.privacy.ErasingVault;
import uk.ehcworkflow.command.privacy.Erasures;
import uk.ehcworkflow.events.assessment.AdviceRequested;
import uk.ehcworkflow.events.assessment.AdviceSubmitted;
import uk.ehcworkflow.events.assessment.AssessmentOpened;
import uk.ehcworkflow.events.assessment.AssessmentReopened;
import uk.ehcworkflow.events.assessment.CaseAssigned;
import uk.ehcworkflow.events.assessment.CaseReferenceAssigned;
import uk.ehcworkflow.events.assessment.ChildProfileRecorded;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.ExceptionRecorded;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.assessment.PermittedExceptions;
import uk.ehcworkflow.events.assessment.PersonalDataErased;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.assessment.StatutoryDueDates;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.events.plan.Placement;
import uk.ehcworkflow.events.plan.PlacementStarted;
import uk.ehcworkflow.events.plan.PlanAssigned;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.events.privacy.ChildProfile;
import uk.ehcworkflow.events.privacy.Ethnicity;
import uk.ehcworkflow.events.privacy.PersonalDetails;
import uk.ehcworkflow.events.privacy.Sex;

class AssessmentTest {

    private static final String ID = "assessment-1";
    private static final String ADVICE = "advice-1";
    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    private static final SealedPersonalData CHILD = new SealedPersonalData(ID, ErasingVault.SEALED);
    private static final PersonalDetails DETAILS = new PersonalDetails("Made Up", LocalDate.of(2016, 1, 1));
    private static final AssessmentOpened OPENED = new AssessmentOpened(ID, RECEIVED, RequestSource.PARENT, CHILD,
            new StatutoryDueDates(LocalDate.of(2024, 7, 15), LocalDate.of(2024, 9, 23), LocalDate.of(2024, 10, 21)), null);

    private FixtureConfiguration<Assessment> fixture;
    private final ErasingVault vault = new ErasingVault();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London")));
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(TrialCaseload.caseload());
        fixture.registerInjectableResource(new QueuedMail());
        fixture.registerInjectableResource(new KeptFiles());
        fixture.registerInjectableResource(new CaseReferences() {
            @Override
            public String claimNext(LocalDate requestReceivedOn, String assessmentId) {
                return CaseReferences.format(requestReceivedOn.getYear(), 123);
            }

            @Override
            public Optional<String> of(String assessmentId) {
                return Optional.empty();
            }
        });
    }

    private static MilestoneRecorded recorded(Milestone milestone, LocalDate on) {
        return new MilestoneRecorded(ID, milestone, on, null);
    }

    private static RecordMilestone record(Milestone milestone, LocalDate on) {
        return new RecordMilestone(ID, milestone, on, null);
    }

    private static MilestoneRecorded response(LocalDate on, DraftResponse requests) {
        return new MilestoneRecorded(ID, DRAFT_RESPONSE_RECEIVED, on, null, requests);
    }

    private static RecordMilestone respond(LocalDate on, DraftResponse requests) {
        return new RecordMilestone(ID, DRAFT_RESPONSE_RECEIVED, on, null, requests);
    }

    @Nested
    @DisplayName("Whose caseload: the officer who logged the request, until someone moves it")
    class Caseload {

        private final Holder north = new Holder("officer", "North");

        @Test
        void a_request_goes_into_the_caseload_of_the_officer_who_logged_it_in_their_team() {
            fixture.givenNoPriorActivity()
                    .when(new OpenAssessment(ID, RECEIVED, RequestSource.PARENT, DETAILS, null),
                            Map.of(ActorMetadata.USER, "officer"))
                    .expectEvents(OPENED, new CaseReferenceAssigned(ID, "EHC-2024-00123"), new CaseAssigned(ID, north));
        }

        @Test
        void a_case_moves_to_another_officer_and_team_the_area_knows() {
            fixture.given(OPENED, new CaseAssigned(ID, north))
                    .when(new AssignCase(ID, "officer2", "South"))
                    .expectEvents(new CaseAssigned(ID, new Holder("officer2", "South")));
            fixture.given(OPENED, new CaseAssigned(ID, north)).when(new AssignCase(ID, "manager", null))
                    .expectEvents(new CaseAssigned(ID, new Holder("manager", null)));
        }

        @Test
        void moving_a_case_to_whoever_holds_it_records_nothing() {
            fixture.given(OPENED, new CaseAssigned(ID, north)).when(new AssignCase(ID, "officer", "North"))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void only_an_officer_who_can_hold_cases_and_a_team_of_the_area_are_taken() {
            refusedFor(fixture.given(OPENED).when(new AssignCase(ID, "nobody", "North")), InvalidField.class, "officer");
            refusedFor(fixture.given(OPENED).when(new AssignCase(ID, "auditor", "North")), InvalidField.class, "officer");
            refusedFor(fixture.given(OPENED).when(new AssignCase(ID, "officer", "East")), InvalidField.class, "team");
        }

        @Test
        void the_final_plan_stays_with_the_officer_holding_the_case() {
            LocalDate issued = LocalDate.of(2024, 10, 14);
            fixture.given(OPENED, new CaseAssigned(ID, north), recorded(DECISION_TO_ASSESS, RECEIVED.plusWeeks(4)),
                            recorded(DRAFT_PLAN_ISSUED, issued.minusWeeks(3)))
                    .when(record(FINAL_PLAN_ISSUED, issued))
                    .expectEvents(recorded(FINAL_PLAN_ISSUED, issued),
                            new PlanIssued(ID, CHILD, issued, StatutoryCalendar.reviewDueBy(issued)),
                            new PlanAssigned(ID, north));
        }

        @Test
        void a_request_brought_in_from_a_return_is_in_nobodys_caseload() {
            fixture.givenNoPriorActivity()
                    .when(new ImportAssessment(new OpenAssessment(ID, RECEIVED, RequestSource.PARENT, DETAILS, null), null, null),
                            Map.of(ActorMetadata.USER, "admin"))
                    .expectEvents(OPENED, new CaseReferenceAssigned(ID, "EHC-2024-00123"));
        }
    }

    @Nested
    @DisplayName("What the SEN2 return asks of a request: the child's details and where the request was made")
    class ForTheReturns {

        @Test
        void the_final_plan_naming_a_school_begins_the_plan_with_the_child_placed_there() {
            Placement school = new Placement("100001", null, null, null, 1, LocalDate.of(2024, 9, 4), null, false, false, false);
            LocalDate issued = LocalDate.of(2024, 10, 14);
            fixture.given(OPENED, recorded(DECISION_TO_ASSESS, RECEIVED.plusWeeks(4)), recorded(DRAFT_PLAN_ISSUED, issued.minusWeeks(3)))
                    .when(new RecordMilestone(ID, FINAL_PLAN_ISSUED, issued, null, null, "p1", school))
                    .expectEvents(recorded(FINAL_PLAN_ISSUED, issued), new PlanIssued(ID, CHILD, issued,
                            StatutoryCalendar.reviewDueBy(issued)), new PlacementStarted(ID, "p1", school));
            refusedFor(fixture.given(OPENED).when(new RecordMilestone(ID, DECISION_TO_ASSESS, RECEIVED.plusWeeks(4), null, null,
                    "p1", school)), InvalidField.class, "placement");
        }

        private final ChildProfile ethnicity = new ChildProfile(null, Ethnicity.MWBA, null, null, null, null, null, null,
                null, null);

        @Test
        void a_request_made_in_relevant_youth_accommodation_says_so_from_its_opening() {
            fixture.givenNoPriorActivity().when(new OpenAssessment(ID, RECEIVED, RequestSource.SOCIAL_CARE, DETAILS, true))
                    .expectEvents(new AssessmentOpened(ID, RECEIVED, RequestSource.SOCIAL_CARE, CHILD, OPENED.due(), true),
                            new CaseReferenceAssigned(ID, "EHC-2024-00123"));
        }

        @Test
        void the_childs_details_are_sealed_under_the_childs_key_until_the_final_plan() {
            fixture.given(OPENED).when(new RecordChildProfile(ID, ethnicity))
                    .expectEvents(new ChildProfileRecorded(ID, CHILD));
            assertThat(vault.sealedMore()).containsExactly(ethnicity);
            refusedFor(fixture.given(OPENED, recorded(FINAL_PLAN_ISSUED, LocalDate.of(2024, 10, 1)))
                    .when(new RecordChildProfile(ID, ethnicity)), RuleBroken.class, Assessment.RECORDED_ON_THE_PLAN);
            refusedFor(fixture.given(OPENED, new PersonalDataErased(ID, "erasure request"))
                    .when(new RecordChildProfile(ID, ethnicity)), RuleBroken.class, "personal-data-erased");
        }
    }

    @Nested
    @DisplayName("reg 4(1), 5(1), 10(1), 13(2): the clocks start on the day the request is received")
    class Opening {

        @Test
        void fixes_the_six_sixteen_and_twenty_week_deadlines_from_the_day_the_request_was_received() {
            fixture.givenNoPriorActivity()
                    .when(new OpenAssessment(ID, RECEIVED, RequestSource.PARENT, DETAILS, null))
                    .expectEvents(OPENED, new CaseReferenceAssigned(ID, "EHC-" + RECEIVED.getYear() + "-00123"));
        }

        @Test
        void a_request_brought_in_from_a_return_opens_with_its_decision_to_assess_and_the_childs_details_in_one_step() {
            fixture.givenNoPriorActivity()
                    .when(new ImportAssessment(new OpenAssessment(ID, RECEIVED, RequestSource.PARENT, DETAILS, null),
                            LocalDate.of(2024, 7, 8), new ChildProfile(Sex.MALE, null, null, null, null, null, null, null,
                            null, null)))
                    .expectEvents(OPENED, new CaseReferenceAssigned(ID, "EHC-" + RECEIVED.getYear() + "-00123"),
                            recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 8)), new ChildProfileRecorded(ID, CHILD));
        }

        @Test
        void a_request_brought_in_with_its_decision_before_it_was_received_stores_nothing() {
            refusedFor(fixture.givenNoPriorActivity()
                    .when(new ImportAssessment(new OpenAssessment(ID, RECEIVED, RequestSource.PARENT, DETAILS, null),
                            LocalDate.of(2024, 6, 1), null)), RuleBroken.class, "date-before-request");
        }

        @Test
        void the_case_is_given_a_reference_of_the_year_the_request_was_received() {
            fixture.givenNoPriorActivity()
                    .when(new OpenAssessment(ID, LocalDate.of(2023, 12, 29), RequestSource.PARENT, DETAILS, null))
                    .expectEvents(new AssessmentOpened(ID, LocalDate.of(2023, 12, 29), RequestSource.PARENT, CHILD,
                                    StatutoryCalendar.dueDates(LocalDate.of(2023, 12, 29)), null),
                            new CaseReferenceAssigned(ID, "EHC-2023-00123"));
        }

        @Test
        void a_request_cannot_be_received_in_the_future() {
            refusedFor(fixture.givenNoPriorActivity()
                    .when(new OpenAssessment(ID, TODAY.plusDays(1), RequestSource.SCHOOL, DETAILS, null)),
                    RuleBroken.class, Dates.DATE_IN_FUTURE);
        }

        @Test
        void a_request_received_today_is_accepted() {
            fixture.givenNoPriorActivity()
                    .when(new OpenAssessment(ID, TODAY, RequestSource.YOUNG_PERSON, DETAILS, null))
                    .expectEvents(new AssessmentOpened(ID, TODAY, RequestSource.YOUNG_PERSON, CHILD, new StatutoryDueDates(
                            LocalDate.of(2025, 2, 26), LocalDate.of(2025, 5, 7), LocalDate.of(2025, 6, 4)), null),
                            new CaseReferenceAssigned(ID, "EHC-" + TODAY.getYear() + "-00123"));
        }
    }

    @Nested
    @DisplayName("CFA 2014 s36-39, reg 4-13: the steps of an assessment in their lawful order")
    class StepsInTheirLawfulOrder {

        @Test
        void a_decision_to_assess_is_recorded_with_the_day_it_was_made() {
            fixture.given(OPENED)
                    .when(new RecordMilestone(ID, DECISION_TO_ASSESS, LocalDate.of(2024, 7, 10), "panel agreed"))
                    .expectEvents(new MilestoneRecorded(ID, DECISION_TO_ASSESS, LocalDate.of(2024, 7, 10), "panel agreed"));
        }

        @Test
        void no_draft_plan_without_a_decision_to_assess() {
            refusedFor(fixture.given(OPENED).when(record(DRAFT_PLAN_ISSUED, LocalDate.of(2024, 8, 1))),
                    RuleBroken.class, StepOrder.STEPS_IN_ORDER);
        }

        @Test
        void no_final_plan_without_a_decision_to_assess() {
            refusedFor(fixture.given(OPENED).when(record(FINAL_PLAN_ISSUED, LocalDate.of(2024, 10, 1))),
                    RuleBroken.class, StepOrder.STEPS_IN_ORDER)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("DECISION_TO_ASSESS"));
        }

        @Test
        void no_final_plan_without_a_draft_plan() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)))
                            .when(record(FINAL_PLAN_ISSUED, LocalDate.of(2024, 10, 1))),
                    RuleBroken.class, StepOrder.STEPS_IN_ORDER);
        }

        @Test
        void no_decision_not_to_issue_without_a_decision_to_assess() {
            refusedFor(fixture.given(OPENED).when(record(DECISION_NOT_TO_ISSUE, LocalDate.of(2024, 9, 1))),
                    RuleBroken.class, StepOrder.STEPS_IN_ORDER);
        }

        @Test
        void a_step_cannot_be_dated_before_the_step_it_follows() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 10)))
                            .when(record(DRAFT_PLAN_ISSUED, LocalDate.of(2024, 7, 9))),
                    RuleBroken.class, StepOrder.STEPS_IN_ORDER);
        }

        @Test
        void the_same_milestone_cannot_be_recorded_twice() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)))
                            .when(record(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 2))),
                    RuleBroken.class, StepOrder.DUPLICATE_MILESTONE);
        }

        @Test
        void a_decision_not_to_assess_cannot_follow_a_decision_to_assess() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)))
                            .when(record(DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 7, 2))),
                    RuleBroken.class, StepOrder.DECISION_ALREADY_MADE);
        }

        @Test
        void nothing_follows_a_decision_not_to_assess() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 7, 1)))
                            .when(record(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 2))),
                    RuleBroken.class, StepOrder.ASSESSMENT_CLOSED);
        }

        @Test
        void nothing_follows_a_decision_not_to_issue() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)),
                            recorded(DECISION_NOT_TO_ISSUE, LocalDate.of(2024, 9, 1)))
                            .when(record(DRAFT_PLAN_ISSUED, LocalDate.of(2024, 9, 2))),
                    RuleBroken.class, StepOrder.ASSESSMENT_CLOSED);
        }

        @Test
        void nothing_follows_a_final_plan() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)),
                            recorded(DRAFT_PLAN_ISSUED, LocalDate.of(2024, 8, 1)),
                            recorded(FINAL_PLAN_ISSUED, LocalDate.of(2024, 9, 1)))
                            .when(record(DECISION_NOT_TO_ISSUE, LocalDate.of(2024, 9, 2))),
                    RuleBroken.class, StepOrder.ASSESSMENT_CLOSED);
        }

        @Test
        void a_step_cannot_be_dated_before_the_request_was_received() {
            refusedFor(fixture.given(OPENED).when(record(DECISION_TO_ASSESS, RECEIVED.minusDays(1))),
                    RuleBroken.class, BusinessDates.DATE_BEFORE_REQUEST);
        }

        @Test
        void a_step_cannot_be_dated_in_the_future() {
            refusedFor(fixture.given(OPENED).when(record(DECISION_TO_ASSESS, TODAY.plusDays(1))),
                    RuleBroken.class, Dates.DATE_IN_FUTURE);
        }

        @Test
        void a_step_logged_long_after_it_happened_keeps_its_real_date() {
            fixture.given(OPENED)
                    .when(record(DECISION_TO_ASSESS, RECEIVED))
                    .expectEvents(recorded(DECISION_TO_ASSESS, RECEIVED));
        }

        @Test
        void once_a_draft_is_served_the_area_cannot_decide_not_to_issue_a_plan() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)),
                            recorded(DRAFT_PLAN_ISSUED, LocalDate.of(2024, 8, 1)))
                            .when(record(DECISION_NOT_TO_ISSUE, LocalDate.of(2024, 9, 2))),
                    RuleBroken.class, StepOrder.DRAFT_ALREADY_ISSUED);
        }
    }

    @Nested
    @DisplayName("Withdrawn and transferred requests: closing steps at any open stage")
    class WithdrawnAndTransferred {

        @Test
        void the_family_may_withdraw_the_request_before_any_decision() {
            fixture.given(OPENED)
                    .when(record(REQUEST_WITHDRAWN, LocalDate.of(2024, 6, 20)))
                    .expectEvents(recorded(REQUEST_WITHDRAWN, LocalDate.of(2024, 6, 20)));
        }

        @Test
        void the_child_may_move_to_another_authority_while_the_draft_is_with_the_family() {
            fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)),
                            recorded(DRAFT_PLAN_ISSUED, LocalDate.of(2024, 8, 1)))
                    .when(record(TRANSFERRED_OUT, LocalDate.of(2024, 8, 10)))
                    .expectEvents(recorded(TRANSFERRED_OUT, LocalDate.of(2024, 8, 10)));
        }

        @Test
        void nothing_follows_a_withdrawal_or_a_transfer() {
            refusedFor(fixture.given(OPENED, recorded(REQUEST_WITHDRAWN, LocalDate.of(2024, 6, 20)))
                            .when(record(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1))),
                    RuleBroken.class, StepOrder.ASSESSMENT_CLOSED);
            refusedFor(fixture.given(OPENED, recorded(TRANSFERRED_OUT, LocalDate.of(2024, 6, 20)))
                            .when(record(REQUEST_WITHDRAWN, LocalDate.of(2024, 7, 1))),
                    RuleBroken.class, StepOrder.ASSESSMENT_CLOSED);
        }

        @Test
        void a_closed_case_cannot_be_withdrawn() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 7, 1)))
                            .when(record(REQUEST_WITHDRAWN, LocalDate.of(2024, 7, 2))),
                    RuleBroken.class, StepOrder.ASSESSMENT_CLOSED);
        }

        @Test
        void a_withdrawal_cannot_be_dated_before_the_last_step() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)))
                            .when(record(REQUEST_WITHDRAWN, LocalDate.of(2024, 6, 30))),
                    RuleBroken.class, StepOrder.STEPS_IN_ORDER);
        }
    }

    @Nested
    @DisplayName("reg 13(1): the family's 15 days on the draft plan")
    class TheFamilysFifteenDaysOnTheDraft {

        private final LocalDate served = LocalDate.of(2024, 8, 1);

        private ResultValidator<Assessment> finalPlanOn(LocalDate on, Object... alsoGiven) {
            Object[] given = new Object[3 + alsoGiven.length];
            given[0] = OPENED;
            given[1] = recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1));
            given[2] = recorded(DRAFT_PLAN_ISSUED, served);
            System.arraycopy(alsoGiven, 0, given, 3, alsoGiven.length);
            return fixture.given(given).when(record(FINAL_PLAN_ISSUED, on));
        }

        private org.axonframework.test.aggregate.TestExecutor<Assessment> finalPlanOnlyGiven(Object alsoGiven) {
            return fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)), recorded(DRAFT_PLAN_ISSUED, served),
                    alsoGiven);
        }

        @Test
        void a_final_plan_on_the_day_served_plus_fourteen_is_refused_while_the_family_may_still_respond() {
            refusedFor(finalPlanOn(LocalDate.of(2024, 8, 15)), RuleBroken.class, StepOrder.DRAFT_RESPONSE_PERIOD);
        }

        @Test
        void a_final_plan_can_be_issued_on_the_day_served_plus_fifteen() {
            finalPlanOn(LocalDate.of(2024, 8, 16)).expectEvents(issuedWithItsPlan(LocalDate.of(2024, 8, 16)));
        }

        @Test
        void the_fifteen_days_begin_with_the_day_the_drafts_letter_was_served_where_it_is_recorded_as_sent() {
            // posted on Friday 2 August 2024 with no day of arrival known: served Tuesday 6 August (ADR 41)
            LetterSent posted = new LetterSent(ID, 2, Notice.DRAFT_PLAN, served, LocalDate.of(2024, 8, 2), LetterChannel.POST,
                    null, "a".repeat(64));
            refusedFor(finalPlanOn(LocalDate.of(2024, 8, 20), posted), RuleBroken.class, StepOrder.DRAFT_RESPONSE_PERIOD);
            setUp();
            finalPlanOn(LocalDate.of(2024, 8, 21), posted).expectEvents(issuedWithItsPlan(LocalDate.of(2024, 8, 21)));
            setUp();
            LetterSent arrived = new LetterSent(ID, 2, Notice.DRAFT_PLAN, served, LocalDate.of(2024, 8, 2), LetterChannel.POST,
                    LocalDate.of(2024, 8, 3), "a".repeat(64));
            finalPlanOn(LocalDate.of(2024, 8, 18), arrived).expectEvents(issuedWithItsPlan(LocalDate.of(2024, 8, 18)));
        }

        @Test
        void once_the_family_answers_asking_for_nothing_further_the_final_plan_may_follow_at_once() {
            finalPlanOn(LocalDate.of(2024, 8, 5), response(LocalDate.of(2024, 8, 5), DraftResponse.NONE))
                    .expectEvents(issuedWithItsPlan(LocalDate.of(2024, 8, 5)));
        }

        @Test
        void an_answer_naming_a_school_or_asking_for_a_meeting_does_not_shorten_the_fifteen_days() {
            for (DraftResponse requests : new DraftResponse[] {DraftResponse.SCHOOL, DraftResponse.MEETING}) {
                refusedFor(finalPlanOn(LocalDate.of(2024, 8, 10), response(LocalDate.of(2024, 8, 5), requests)),
                        RuleBroken.class, StepOrder.DRAFT_RESPONSE_PERIOD);
                setUp();
                finalPlanOn(LocalDate.of(2024, 8, 16), response(LocalDate.of(2024, 8, 5), requests))
                        .expectEvents(issuedWithItsPlan(LocalDate.of(2024, 8, 16)));
                setUp();
            }
        }

        @Test
        void an_answer_recorded_before_what_it_asked_for_was_kept_does_not_shorten_the_fifteen_days() {
            refusedFor(finalPlanOn(LocalDate.of(2024, 8, 5), response(LocalDate.of(2024, 8, 5), null)),
                    RuleBroken.class, StepOrder.DRAFT_RESPONSE_PERIOD);
        }

        @Test
        void the_familys_answer_is_recorded_with_what_they_asked_for() {
            fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)), recorded(DRAFT_PLAN_ISSUED, served))
                    .when(respond(LocalDate.of(2024, 8, 5), DraftResponse.SCHOOL))
                    .expectEvents(response(LocalDate.of(2024, 8, 5), DraftResponse.SCHOOL));
        }

        @Test
        void what_the_family_asked_for_is_required_with_their_answer_and_belongs_to_no_other_step() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)),
                            recorded(DRAFT_PLAN_ISSUED, served)).when(respond(LocalDate.of(2024, 8, 5), null)),
                    InvalidField.class, "requests");
            refusedFor(fixture.given(OPENED).when(new RecordMilestone(ID, DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1), null,
                    DraftResponse.NONE)), InvalidField.class, "requests");
        }

        @Test
        void the_final_plan_cannot_be_dated_before_the_familys_response() {
            refusedFor(finalPlanOn(LocalDate.of(2024, 8, 4), response(LocalDate.of(2024, 8, 5), DraftResponse.NONE)),
                    RuleBroken.class, StepOrder.STEPS_IN_ORDER);
        }

        @Test
        void a_draft_served_again_before_the_final_plan_starts_a_new_fifteen_days() {
            Object[] history = {OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)), recorded(DRAFT_PLAN_ISSUED, served),
                    response(LocalDate.of(2024, 8, 5), DraftResponse.NONE)};
            fixture.given(history).when(record(DRAFT_PLAN_ISSUED, LocalDate.of(2024, 8, 20)))
                    .expectEvents(recorded(DRAFT_PLAN_ISSUED, LocalDate.of(2024, 8, 20)));

            Object[] amended = java.util.Arrays.copyOf(history, history.length + 1);
            amended[history.length] = recorded(DRAFT_PLAN_ISSUED, LocalDate.of(2024, 8, 20));
            setUp();
            refusedFor(fixture.given(amended).when(record(FINAL_PLAN_ISSUED, LocalDate.of(2024, 9, 3))),
                    RuleBroken.class, StepOrder.DRAFT_RESPONSE_PERIOD);
            setUp();
            fixture.given(amended).when(record(FINAL_PLAN_ISSUED, LocalDate.of(2024, 9, 4)))
                    .expectEvents(issuedWithItsPlan(LocalDate.of(2024, 9, 4)));
            setUp();
            fixture.given(amended).when(respond(LocalDate.of(2024, 8, 22), DraftResponse.NONE))
                    .expectEvents(response(LocalDate.of(2024, 8, 22), DraftResponse.NONE));
        }

        @Test
        void a_draft_served_again_cannot_be_dated_before_the_one_it_replaces() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)), recorded(DRAFT_PLAN_ISSUED, served))
                            .when(record(DRAFT_PLAN_ISSUED, served.minusDays(1))),
                    RuleBroken.class, StepOrder.STEPS_IN_ORDER);
        }

        @Test
        void the_family_answers_each_draft_once() {
            refusedFor(finalPlanOnlyGiven(response(LocalDate.of(2024, 8, 5), DraftResponse.MEETING))
                            .when(respond(LocalDate.of(2024, 8, 6), DraftResponse.NONE)),
                    RuleBroken.class, StepOrder.DUPLICATE_MILESTONE);
        }

        @Test
        void the_familys_response_needs_a_draft_to_respond_to() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)))
                            .when(respond(LocalDate.of(2024, 8, 5), DraftResponse.NONE)),
                    RuleBroken.class, StepOrder.STEPS_IN_ORDER);
        }
    }

    @Nested
    @DisplayName("reg 6-8: advice from each agency asked, by that agency")
    class Advice {

        private final AdviceRequested requested = new AdviceRequested(ID, ADVICE, Agency.HEALTH,
                LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 12));

        private final MetaData healthStaff = MetaData.from(Map.of("role", "AGENCY", "agency", "HEALTH"));

        @Test
        void a_request_for_advice_starts_a_six_week_clock_from_the_day_it_was_requested() {
            fixture.given(OPENED)
                    .when(new RequestAdvice(ID, ADVICE, Agency.HEALTH, LocalDate.of(2024, 7, 1)))
                    .expectEvents(requested);
        }

        @Test
        void advice_cannot_be_requested_once_the_assessment_has_ended() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 7, 1)))
                            .when(new RequestAdvice(ID, ADVICE, Agency.HEALTH, LocalDate.of(2024, 7, 2))),
                    RuleBroken.class, StepOrder.ASSESSMENT_CLOSED);
        }

        @Test
        void advice_cannot_be_requested_before_the_request_for_assessment() {
            refusedFor(fixture.given(OPENED)
                            .when(new RequestAdvice(ID, ADVICE, Agency.HEALTH, RECEIVED.minusDays(3))),
                    RuleBroken.class, BusinessDates.DATE_BEFORE_REQUEST);
        }

        @Test
        void the_agency_asked_submits_its_advice() {
            fixture.given(OPENED, requested)
                    .when(new SubmitAdvice(ID, ADVICE, LocalDate.of(2024, 8, 9), "needs summary"), healthStaff)
                    .expectEvents(new AdviceSubmitted(ID, ADVICE, Agency.HEALTH, LocalDate.of(2024, 8, 9), "needs summary"));
        }

        @Test
        void a_case_officer_may_record_advice_received_on_the_agencys_behalf() {
            fixture.given(OPENED, requested)
                    .when(new SubmitAdvice(ID, ADVICE, LocalDate.of(2024, 8, 9), null),
                            MetaData.with("role", "CASE_OFFICER"))
                    .expectEvents(new AdviceSubmitted(ID, ADVICE, Agency.HEALTH, LocalDate.of(2024, 8, 9), null));
        }

        @Test
        void another_agency_cannot_submit_it() {
            refusedFor(fixture.given(OPENED, requested)
                            .when(new SubmitAdvice(ID, ADVICE, LocalDate.of(2024, 8, 9), null),
                                    MetaData.from(Map.of("role", "AGENCY", "agency", "SOCIAL_CARE"))),
                    NotPermitted.class, AdviceRules.OWN_AGENCY_ONLY);
        }

        @Test
        void advice_is_submitted_once() {
            refusedFor(fixture.given(OPENED, requested,
                            new AdviceSubmitted(ID, ADVICE, Agency.HEALTH, LocalDate.of(2024, 8, 9), null))
                            .when(new SubmitAdvice(ID, ADVICE, LocalDate.of(2024, 8, 10), null), healthStaff),
                    RuleBroken.class, AdviceRules.ADVICE_ALREADY_SUBMITTED);
        }

        @Test
        void advice_can_only_answer_a_request_that_exists() {
            refusedFor(fixture.given(OPENED)
                            .when(new SubmitAdvice(ID, "no-such-request", LocalDate.of(2024, 8, 9), null), healthStaff),
                    UnknownReference.class, AdviceRules.UNKNOWN_ADVICE_REQUEST);
        }

        @Test
        void advice_cannot_be_submitted_before_it_was_requested() {
            refusedFor(fixture.given(OPENED, requested)
                            .when(new SubmitAdvice(ID, ADVICE, LocalDate.of(2024, 6, 30), null), healthStaff),
                    RuleBroken.class, AdviceRules.ADVICE_BEFORE_REQUEST);
        }

        @Test
        void advice_cannot_be_submitted_in_the_future() {
            refusedFor(fixture.given(OPENED, requested)
                            .when(new SubmitAdvice(ID, ADVICE, TODAY.plusDays(1), null), healthStaff),
                    RuleBroken.class, Dates.DATE_IN_FUTURE);
        }

        @Test
        void advice_arriving_after_the_final_plan_is_still_recorded_to_show_the_plan_went_without_it() {
            fixture.given(OPENED, requested, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)),
                            recorded(DRAFT_PLAN_ISSUED, LocalDate.of(2024, 8, 1)),
                            recorded(FINAL_PLAN_ISSUED, LocalDate.of(2024, 8, 20)))
                    .when(new SubmitAdvice(ID, ADVICE, LocalDate.of(2024, 9, 1), null), healthStaff)
                    .expectEvents(new AdviceSubmitted(ID, ADVICE, Agency.HEALTH, LocalDate.of(2024, 9, 1), null));
        }
    }

    @Nested
    @DisplayName("reg 5(4), 8(2), 10(4), 13(3); SI 2020/471: the permitted exceptions to the time limits")
    class StatutoryExceptions {

        private final LocalDate from = LocalDate.of(2024, 7, 1);

        private ExcuseDeadline exception(Deadline deadline, StatutoryException reason, String adviceRequestId) {
            return new ExcuseDeadline(ID, deadline, reason, adviceRequestId, from, null, "evidence on file");
        }

        @Test
        void a_school_closure_excuses_the_twenty_week_deadline() {
            fixture.given(OPENED, new AdviceRequested(ID, ADVICE, Agency.EDUCATION, from.minusWeeks(1), from.plusWeeks(5)))
                    .when(exception(Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE, null))
                    .expectEvents(new ExceptionRecorded(ID, Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE, null,
                            from, null, "evidence on file"));
        }

        @Test
        void a_closure_excuses_only_when_the_settings_advice_was_asked_for_from_a_week_before_it_closed() {
            // regs 5(4)(a), 10(4)(a), 13(3): closed 2025-07-21 to 2025-09-02; asked 2025-06-09 -> refused, 2025-07-16 -> accepted.
            AssessmentOpened opened = new AssessmentOpened(ID, LocalDate.of(2025, 6, 2), RequestSource.PARENT, CHILD,
                    StatutoryCalendar.dueDates(LocalDate.of(2025, 6, 2)), null);
            ExcuseDeadline closed = new ExcuseDeadline(ID, Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE, null,
                    LocalDate.of(2025, 7, 21), LocalDate.of(2025, 9, 2), "summer closure");
            FixtureConfiguration<Assessment> autumn = new AggregateTestFixture<>(Assessment.class);
            autumn.registerInjectableResource(Clock.fixed(Instant.parse("2025-12-01T12:00:00Z"), ZoneId.of("Europe/London")));
            autumn.registerInjectableResource(TrialCaseload.caseload());
            refusedFor(autumn.given(opened, new AdviceRequested(ID, ADVICE, Agency.EDUCATION, LocalDate.of(2025, 6, 9),
                            LocalDate.of(2025, 7, 21))).when(closed),
                    RuleBroken.class, Assessment.CLOSURE_OUTSIDE_ADVICE_WINDOW);
            refusedFor(autumn.given(opened, new AdviceRequested(ID, ADVICE, Agency.HEALTH, LocalDate.of(2025, 7, 16),
                            LocalDate.of(2025, 8, 27))).when(closed),
                    RuleBroken.class, Assessment.CLOSURE_OUTSIDE_ADVICE_WINDOW);
            autumn.given(opened, new AdviceRequested(ID, ADVICE, Agency.EDUCATION, LocalDate.of(2025, 7, 16),
                            LocalDate.of(2025, 8, 27))).when(closed)
                    .expectEvents(new ExceptionRecorded(ID, Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE, null,
                            LocalDate.of(2025, 7, 21), LocalDate.of(2025, 9, 2), "summer closure"));
        }

        @Test
        void a_missed_appointment_excuses_an_agencys_advice() {
            fixture.given(OPENED, new AdviceRequested(ID, ADVICE, Agency.EDUCATIONAL_PSYCHOLOGY, RECEIVED, RECEIVED.plusWeeks(6)))
                    .when(exception(Deadline.ADVICE, StatutoryException.MISSED_APPOINTMENT, ADVICE))
                    .expectEvents(new ExceptionRecorded(ID, Deadline.ADVICE, StatutoryException.MISSED_APPOINTMENT, ADVICE,
                            from, null, "evidence on file"));
        }

        @Test
        void a_missed_appointment_does_not_excuse_the_decision_deadline() {
            refusedFor(fixture.given(OPENED).when(exception(Deadline.DECISION, StatutoryException.MISSED_APPOINTMENT, null)),
                    RuleBroken.class, PermittedExceptions.Flaw.NOT_PERMITTED.rule());
        }

        @Test
        void an_assessment_has_no_reassessment_deadline_to_excuse() {
            refusedFor(fixture.given(OPENED).when(exception(Deadline.REASSESSED_PLAN, StatutoryException.SCHOOL_CLOSURE, null)),
                    InvalidField.class, "deadline");
        }

        @Test
        void a_school_closure_does_not_excuse_an_agencys_advice() {
            refusedFor(fixture.given(OPENED, new AdviceRequested(ID, ADVICE, Agency.HEALTH, RECEIVED, RECEIVED.plusWeeks(6)))
                            .when(exception(Deadline.ADVICE, StatutoryException.SCHOOL_CLOSURE, ADVICE)),
                    RuleBroken.class, PermittedExceptions.Flaw.NOT_PERMITTED.rule());
        }

        @Test
        void an_advice_exception_must_name_an_advice_request_of_this_assessment() {
            refusedFor(fixture.given(OPENED).when(exception(Deadline.ADVICE, StatutoryException.ABSENT_FROM_AREA, "nope")),
                    UnknownReference.class, AdviceRules.UNKNOWN_ADVICE_REQUEST);
        }

        @Test
        void an_advice_exception_names_its_advice_request_and_no_other_exception_names_one() {
            refusedFor(fixture.given(OPENED).when(exception(Deadline.ADVICE, StatutoryException.ABSENT_FROM_AREA, null)),
                    InvalidField.class, "adviceRequestId");
            refusedFor(fixture.given(OPENED).when(exception(Deadline.FINAL_PLAN, StatutoryException.ABSENT_FROM_AREA, ADVICE)),
                    InvalidField.class, "adviceRequestId");
        }

        @Test
        void an_exceptions_period_cannot_end_before_it_starts() {
            refusedFor(fixture.given(OPENED).when(new ExcuseDeadline(ID, Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE,
                            null, LocalDate.of(2024, 7, 10), LocalDate.of(2024, 7, 1), "closure notice")),
                    InvalidField.class, "to");
        }

        @Test
        void the_coronavirus_exception_excuses_a_deadline_that_fell_from_may_to_september_2020() {
            AssessmentOpened in2020 = new AssessmentOpened(ID, LocalDate.of(2020, 4, 1), RequestSource.PARENT, CHILD,
                    new StatutoryDueDates(LocalDate.of(2020, 5, 13), LocalDate.of(2020, 7, 22), LocalDate.of(2020, 8, 19)), null);
            fixture.given(in2020)
                    .when(new ExcuseDeadline(ID, Deadline.FINAL_PLAN, StatutoryException.CORONAVIRUS_2020, null,
                            LocalDate.of(2020, 5, 1), LocalDate.of(2020, 9, 25), "SI 2020/471"))
                    .expectEvents(new ExceptionRecorded(ID, Deadline.FINAL_PLAN, StatutoryException.CORONAVIRUS_2020, null,
                            LocalDate.of(2020, 5, 1), LocalDate.of(2020, 9, 25), "SI 2020/471"));
        }

        @Test
        void the_coronavirus_exception_is_refused_for_a_deadline_outside_that_period() {
            refusedFor(fixture.given(OPENED)
                            .when(new ExcuseDeadline(ID, Deadline.FINAL_PLAN, StatutoryException.CORONAVIRUS_2020, null,
                                    from, LocalDate.of(2024, 8, 1), "not a pandemic")),
                    RuleBroken.class, PermittedExceptions.Flaw.CORONAVIRUS_PERIOD.rule());
        }

        @Test
        void an_exception_period_cannot_start_in_the_future() {
            AssessmentOpened recent = new AssessmentOpened(ID, TODAY.minusDays(10), RequestSource.PARENT, CHILD,
                    new StatutoryDueDates(TODAY.plusDays(32), TODAY.plusDays(102), TODAY.plusDays(130)), null);
            refusedFor(fixture.given(recent)
                            .when(new ExcuseDeadline(ID, Deadline.DECISION, StatutoryException.ABSENT_FROM_AREA, null,
                                    TODAY.plusDays(2), null, "booked holiday")),
                    RuleBroken.class, Dates.DATE_IN_FUTURE);
        }

        @Test
        void an_exception_that_began_after_the_deadline_it_names_is_refused() {
            refusedFor(fixture.given(OPENED).when(new ExcuseDeadline(ID, Deadline.DECISION,
                            StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, null, LocalDate.of(2024, 7, 16), null,
                            "hospital stay")),
                    RuleBroken.class, PermittedExceptions.Flaw.AFTER_DEADLINE.rule());
            fixture.given(OPENED).when(new ExcuseDeadline(ID, Deadline.DECISION,
                            StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, null, LocalDate.of(2024, 7, 15), null,
                            "hospital stay"))
                    .expectEvents(new ExceptionRecorded(ID, Deadline.DECISION, StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,
                            null, LocalDate.of(2024, 7, 15), null, "hospital stay"));
        }

        @Test
        void an_advice_exception_must_begin_by_that_requests_own_due_date() {
            refusedFor(fixture.given(OPENED, new AdviceRequested(ID, ADVICE, Agency.HEALTH, LocalDate.of(2024, 6, 10),
                                    LocalDate.of(2024, 7, 22)))
                            .when(new ExcuseDeadline(ID, Deadline.ADVICE, StatutoryException.MISSED_APPOINTMENT, ADVICE,
                                    LocalDate.of(2024, 7, 23), null, "appointment missed")),
                    RuleBroken.class, PermittedExceptions.Flaw.AFTER_DEADLINE.rule());
        }

        @Test
        void an_absence_may_have_begun_before_the_request() {
            fixture.given(OPENED).when(new ExcuseDeadline(ID, Deadline.DECISION, StatutoryException.ABSENT_FROM_AREA, null,
                            LocalDate.of(2024, 5, 20), LocalDate.of(2024, 7, 10), "abroad with family"))
                    .expectEvents(new ExceptionRecorded(ID, Deadline.DECISION, StatutoryException.ABSENT_FROM_AREA, null,
                            LocalDate.of(2024, 5, 20), LocalDate.of(2024, 7, 10), "abroad with family"));
        }

        @Test
        void a_closure_or_absence_of_less_than_four_weeks_is_refused_and_of_four_weeks_accepted() {
            refusedFor(fixture.given(OPENED).when(new ExcuseDeadline(ID, Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE,
                            null, LocalDate.of(2024, 7, 22), LocalDate.of(2024, 8, 17), "summer closure")),
                    RuleBroken.class, PermittedExceptions.Flaw.TOO_SHORT.rule());
            fixture.given(OPENED, new AdviceRequested(ID, ADVICE, Agency.EDUCATION, LocalDate.of(2024, 7, 15),
                            LocalDate.of(2024, 8, 26)))
                    .when(new ExcuseDeadline(ID, Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE,
                            null, LocalDate.of(2024, 7, 22), LocalDate.of(2024, 8, 18), "summer closure"))
                    .expectEvents(new ExceptionRecorded(ID, Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE, null,
                            LocalDate.of(2024, 7, 22), LocalDate.of(2024, 8, 18), "summer closure"));
        }

        @Test
        void an_exception_may_be_recorded_after_the_final_plan_when_the_evidence_comes_late() {
            fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)),
                            recorded(DRAFT_PLAN_ISSUED, LocalDate.of(2024, 8, 1)),
                            recorded(FINAL_PLAN_ISSUED, LocalDate.of(2024, 11, 1)))
                    .when(exception(Deadline.FINAL_PLAN, StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, null))
                    .expectEvents(new ExceptionRecorded(ID, Deadline.FINAL_PLAN,
                            StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, null, from, null, "evidence on file"));
        }
    }

    @Nested
    @DisplayName("UK GDPR art. 17: a child's personal data can be erased while the history stays")
    class Erasure {

        private final MetaData admin = MetaData.with("role", "ADMIN");

        @Test
        void an_administrator_erases_the_childs_details_by_destroying_their_key() {
            fixture.given(OPENED)
                    .when(new ErasePersonalData(ID, "erasure request"), admin)
                    .expectEvents(new PersonalDataErased(ID, "erasure request"));
            assertThat(vault.erased()).containsExactly(ID);
        }

        @Test
        void details_are_erased_once() {
            refusedFor(fixture.given(OPENED, new PersonalDataErased(ID, "erasure request"))
                    .when(new ErasePersonalData(ID, "again"), admin), RuleBroken.class, Erasures.ALREADY_ERASED);
        }

        @Test
        void only_an_administrator_may_erase_and_nothing_is_destroyed_otherwise() {
            refusedFor(fixture.given(OPENED).when(new ErasePersonalData(ID, "asked"), MetaData.with("role", "CASE_OFFICER")),
                    NotPermitted.class, Erasures.ONLY_ADMINS_ERASE);
            assertThat(vault.erased()).isEmpty();
        }
    }

    @Nested
    @DisplayName("reg 44: a tribunal order reopens the assessment it overturns")
    class ReopenedByAnOrder {

        private final LocalDate refusedOn = RECEIVED.plusWeeks(5);
        private final LocalDate orderedFrom = LocalDate.of(2024, 11, 4);
        private final AssessmentReopened reopened = new AssessmentReopened(ID, "dispute-1", TribunalOrder.ASSESS,
                DECISION_NOT_TO_ASSESS, refusedOn, orderedFrom, TribunalOrder.ASSESS.deadlines(orderedFrom));

        @Test
        void an_order_to_assess_overturns_the_refusal_with_the_orders_deadlines() {
            fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn))
                    .whenInvoking(ID, assessment -> assessment.reopen("dispute-1", TribunalOrder.ASSESS, orderedFrom, orderedFrom, new QueuedMail()))
                    .expectEvents(reopened);
        }

        @Test
        void there_is_nothing_to_reopen_without_the_decision_the_order_overturns() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, refusedOn))
                    .whenInvoking(ID, assessment -> assessment.reopen("dispute-1", TribunalOrder.ISSUE_PLAN, orderedFrom, orderedFrom, new QueuedMail())),
                    RuleBroken.class, UnderOrder.NOTHING_TO_REOPEN);
            refusedFor(fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn), reopened)
                    .whenInvoking(ID, assessment -> assessment.reopen("dispute-2", TribunalOrder.ASSESS, orderedFrom, orderedFrom, new QueuedMail())),
                    RuleBroken.class, UnderOrder.NOTHING_TO_REOPEN);
        }

        @Test
        void the_reopened_case_goes_on_with_the_notice_to_assess() {
            fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn), reopened)
                    .when(record(DECISION_TO_ASSESS, orderedFrom.plusDays(7)))
                    .expectEvents(recorded(DECISION_TO_ASSESS, orderedFrom.plusDays(7)));
        }

        @Test
        void the_overturned_refusal_cannot_be_made_again_and_nothing_is_dated_before_the_order() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn), reopened)
                    .when(record(DECISION_NOT_TO_ASSESS, orderedFrom.plusDays(7))), RuleBroken.class,
                    UnderOrder.ORDERED_TO_ASSESS);
            refusedFor(fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn), reopened)
                    .when(record(DECISION_TO_ASSESS, orderedFrom.minusDays(1))), RuleBroken.class, StepOrder.STEPS_IN_ORDER);
        }

        @Test
        void an_order_to_make_a_plan_after_a_refusal_to_issue_goes_on_with_the_draft() {
            LocalDate notIssued = RECEIVED.plusWeeks(15);
            fixture.given(OPENED, recorded(DECISION_TO_ASSESS, RECEIVED.plusWeeks(4)),
                            recorded(DECISION_NOT_TO_ISSUE, notIssued),
                            new AssessmentReopened(ID, "dispute-1", TribunalOrder.ISSUE_PLAN, DECISION_NOT_TO_ISSUE,
                                    notIssued, orderedFrom, TribunalOrder.ISSUE_PLAN.deadlines(orderedFrom)))
                    .when(record(DRAFT_PLAN_ISSUED, orderedFrom.plusWeeks(4)))
                    .expectEvents(recorded(DRAFT_PLAN_ISSUED, orderedFrom.plusWeeks(4)))
                    .expectState(assessment -> assertThat(assessment.recorded(new DecisionLetter(
                            AppealableDecision.DECISION_NOT_TO_ISSUE, notIssued))).isTrue());
        }
    }

    @Nested
    @DisplayName("Letters: the notice a step owed, recorded as sent once, from the day of its decision (ADR 39)")
    class Letters {

        private static final String PDF = "a".repeat(64);
        private final LocalDate refusedOn = RECEIVED.plusWeeks(5);

        @Test
        void a_refusal_to_assess_is_recorded_only_with_the_reasons_its_letter_must_give() {
            for (String none : new String[] {null, " "}) {
                refusedFor(fixture.given(OPENED).when(new RecordMilestone(ID, DECISION_NOT_TO_ASSESS, refusedOn, none)),
                        InvalidField.class, "note");
                setUp();
            }
            fixture.given(OPENED).when(new RecordMilestone(ID, DECISION_NOT_TO_ASSESS, refusedOn, "Needs met at SEN support."))
                    .expectEvents(new MilestoneRecorded(ID, DECISION_NOT_TO_ASSESS, refusedOn, "Needs met at SEN support."));
        }

        @Test
        void the_refusal_recorded_as_sent_names_its_step_notice_decision_and_the_pdf_sent() {
            fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn))
                    .when(new RecordLetterSent(ID, 1, refusedOn.plusDays(2), LetterChannel.POST, refusedOn.plusDays(4), PDF))
                    .expectEvents(new LetterSent(ID, 1, Notice.DECISION_NOT_TO_ASSESS, refusedOn, refusedOn.plusDays(2),
                            LetterChannel.POST, refusedOn.plusDays(4), PDF));
        }

        @Test
        void a_step_is_found_by_its_place_among_every_step_recorded_even_one_since_overturned() {
            LocalDate orderedFrom = refusedOn.plusWeeks(10);
            fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn),
                            new AssessmentReopened(ID, "dispute-1", TribunalOrder.ASSESS, DECISION_NOT_TO_ASSESS, refusedOn,
                                    orderedFrom, TribunalOrder.ASSESS.deadlines(orderedFrom)),
                            recorded(DECISION_TO_ASSESS, orderedFrom.plusDays(3)))
                    .when(new RecordLetterSent(ID, 2, orderedFrom.plusDays(3), LetterChannel.EMAIL, null, PDF))
                    .expectEvents(new LetterSent(ID, 2, Notice.DECISION_TO_ASSESS, orderedFrom.plusDays(3),
                            orderedFrom.plusDays(3), LetterChannel.EMAIL, null, PDF));
        }

        @Test
        void a_dispute_names_the_day_the_letter_was_sent_or_with_none_recorded_the_decisions_own_day() {
            DecisionLetter onTheDecisionsDay = new DecisionLetter(AppealableDecision.DECISION_NOT_TO_ASSESS, refusedOn);
            DecisionLetter onTheDaySent = new DecisionLetter(AppealableDecision.DECISION_NOT_TO_ASSESS, refusedOn.plusDays(3));
            fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn))
                    .when(new RecordLetterSent(ID, 1, refusedOn.plusDays(3), LetterChannel.POST, null, PDF))
                    .expectState(assessment -> {
                        assertThat(assessment.disputable(onTheDaySent)).isTrue();
                        assertThat(assessment.disputable(onTheDecisionsDay)).as("the clocks run from the letter").isFalse();
                    });
            fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn)).when(new AssignCase(ID, "officer2", "South"))
                    .expectState(assessment -> {
                        assertThat(assessment.disputable(onTheDecisionsDay)).isTrue();
                        assertThat(assessment.disputable(onTheDaySent)).isFalse();
                    });
        }

        @Test
        void a_step_that_owes_no_letter_or_none_at_all_is_not_found() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, refusedOn), recorded(REQUEST_WITHDRAWN, refusedOn.plusWeeks(6)))
                    .when(new RecordLetterSent(ID, 2, refusedOn.plusWeeks(6), LetterChannel.POST, null, PDF)),
                    UnknownReference.class, "no-such-letter");
            refusedFor(fixture.given(OPENED).when(new RecordLetterSent(ID, 1, refusedOn, LetterChannel.POST, null, PDF)),
                    UnknownReference.class, "no-such-letter");
            refusedFor(fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn))
                    .when(new RecordLetterSent(ID, 0, refusedOn, LetterChannel.POST, null, PDF)), UnknownReference.class,
                    "no-such-letter");
        }

        @Test
        void once_only_not_before_the_decision_nor_served_before_it_went_nor_in_the_future_and_with_a_real_digest() {
            LetterSent sent = new LetterSent(ID, 1, Notice.DECISION_NOT_TO_ASSESS, refusedOn, refusedOn, LetterChannel.POST,
                    null, PDF);
            refusedFor(fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn), sent)
                    .when(new RecordLetterSent(ID, 1, refusedOn.plusDays(1), LetterChannel.POST, null, PDF)),
                    RuleBroken.class, "letter-already-sent");
            refusedFor(fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn))
                    .when(new RecordLetterSent(ID, 1, refusedOn.minusDays(1), LetterChannel.POST, null, PDF)),
                    RuleBroken.class, StepOrder.STEPS_IN_ORDER);
            refusedFor(fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn))
                    .when(new RecordLetterSent(ID, 1, refusedOn.plusDays(2), LetterChannel.POST, refusedOn.plusDays(1), PDF)),
                    RuleBroken.class, StepOrder.STEPS_IN_ORDER);
            refusedFor(fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn))
                    .when(new RecordLetterSent(ID, 1, TODAY.plusDays(1), LetterChannel.POST, null, PDF)),
                    RuleBroken.class, Dates.DATE_IN_FUTURE);
            refusedFor(fixture.given(OPENED, recorded(DECISION_NOT_TO_ASSESS, refusedOn))
                    .when(new RecordLetterSent(ID, 1, refusedOn, LetterChannel.POST, null, "A".repeat(64))),
                    InvalidField.class, "pdfSha256");
        }
    }

    /**
     * A final plan recorded, and the plan it begins in the same command: the assessment's id and
     * sealed child, its first review due within the 12 months starting with the issue.
     */
    private static Object[] issuedWithItsPlan(LocalDate on) {
        return new Object[] {recorded(FINAL_PLAN_ISSUED, on),
                new PlanIssued(ID, CHILD, on, StatutoryCalendar.reviewDueBy(on))};
    }
}
