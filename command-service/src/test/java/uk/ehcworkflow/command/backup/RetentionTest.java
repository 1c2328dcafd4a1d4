package uk.ehcworkflow.command.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void two_years_of_nightly_backups_keep_14_days_8_weeks_and_12_months() {
        List<Instant> nightly = new ArrayList<>();
        Instant first = Instant.parse("2024-12-06T02:30:00Z");
        for (int day = 0; day < 730; day++) {
            nightly.add(first.plus(Duration.ofDays(day)));
        }
        Instant newest = nightly.get(nightly.size() - 1);

        Set<Instant> kept = new Retention(14, 8, 12).keep(nightly, LONDON);

        assertThat(kept).contains(newest);
        assertThat(kept).containsAll(nightly.subList(nightly.size() - 14, nightly.size()));
        assertThat(kept).doesNotContain(nightly.get(nightly.size() - 15 - 1));
        // The newest is Saturday 5 December 2026. Of the 8 weeks, the 3 newest end within the 14 days;
        // of the 12 months, December's and November's newest are within them too.
        assertThat(kept.stream().filter(at -> at.isBefore(newest.minus(Duration.ofDays(14)))).sorted())
                .extracting(Instant::toString).map(at -> at.substring(0, 10)).containsExactly(
                        "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31",
                        "2026-08-31", "2026-09-30", "2026-10-18", "2026-10-25", "2026-10-31", "2026-11-01", "2026-11-08",
                        "2026-11-15");
        assertThat(kept.stream().filter(at -> at.isBefore(newest.minus(Duration.ofDays(366))))).isEmpty();
    }

    @Test
    void several_backups_in_a_day_keep_that_days_newest_and_the_newest_of_all() {
        Instant morning = Instant.parse("2026-12-01T08:00:00Z");
        Instant evening = Instant.parse("2026-12-01T20:00:00Z");
        Instant yesterday = Instant.parse("2026-11-30T20:00:00Z");

        assertThat(new Retention(1, 0, 0).keep(List.of(morning, yesterday, evening), LONDON)).containsExactly(evening);
        assertThat(new Retention(2, 0, 0).keep(List.of(morning, yesterday, evening), LONDON))
                .containsExactlyInAnyOrder(evening, yesterday);
    }

    @Test
    void a_rule_that_would_keep_no_daily_backup_is_refused() {
        assertThatThrownBy(() -> new Retention(0, 8, 12)).hasMessageContaining("at least 1 daily");
    }
}
