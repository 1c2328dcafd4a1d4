package uk.ehcworkflow.query.worktray;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.caseload.Holder;

class CaseloadsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void each_officers_work_is_counted_on_their_row_and_summed_by_team_with_what_nobody_holds_apart() {
        Caseloads.Tally tally = new Caseloads.Tally();
        Holder north = new Holder("officer", "North");
        tally.count(new Holder("officer3", "North"), 0, 0, 0, 0); // an officer with nothing open still has a row
        tally.count(north, 1, 0, 0, 0);
        tally.count(north, 1, 0, 0, 2);
        tally.count(north, 0, 1, 0, 0);
        tally.count(new Holder("officer2", "South"), 0, 0, 1, 1);
        tally.count(null, 0, 3, 0, 1);

        Caseloads caseloads = tally.on(TODAY);

        assertThat(caseloads.officers()).containsExactly(
                new Caseloads.Row("officer", "North", 2, 1, 0, 2),
                new Caseloads.Row("officer2", "South", 0, 0, 1, 1),
                new Caseloads.Row("officer3", "North", 0, 0, 0, 0));
        assertThat(caseloads.teams()).containsExactly(
                new Caseloads.Row(null, "North", 2, 1, 0, 2),
                new Caseloads.Row(null, "South", 0, 0, 1, 1));
        assertThat(caseloads.unheld()).isEqualTo(new Caseloads.Row(null, null, 0, 3, 0, 1));
    }
}
