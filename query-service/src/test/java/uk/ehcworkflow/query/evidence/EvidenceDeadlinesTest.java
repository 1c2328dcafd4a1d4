package uk.ehcworkflow.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.query.assessment.CaseFacts;

/** The evidence pack's table of deadlines: what was due, whether it was met, never a blank. */
class EvidenceDeadlinesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

    private static List<String> names(List<List<?>> rows) {
        return rows.stream().map(row -> row.get(0).toString()).toList();
    }

    @Test
    void a_refused_request_shows_no_final_plan_due() {
        var rows = EvidencePacks.deadlines(CaseFacts.received("a", RECEIVED)
                .step(Milestone.DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 7, 10)).record(), TODAY);

        assertThat(names(rows)).containsExactly("Decision whether to assess (6 weeks)");
        assertThat(rows.get(0)).isEqualTo(List.of("Decision whether to assess (6 weeks)", LocalDate.of(2024, 7, 15),
                LocalDate.of(2024, 7, 10), "yes", "no"));
    }

    @Test
    void a_withdrawn_request_shows_no_final_plan_due_and_its_unmade_decision_as_not_needed() {
        var rows = EvidencePacks.deadlines(CaseFacts.received("a", RECEIVED)
                .step(Milestone.REQUEST_WITHDRAWN, LocalDate.of(2024, 6, 20)).record(), TODAY);

        assertThat(rows).containsExactly(List.of("Decision whether to assess (6 weeks)", LocalDate.of(2024, 7, 15),
                "not needed: REQUEST_WITHDRAWN", "closed", "no"));
    }

    @Test
    void an_overdue_deadline_not_yet_met_says_so_and_one_not_yet_due_says_that() {
        var rows = EvidencePacks.deadlines(CaseFacts.received("a", RECEIVED)
                .step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1)).record(), LocalDate.of(2024, 10, 22));
        var early = EvidencePacks.deadlines(CaseFacts.received("b", RECEIVED).record(), LocalDate.of(2024, 6, 10));

        assertThat(rows.get(1)).isEqualTo(List.of("Final plan issued (20 weeks)", LocalDate.of(2024, 10, 21), "not yet",
                "not met (overdue)", "no"));
        assertThat(early.get(0).get(3)).isEqualTo("not yet due");
        assertThat(early.get(1).get(3)).isEqualTo("not yet due");
    }

    @Test
    void a_decision_not_to_issue_is_judged_against_the_sixteen_weeks() {
        var rows = EvidencePacks.deadlines(CaseFacts.received("a", RECEIVED)
                .step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1))
                .step(Milestone.DECISION_NOT_TO_ISSUE, LocalDate.of(2024, 9, 24)).record(), TODAY);

        assertThat(rows.get(1)).isEqualTo(List.of("Decision not to issue (16 weeks)", LocalDate.of(2024, 9, 23),
                LocalDate.of(2024, 9, 24), "no", "no"));
    }
}
