package uk.ehcworkflow.query.worktray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.CaseDeadlines;
import uk.ehcworkflow.query.assessment.CaseFacts;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.deadline.DeadlineKind;

class WorkTrayTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);

    private static List<OpenDeadline> deadlines(CaseFacts facts, LocalDate today) {
        return WorkTray.of(openOn(List.of(facts.record()), today), today, choice(366, null)).deadlines();
    }

    /** Each case's open deadlines as the read model keeps them, as they stand on the day. */
    private static List<OpenDeadline> openOn(List<AssessmentTimeline> cases, LocalDate today) {
        return cases.stream().flatMap(timeline -> CaseDeadlines.of(timeline).stream())
                .map(limit -> OpenDeadline.of(limit, today)).toList();
    }

    private static WorkTray.Choice choice(int withinDays, OpenDeadline.Status status) {
        return new WorkTray.Choice(withinDays, null, status, null, null, Paging.first());
    }

    @Test
    void a_new_request_owes_its_decision_within_six_weeks() {
        assertThat(deadlines(CaseFacts.received("a", RECEIVED), LocalDate.of(2024, 7, 1)))
                .extracting(OpenDeadline::kind, OpenDeadline::dueOn, OpenDeadline::daysLeft, OpenDeadline::status)
                .containsExactly(tuple(DeadlineKind.DECISION, LocalDate.of(2024, 7, 15),
                        14L, OpenDeadline.Status.DUE_SOON));
    }

    @Test
    void after_the_decision_to_assess_each_outstanding_advice_and_the_final_plan_are_owed() {
        CaseFacts facts = CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1))
                .letterSent(1, LocalDate.of(2024, 7, 2))
                .adviceRequested("h", Agency.HEALTH, LocalDate.of(2024, 7, 2))
                .adviceRequested("ep", Agency.EDUCATIONAL_PSYCHOLOGY, LocalDate.of(2024, 7, 2))
                .adviceSubmitted("ep", Agency.EDUCATIONAL_PSYCHOLOGY, LocalDate.of(2024, 8, 1));

        assertThat(deadlines(facts, LocalDate.of(2024, 8, 20)))
                .extracting(OpenDeadline::kind, OpenDeadline::agency, OpenDeadline::status)
                .containsExactly(
                        tuple(DeadlineKind.ADVICE, Agency.HEALTH, OpenDeadline.Status.OVERDUE),
                        tuple(DeadlineKind.FINAL_PLAN, null, OpenDeadline.Status.ON_TRACK));
    }

    @Test
    void a_served_draft_opens_the_familys_fifteen_days_until_they_answer() {
        CaseFacts served = CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1))
                .step(Milestone.DRAFT_PLAN_ISSUED, LocalDate.of(2024, 9, 2));

        assertThat(deadlines(served, LocalDate.of(2024, 9, 3))).extracting(OpenDeadline::kind, OpenDeadline::dueOn)
                .contains(tuple(DeadlineKind.DRAFT_RESPONSE, LocalDate.of(2024, 9, 16)));
        assertThat(deadlines(served.letterSent(1, LocalDate.of(2024, 7, 2)).letterSent(2, LocalDate.of(2024, 9, 2))
                .step(Milestone.DRAFT_RESPONSE_RECEIVED, LocalDate.of(2024, 9, 10)), LocalDate.of(2024, 9, 11)))
                .extracting(OpenDeadline::kind).containsExactly(DeadlineKind.FINAL_PLAN);
    }

    @Test
    void the_familys_fifteen_days_begin_with_the_day_the_drafts_letter_was_served() {
        CaseFacts served = CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1))
                .step(Milestone.DRAFT_PLAN_ISSUED, LocalDate.of(2024, 9, 2));

        // posted on Monday 2 September 2024, no day of arrival known: served on Wednesday 4th, the 15 days to the 18th
        assertThat(deadlines(served.letterSent(2, LocalDate.of(2024, 9, 2)), LocalDate.of(2024, 9, 3)))
                .extracting(OpenDeadline::kind, OpenDeadline::dueOn)
                .contains(tuple(DeadlineKind.DRAFT_RESPONSE, LocalDate.of(2024, 9, 18)));
    }

    @Test
    void an_exception_is_shown_beside_the_deadline_it_excuses_and_closed_cases_owe_nothing_once_their_letter_is_sent() {
        CaseFacts excused = CaseFacts.received("a", RECEIVED)
                .exception(Deadline.DECISION, StatutoryException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, null);
        assertThat(deadlines(excused, LocalDate.of(2024, 8, 1))).singleElement()
                .satisfies(deadline -> assertThat(deadline.exceptionApplies()).isTrue());

        CaseFacts refused = CaseFacts.received("b", RECEIVED).step(Milestone.DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 7, 1));
        assertThat(deadlines(refused, LocalDate.of(2024, 8, 1))).extracting(OpenDeadline::kind)
                .containsExactly(DeadlineKind.NOTICE);
        assertThat(deadlines(refused.letterSent(1, LocalDate.of(2024, 7, 3)), LocalDate.of(2024, 8, 1))).isEmpty();
    }

    @Test
    void each_decision_owes_the_family_its_letter_by_the_fifth_working_day_after_it_until_recorded_as_sent() {
        // decided on Thursday 27 June 2024: the letter is due by Thursday 4 July, the weekend not counted
        CaseFacts decided = CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 6, 27));
        assertThat(deadlines(decided, LocalDate.of(2024, 7, 5)))
                .extracting(OpenDeadline::kind, OpenDeadline::dueOn, OpenDeadline::status)
                .contains(tuple(DeadlineKind.NOTICE, LocalDate.of(2024, 7, 4), OpenDeadline.Status.OVERDUE));

        CaseFacts overturned = CaseFacts.received("b", RECEIVED).step(Milestone.DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 6, 27))
                .reopened(TribunalOrder.ASSESS, Milestone.DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 6, 27), LocalDate.of(2024, 11, 1));
        assertThat(deadlines(overturned, LocalDate.of(2024, 11, 2))).as("a decision the family appealed and won owes no letter now")
                .extracting(OpenDeadline::kind).doesNotContain(DeadlineKind.NOTICE);

        CaseFacts drafted = decided.letterSent(1, LocalDate.of(2024, 7, 8)).step(Milestone.DRAFT_PLAN_ISSUED, LocalDate.of(2024, 9, 2));
        assertThat(deadlines(drafted, LocalDate.of(2024, 9, 3)))
                .filteredOn(deadline -> deadline.kind() == DeadlineKind.NOTICE)
                .extracting(OpenDeadline::dueOn).containsExactly(LocalDate.of(2024, 9, 9));
    }

    @Test
    void the_tray_holds_what_is_due_within_the_chosen_days_or_overdue_soonest_first_with_counts() {
        List<AssessmentTimeline> cases = List.of(
                CaseFacts.received("late", LocalDate.of(2024, 4, 1)).record(),
                CaseFacts.received("soon", LocalDate.of(2024, 6, 3)).record(),
                CaseFacts.received("later", LocalDate.of(2024, 7, 1)).record());

        LocalDate today = LocalDate.of(2024, 7, 1);
        List<OpenDeadline> open = openOn(cases, today);
        WorkTray tray = WorkTray.of(open, today, choice(14, null));

        assertThat(tray.deadlines()).extracting(OpenDeadline::assessmentId).containsExactly("late", "soon");
        assertThat(tray.counts()).containsEntry(OpenDeadline.Status.OVERDUE, 1L).containsEntry(OpenDeadline.Status.DUE_SOON, 1L)
                .containsEntry(OpenDeadline.Status.ON_TRACK, 0L);
        assertThat(WorkTray.of(open, today, choice(366, OpenDeadline.Status.ON_TRACK)).deadlines())
                .extracting(OpenDeadline::assessmentId).containsExactly("later");
    }

    @Test
    void an_officers_tray_holds_their_caseload_a_teams_its_officers_and_everything_a_page_at_a_time_with_totals() {
        LocalDate today = LocalDate.of(2024, 7, 1);
        List<OpenDeadline> open = openOn(List.of(
                CaseFacts.received("mine", LocalDate.of(2024, 4, 1)).heldBy("officer", "North").record(),
                CaseFacts.received("colleague's", LocalDate.of(2024, 5, 1)).heldBy("officer3", "North").record(),
                CaseFacts.received("south", LocalDate.of(2024, 6, 1)).heldBy("officer2", "South").record(),
                CaseFacts.received("imported", LocalDate.of(2024, 6, 3)).record()), today);

        assertThat(WorkTray.of(open, today, new WorkTray.Choice(28, null, null, "officer", null, Paging.first())).deadlines())
                .extracting(OpenDeadline::assessmentId).containsExactly("mine");
        assertThat(WorkTray.of(open, today, new WorkTray.Choice(28, null, null, null, "North", Paging.first())).deadlines())
                .extracting(OpenDeadline::assessmentId).containsExactly("mine", "colleague's");
        WorkTray second = WorkTray.of(open, today, new WorkTray.Choice(28, null, null, null, null, new Paging(2, 3)));
        assertThat(second.deadlines()).extracting(OpenDeadline::assessmentId).containsExactly("imported");
        assertThat(second.deadlines().get(0).heldBy()).isNull();
        assertThat(second).extracting(WorkTray::total, WorkTray::pages, WorkTray::page).containsExactly(4L, 2, 2);
        assertThat(second.counts()).containsEntry(OpenDeadline.Status.OVERDUE, 2L).containsEntry(OpenDeadline.Status.DUE_SOON, 2L);
    }
}
