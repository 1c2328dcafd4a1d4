package uk.ehcworkflow.command.improvement;

import static uk.ehcworkflow.command.common.Refusals.refusedFor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.events.improvement.ActionRegistered;
import uk.ehcworkflow.events.improvement.MeasureRecorded;
import uk.ehcworkflow.events.improvement.ProgressRecorded;
import uk.ehcworkflow.events.improvement.Rag;
import uk.ehcworkflow.events.improvement.RagChanged;
import uk.ehcworkflow.events.improvement.SuccessCriterion;

class ImprovementActionTest {

    private static final String ACTION = "action-1";
    private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);
    private static final SuccessCriterion TWENTY_WEEKS = new SuccessCriterion("More plans issued within 20 weeks",
            "plans within 20 weeks (%)", new BigDecimal("42.6"), new BigDecimal("80"), LocalDate.of(2019, 4, 30));
    private static final ActionRegistered REGISTERED = new ActionRegistered(ACTION, "2.1",
            "Timeliness of EHC plans", "Review the 20-week process", List.of("Head of SEND"), LocalDate.of(2019, 3, 31),
            List.of(TWENTY_WEEKS));
    private static final RagChanged STARTED = new RagChanged(ACTION, Rag.RED, Rag.AMBER, "Review under way", LocalDate.of(2018, 9, 1));

    private final Set<String> claimed = new HashSet<>();
    private FixtureConfiguration<ImprovementAction> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ImprovementAction.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        fixture.registerInjectableResource((ActionReferences) (reference, actionId) -> claimed.add(reference));
    }

    @Test
    void a_registered_action_keeps_its_reference_leads_and_success_criteria() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAction(ACTION, "2.1", "Timeliness of EHC plans", "Review the 20-week process",
                        List.of("Head of SEND"), LocalDate.of(2019, 3, 31), List.of(TWENTY_WEEKS)))
                .expectEvents(REGISTERED);
    }

    @Test
    void a_reference_already_used_in_the_plan_is_refused() {
        claimed.add("2.1");
        refusedFor(fixture.givenNoPriorActivity().when(new RegisterAction(ACTION, "2.1", "a", "t", List.of("l"),
                        LocalDate.of(2019, 3, 31), List.of(TWENTY_WEEKS))),
                RuleBroken.class, ImprovementAction.DUPLICATE_REFERENCE);
    }

    @Test
    void a_rag_change_records_from_and_to_with_its_reason_and_effective_date() {
        fixture.given(REGISTERED)
                .when(new ChangeRag(ACTION, Rag.AMBER, "Review under way", LocalDate.of(2018, 9, 1)))
                .expectEvents(STARTED);
    }

    @Test
    void a_change_to_the_same_rag_is_refused() {
        refusedFor(fixture.given(REGISTERED).when(new ChangeRag(ACTION, Rag.RED, "still red", TODAY)),
                RuleBroken.class, ImprovementAction.RAG_UNCHANGED);
    }

    @Test
    void complete_needs_evidence_of_completion_recorded_first() {
        refusedFor(fixture.given(REGISTERED, STARTED,
                                new ProgressRecorded(ACTION, "half way", List.of()))
                        .when(new ChangeRag(ACTION, Rag.BLUE, "done", TODAY)),
                RuleBroken.class, ImprovementAction.COMPLETION_NEEDS_EVIDENCE);
    }

    @Test
    void with_evidence_recorded_an_action_can_be_completed() {
        fixture.given(REGISTERED, STARTED, new ProgressRecorded(ACTION, "new process live", List.of("Process v2, signed off")))
                .when(new ChangeRag(ACTION, Rag.BLUE, "Process embedded", TODAY))
                .expectEvents(new RagChanged(ACTION, Rag.AMBER, Rag.BLUE, "Process embedded", TODAY));
    }

    @Test
    void a_rag_change_cannot_take_effect_in_the_future() {
        refusedFor(fixture.given(REGISTERED).when(new ChangeRag(ACTION, Rag.AMBER, "soon", TODAY.plusDays(1))),
                RuleBroken.class, Dates.DATE_IN_FUTURE);
    }

    @Test
    void a_rag_change_cannot_take_effect_before_the_previous_one() {
        refusedFor(fixture.given(REGISTERED, STARTED).when(new ChangeRag(ACTION, Rag.GREEN, "bau", LocalDate.of(2018, 8, 1))),
                RuleBroken.class, ImprovementAction.RAG_CHANGE_OUT_OF_ORDER);
    }

    @Test
    void actuals_are_recorded_for_the_actions_own_measures() {
        fixture.given(REGISTERED)
                .when(new RecordMeasure(ACTION, "plans within 20 weeks (%)", new BigDecimal("64.8"), LocalDate.of(2019, 3, 31)))
                .expectEvents(new MeasureRecorded(ACTION, "plans within 20 weeks (%)", new BigDecimal("64.8"),
                        LocalDate.of(2019, 3, 31)));
    }

    @Test
    void an_actual_for_a_measure_the_action_does_not_have_is_refused() {
        refusedFor(fixture.given(REGISTERED).when(new RecordMeasure(ACTION, "requests per month", BigDecimal.ONE, TODAY)),
                RuleBroken.class, ImprovementAction.UNKNOWN_MEASURE);
    }
}
