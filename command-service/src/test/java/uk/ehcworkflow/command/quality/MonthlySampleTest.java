package uk.ehcworkflow.command.quality;

import static uk.ehcworkflow.command.common.Refusals.refusedFor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.events.quality.MonthlySampleDrawn;
import uk.ehcworkflow.events.quality.MonthlySampling;
import uk.ehcworkflow.events.quality.SampledPlan;

@DisplayName("A month's sample of finalised plans: drawn once the month is over, from every plan first issued in it, reproducibly")
class MonthlySampleTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 10);
    private static final String SAMPLE = MonthlySampling.sampleId(NOVEMBER);
    /** The first working day of December 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<SampledPlan> FINALISED = List.of(new SampledPlan("plan-n1", "North", ISSUED),
            new SampledPlan("plan-n2", "North", ISSUED), new SampledPlan("plan-n3", "North", ISSUED),
            new SampledPlan("plan-n4", "North", ISSUED), new SampledPlan("plan-n5", "North", ISSUED),
            new SampledPlan("plan-s1", "South", ISSUED));

    /** The plans the store holds as first issued in each month. */
    static final class FakeFinalised extends FinalisedPlans {
        FakeFinalised() {
            super(null, null);
        }

        @Override
        public List<SampledPlan> firstIssuedIn(YearMonth month) {
            return month.equals(NOVEMBER) ? FINALISED : List.of();
        }
    }

    private FixtureConfiguration<MonthlySample> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MonthlySample.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        fixture.registerInjectableResource(new FakeFinalised());
    }

    @Test
    void the_draw_keeps_its_seed_and_population_so_the_same_plans_are_drawn_again_from_them() {
        // 5 North plans at 25% draw 2, the 1 South plan is drawn: each team with plans is looked at
        fixture.givenNoPriorActivity().when(new DrawMonthlySample(SAMPLE, NOVEMBER, 99L, 25))
                .expectEvents(new MonthlySampleDrawn(SAMPLE, NOVEMBER, 99L, 25, FINALISED, MonthlySampling.draw(99L, 25, FINALISED),
                        TODAY, LocalDate.of(2026, 12, 31)));
    }

    @Test
    void a_month_with_no_plans_finalised_is_drawn_empty_and_so_on_record() {
        YearMonth october = YearMonth.of(2026, 10);
        fixture.givenNoPriorActivity().when(new DrawMonthlySample(MonthlySampling.sampleId(october), october, 5L, 25))
                .expectEvents(new MonthlySampleDrawn(MonthlySampling.sampleId(october), october, 5L, 25, List.of(), List.of(), TODAY,
                        LocalDate.of(2026, 12, 31)));
    }

    @Test
    void a_month_is_sampled_once() {
        refusedFor(fixture.given(new MonthlySampleDrawn(SAMPLE, NOVEMBER, 99L, 25, FINALISED, List.of("plan-n1", "plan-s1"), TODAY,
                LocalDate.of(2026, 12, 31))).when(new DrawMonthlySample(SAMPLE, NOVEMBER, 100L, 25)), RuleBroken.class,
                MonthlySample.ALREADY_DRAWN);
    }

    @Test
    void a_month_not_yet_over_cannot_be_sampled() {
        YearMonth december = YearMonth.of(2026, 12);
        refusedFor(fixture.givenNoPriorActivity().when(new DrawMonthlySample(MonthlySampling.sampleId(december), december, 1L, 25)),
                InvalidField.class, "month");
    }
}
