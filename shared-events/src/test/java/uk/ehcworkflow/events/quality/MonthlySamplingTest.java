package uk.ehcworkflow.events.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MonthlySamplingTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 16);
    /** 9 plans in the north team, 3 in the south, 2 held by no team. */
    private static final List<SampledPlan> NOVEMBER = new ArrayList<>();

    static {
        IntStream.rangeClosed(1, 9).forEach(n -> NOVEMBER.add(new SampledPlan("north-" + n, "North", ISSUED)));
        IntStream.rangeClosed(1, 3).forEach(n -> NOVEMBER.add(new SampledPlan("south-" + n, "South", ISSUED)));
        IntStream.rangeClosed(1, 2).forEach(n -> NOVEMBER.add(new SampledPlan("unheld-" + n, null, ISSUED)));
    }

    @Test
    void a_quarter_of_each_teams_plans_rounded_up_and_at_least_one_of_a_team_with_any() {
        assertThat(MonthlySampling.drawnFrom(0, 25)).isZero();
        assertThat(MonthlySampling.drawnFrom(1, 25)).isEqualTo(1);
        assertThat(MonthlySampling.drawnFrom(3, 25)).isEqualTo(1);
        assertThat(MonthlySampling.drawnFrom(4, 25)).isEqualTo(1);
        assertThat(MonthlySampling.drawnFrom(5, 25)).isEqualTo(2);
        assertThat(MonthlySampling.drawnFrom(9, 25)).isEqualTo(3);
        assertThat(MonthlySampling.drawnFrom(40, 25)).isEqualTo(10);
        assertThat(MonthlySampling.drawnFrom(7, 100)).isEqualTo(7);
    }

    @Test
    void the_sample_is_stratified_by_team_each_team_with_plans_drawn_from() {
        List<String> sampled = MonthlySampling.draw(20261201L, 25, NOVEMBER);

        assertThat(sampled).hasSize(3 + 1 + 1);
        assertThat(sampled.subList(0, 3)).allMatch(plan -> plan.startsWith("north-")).doesNotHaveDuplicates();
        assertThat(sampled.get(3)).startsWith("south-");
        assertThat(sampled.get(4)).startsWith("unheld-");
    }

    @Test
    void the_same_seed_draws_the_same_plans_whatever_order_the_population_was_listed_in() {
        List<SampledPlan> shuffled = new ArrayList<>(NOVEMBER);
        Collections.shuffle(shuffled, new Random(7));

        assertThat(MonthlySampling.draw(42L, 25, shuffled)).isEqualTo(MonthlySampling.draw(42L, 25, NOVEMBER));
    }

    @Test
    void the_draw_from_a_recorded_seed_never_changes() {
        // Pinned: a sample drawn and recorded must be drawn the same from its seed on every later version.
        assertThat(MonthlySampling.draw(42L, 25, NOVEMBER)).containsExactly("north-5", "north-2", "north-6", "south-3",
                "unheld-1");
    }

    @Test
    void different_seeds_draw_different_plans() {
        List<List<String>> draws = IntStream.range(0, 20).mapToObj(seed -> MonthlySampling.draw(seed, 25, NOVEMBER)).distinct().toList();

        assertThat(draws).hasSizeGreaterThan(10);
    }

    @Test
    void a_month_with_no_plans_finalised_draws_none() {
        assertThat(MonthlySampling.draw(42L, 25, List.of())).isEmpty();
    }

    @Test
    void a_sample_is_drawn_on_the_months_first_working_day_and_audited_within_twenty_working_days() {
        assertThat(MonthlySampling.firstWorkingDay(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 1));
        // 1 January 2027 is a bank holiday, then a weekend
        assertThat(MonthlySampling.firstWorkingDay(YearMonth.of(2027, 1))).isEqualTo(LocalDate.of(2027, 1, 4));
        // 1 November 2026 is a Sunday
        assertThat(MonthlySampling.firstWorkingDay(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 11, 2));
        // Christmas Day and the Boxing Day holiday on 28 December are not counted
        assertThat(MonthlySampling.auditBy(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(MonthlySampling.sampleId(YearMonth.of(2026, 11))).isEqualTo("sample-2026-11");
    }
}
