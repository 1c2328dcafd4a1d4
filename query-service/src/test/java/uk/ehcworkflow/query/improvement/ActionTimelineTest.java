package uk.ehcworkflow.query.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.improvement.ActionRegistered;
import uk.ehcworkflow.events.improvement.ImprovementActionEvent;
import uk.ehcworkflow.events.improvement.MeasureRecorded;
import uk.ehcworkflow.events.improvement.ProgressRecorded;
import uk.ehcworkflow.events.improvement.Rag;
import uk.ehcworkflow.events.improvement.RagChanged;
import uk.ehcworkflow.events.improvement.SuccessCriterion;
import uk.ehcworkflow.query.readmodel.Recording;

class ActionTimelineTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String MEASURE = "plans within 20 weeks (%)";

    private static ActionTimeline action(ImprovementActionEvent... events) {
        ActionTimeline record = new ActionTimeline();
        for (int i = 0; i < events.length; i++) {
            record.apply(events[i], new Recording(i, Instant.parse("2019-01-10T09:00:00Z").plusSeconds(86_400L * i), "lead"));
        }
        return record;
    }

    private static ActionRegistered registered(String reference) {
        return new ActionRegistered("a-" + reference, reference, "Timeliness", "Review the 20-week process",
                List.of("Head of SEND"), LocalDate.of(2019, 3, 31), List.of(new SuccessCriterion("More plans in time",
                MEASURE, new BigDecimal("42.6"), new BigDecimal("80"), LocalDate.of(2019, 4, 30))));
    }

    @Test
    void an_action_is_red_until_its_first_change_takes_effect_and_then_shows_each_change_from_its_effective_date() {
        ActionTimeline action = action(registered("2.1"),
                new RagChanged("a-2.1", Rag.RED, Rag.AMBER, "started", LocalDate.of(2018, 9, 1)),
                new RagChanged("a-2.1", Rag.AMBER, Rag.GREEN, "embedded", LocalDate.of(2019, 2, 1)));

        assertThat(action.ragOn(LocalDate.of(2018, 8, 31))).isEqualTo(Rag.RED);
        assertThat(action.ragOn(LocalDate.of(2018, 9, 1))).isEqualTo(Rag.AMBER);
        assertThat(action.ragOn(LocalDate.of(2019, 1, 31))).isEqualTo(Rag.AMBER);
        assertThat(action.ragOn(LocalDate.of(2019, 2, 1))).isEqualTo(Rag.GREEN);
        assertThat(action.ragChangeOn(LocalDate.of(2019, 2, 1))).get().extracting(ActionTimeline.Change::reason).isEqualTo("embedded");
    }

    @Test
    void an_action_past_its_due_date_is_overdue_while_red_or_amber_but_not_once_green_or_blue() {
        ActionTimeline amber = action(registered("2.1"), new RagChanged("a-2.1", Rag.RED, Rag.AMBER, "started", LocalDate.of(2019, 1, 1)));
        ActionTimeline green = action(registered("2.1"), new RagChanged("a-2.1", Rag.RED, Rag.GREEN, "bau", LocalDate.of(2019, 1, 1)));

        assertThat(amber.overdueOn(LocalDate.of(2019, 3, 31))).isFalse();
        assertThat(amber.overdueOn(LocalDate.of(2019, 4, 1))).isTrue();
        assertThat(green.overdueOn(LocalDate.of(2019, 4, 1))).isFalse();
    }

    @Test
    void measures_show_baseline_target_and_the_actuals_that_had_taken_effect_by_the_day() {
        ActionTimeline action = action(registered("2.1"),
                new MeasureRecorded("a-2.1", MEASURE, new BigDecimal("55.0"), LocalDate.of(2018, 12, 31)),
                new MeasureRecorded("a-2.1", MEASURE, new BigDecimal("64.8"), LocalDate.of(2019, 3, 31)));

        ActionTimeline.Measure onNewYear = action.measuresOn(LocalDate.of(2019, 1, 1)).get(0);
        assertThat(onNewYear.baseline()).isEqualByComparingTo("42.6");
        assertThat(onNewYear.target()).isEqualByComparingTo("80");
        assertThat(onNewYear.actuals()).extracting(ActionTimeline.Actual::value).containsExactly(new BigDecimal("55.0"));
        assertThat(action.measuresOn(LocalDate.of(2019, 4, 1)).get(0).actuals()).hasSize(2);
    }

    @Test
    void the_latest_update_on_a_day_is_the_last_progress_recorded_by_then() {
        ActionTimeline action = action(registered("2.1"),
                new ProgressRecorded("a-2.1", "first", List.of()), new ProgressRecorded("a-2.1", "second", List.of("doc")));

        assertThat(action.latestProgressOn(LocalDate.of(2019, 1, 10), LONDON)).isEmpty();
        assertThat(action.latestProgressOn(LocalDate.of(2019, 1, 11), LONDON)).get()
                .extracting(ActionTimeline.Change::note).isEqualTo("first");
        assertThat(action.latestProgressOn(LocalDate.of(2019, 2, 1), LONDON)).get()
                .extracting(ActionTimeline.Change::note).isEqualTo("second");
    }

    @Test
    void the_history_keeps_every_change_with_who_and_when_and_a_redelivered_event_adds_nothing() {
        ActionTimeline action = action(registered("2.1"), new RagChanged("a-2.1", Rag.RED, Rag.AMBER, "started", LocalDate.of(2018, 9, 1)));

        boolean changed = action.apply(new RagChanged("a-2.1", Rag.RED, Rag.AMBER, "started", LocalDate.of(2018, 9, 1)),
                new Recording(1, Instant.now(), "lead"));

        assertThat(changed).isFalse();
        assertThat(action.history()).extracting(ActionTimeline.Change::what)
                .containsExactly(ActionTimeline.ChangeKind.REGISTERED, ActionTimeline.ChangeKind.RAG_CHANGED);
        assertThat(action.history().get(1)).satisfies(change -> {
            assertThat(change.from()).isEqualTo(Rag.RED);
            assertThat(change.to()).isEqualTo(Rag.AMBER);
            assertThat(change.recordedBy()).isEqualTo("lead");
            assertThat(change.recordedAt()).isNotNull();
            assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2018, 9, 1));
        });
    }

    @Test
    void actions_appear_in_plan_order_with_numbers_compared_as_numbers() {
        List<String> ordered = Stream.of("2.10", "1.2", "2.9", "1.10", "2.1a", "2.1")
                .map(reference -> action(registered(reference)))
                .sorted(ActionViews.PLAN_ORDER).map(ActionTimeline::reference).toList();

        assertThat(ordered).containsExactly("1.2", "1.10", "2.1", "2.1a", "2.9", "2.10");
    }
}
