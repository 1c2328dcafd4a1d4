package uk.ehcworkflow.command.assessment;

import static uk.ehcworkflow.command.common.Refusals.refusedFor;
import static uk.ehcworkflow.events.assessment.Milestone.DECISION_NOT_TO_ASSESS;
import static uk.ehcworkflow.events.assessment.Milestone.DECISION_NOT_TO_ISSUE;
import static uk.ehcworkflow.events.assessment.Milestone.DECISION_TO_ASSESS;
import static uk.ehcworkflow.events.assessment.Milestone.DRAFT_PLAN_ISSUED;
import static uk.ehcworkflow.events.assessment.Milestone.DRAFT_RESPONSE_RECEIVED;
import static uk.ehcworkflow.events.assessment.Milestone.FINAL_PLAN_ISSUED;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.NotPermitted;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.events.assessment.AdviceRequested;
import uk.ehcworkflow.events.assessment.AdviceSubmitted;
import uk.ehcworkflow.events.assessment.AssessmentOpened;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.ExceptionRecorded;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.assessment.StatutoryDueDates;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.common.SealedPersonalData;

class AssessmentTest {

    private static final String ID = "assessment-1";
    private static final String ADVICE = "advice-1";
    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    private static final SealedPersonalData CHILD = new SealedPersonalData(ID, "c2VhbGVk");
    private static final AssessmentOpened OPENED = new AssessmentOpened(ID, RECEIVED, RequestSource.PARENT, CHILD,
            new StatutoryDueDates(LocalDate.of(2024, 7, 15), LocalDate.of(2024, 9, 23), LocalDate.of(2024, 10, 21)));

    private FixtureConfiguration<Assessment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London")));
    }

    private static MilestoneRecorded recorded(Milestone milestone, LocalDate on) {
        return new MilestoneRecorded(ID, milestone, on, null);
    }

    private static RecordMilestone record(Milestone milestone, LocalDate on) {
        return new RecordMilestone(ID, milestone, on, null);
    }

    @Nested
    @DisplayName("reg 4(1), 5(1), 10(1), 13(2): the clocks start on the day the request is received")
    class Opening {

        @Test
        void fixes_the_six_sixteen_and_twenty_week_deadlines_from_the_day_the_request_was_received() {
            fixture.givenNoPriorActivity()
                    .when(new OpenAssessment(ID, RECEIVED, RequestSource.PARENT, CHILD))
                    .expectEvents(OPENED);
        }

        @Test
        void a_request_cannot_be_received_in_the_future() {
            refusedFor(fixture.givenNoPriorActivity()
                    .when(new OpenAssessment(ID, TODAY.plusDays(1), RequestSource.SCHOOL, CHILD)),
                    RuleBroken.class, Dates.DATE_IN_FUTURE);
        }

        @Test
        void a_request_received_today_is_accepted() {
            fixture.givenNoPriorActivity()
                    .when(new OpenAssessment(ID, TODAY, RequestSource.YOUNG_PERSON, CHILD))
                    .expectEvents(new AssessmentOpened(ID, TODAY, RequestSource.YOUNG_PERSON, CHILD, new StatutoryDueDates(
                            LocalDate.of(2025, 2, 26), LocalDate.of(2025, 5, 7), LocalDate.of(2025, 6, 4))));
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

        @Test
        void a_final_plan_can_be_issued_on_the_day_served_plus_fourteen() {
            finalPlanOn(LocalDate.of(2024, 8, 15)).expectEvents(recorded(FINAL_PLAN_ISSUED, LocalDate.of(2024, 8, 15)));
        }

        @Test
        void a_final_plan_the_day_before_is_refused_while_the_family_may_still_respond() {
            refusedFor(finalPlanOn(LocalDate.of(2024, 8, 14)), RuleBroken.class, StepOrder.DRAFT_RESPONSE_PERIOD);
        }

        @Test
        void once_the_familys_response_is_recorded_the_final_plan_may_follow_at_once() {
            finalPlanOn(LocalDate.of(2024, 8, 5), recorded(DRAFT_RESPONSE_RECEIVED, LocalDate.of(2024, 8, 5)))
                    .expectEvents(recorded(FINAL_PLAN_ISSUED, LocalDate.of(2024, 8, 5)));
        }

        @Test
        void the_final_plan_cannot_be_dated_before_the_familys_response() {
            refusedFor(finalPlanOn(LocalDate.of(2024, 8, 4), recorded(DRAFT_RESPONSE_RECEIVED, LocalDate.of(2024, 8, 5))),
                    RuleBroken.class, StepOrder.STEPS_IN_ORDER);
        }

        @Test
        void the_familys_response_needs_a_draft_to_respond_to() {
            refusedFor(fixture.given(OPENED, recorded(DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)))
                            .when(record(DRAFT_RESPONSE_RECEIVED, LocalDate.of(2024, 8, 5))),
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

        private final LocalDate from = LocalDate.of(2024, 7, 20);

        private ExcuseDeadline exception(Deadline deadline, StatutoryException reason, String adviceRequestId) {
            return new ExcuseDeadline(ID, deadline, reason, adviceRequestId, from, null, "evidence on file");
        }

        @Test
        void a_school_closure_excuses_the_twenty_week_deadline() {
            fixture.given(OPENED)
                    .when(exception(Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE, null))
                    .expectEvents(new ExceptionRecorded(ID, Deadline.FINAL_PLAN, StatutoryException.SCHOOL_CLOSURE, null,
                            from, null, "evidence on file"));
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
                    RuleBroken.class, ExceptionRules.EXCEPTION_NOT_PERMITTED);
        }

        @Test
        void a_school_closure_does_not_excuse_an_agencys_advice() {
            refusedFor(fixture.given(OPENED, new AdviceRequested(ID, ADVICE, Agency.HEALTH, RECEIVED, RECEIVED.plusWeeks(6)))
                            .when(exception(Deadline.ADVICE, StatutoryException.SCHOOL_CLOSURE, ADVICE)),
                    RuleBroken.class, ExceptionRules.EXCEPTION_NOT_PERMITTED);
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
        void the_coronavirus_exception_applies_to_periods_within_may_to_september_2020() {
            AssessmentOpened in2020 = new AssessmentOpened(ID, LocalDate.of(2020, 4, 1), RequestSource.PARENT, CHILD,
                    new StatutoryDueDates(LocalDate.of(2020, 5, 13), LocalDate.of(2020, 7, 22), LocalDate.of(2020, 8, 19)));
            fixture.given(in2020)
                    .when(new ExcuseDeadline(ID, Deadline.FINAL_PLAN, StatutoryException.CORONAVIRUS_2020, null,
                            LocalDate.of(2020, 5, 1), LocalDate.of(2020, 9, 25), "SI 2020/471"))
                    .expectEvents(new ExceptionRecorded(ID, Deadline.FINAL_PLAN, StatutoryException.CORONAVIRUS_2020, null,
                            LocalDate.of(2020, 5, 1), LocalDate.of(2020, 9, 25), "SI 2020/471"));
        }

        @Test
        void the_coronavirus_exception_is_refused_outside_that_period() {
            refusedFor(fixture.given(OPENED)
                            .when(new ExcuseDeadline(ID, Deadline.FINAL_PLAN, StatutoryException.CORONAVIRUS_2020, null,
                                    from, LocalDate.of(2024, 8, 1), "not a pandemic")),
                    RuleBroken.class, ExceptionRules.CORONAVIRUS_PERIOD);
        }

        @Test
        void an_exception_period_cannot_start_in_the_future() {
            refusedFor(fixture.given(OPENED)
                            .when(new ExcuseDeadline(ID, Deadline.DECISION, StatutoryException.ABSENT_FROM_AREA, null,
                                    TODAY.plusDays(2), null, "booked holiday")),
                    RuleBroken.class, Dates.DATE_IN_FUTURE);
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
}
