package uk.ehcworkflow.command.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.plan.PlanAssigned;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.events.plan.PlanPersonalDataErased;
import uk.ehcworkflow.events.plan.PlanRegistered;
import uk.ehcworkflow.events.quality.SampledPlan;

/** The plans first issued in a month, as the month's sample finds them in an event store (Axon's own, in memory). */
class FinalisedPlansTest {

    private static final SealedPersonalData CHILD = new SealedPersonalData("key", "sealed");
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final AtomicLong sequence = new AtomicLong();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    private void stored(String plan, Object event) {
        store.publish(new GenericDomainEventMessage<>("Plan", plan, sequence.getAndIncrement(), event));
    }

    private static PlanIssued issued(String plan, LocalDate on) {
        return new PlanIssued(plan, CHILD, on, on.plusYears(1));
    }

    @Test
    void each_plan_first_issued_in_the_month_with_the_team_holding_it_now() {
        stored("plan-oct", issued("plan-oct", LocalDate.of(2026, 10, 30)));
        stored("plan-a", issued("plan-a", LocalDate.of(2026, 11, 2)));
        stored("plan-a", new PlanAssigned("plan-a", new Holder("officer-1", "North")));
        stored("plan-b", issued("plan-b", LocalDate.of(2026, 11, 30)));
        stored("plan-b", new PlanAssigned("plan-b", new Holder("officer-2", "North")));
        stored("plan-c", issued("plan-c", LocalDate.of(2026, 11, 15)));
        stored("plan-erased", issued("plan-erased", LocalDate.of(2026, 11, 16)));
        stored("plan-dec", issued("plan-dec", LocalDate.of(2026, 12, 1)));
        // moved to another team since: sampled with the team that holds it at the draw
        stored("plan-b", new PlanAssigned("plan-b", new Holder("officer-3", "South")));
        stored("plan-erased", new PlanPersonalDataErased("plan-erased", "record destroyed"));
        // brought in from another authority: not finalised here
        stored("plan-in", new PlanRegistered("plan-in", CHILD, LocalDate.of(2026, 11, 3), null, LocalDate.of(2027, 11, 2),
                LocalDate.of(2026, 11, 3), "Another Council", LocalDate.of(2026, 6, 1), null));

        FinalisedPlans finalised = new FinalisedPlans(store, Clock.system(ZoneId.of("Europe/London")));

        assertThat(finalised.firstIssuedIn(YearMonth.of(2026, 11))).containsExactly(
                new SampledPlan("plan-a", "North", LocalDate.of(2026, 11, 2)),
                new SampledPlan("plan-b", "South", LocalDate.of(2026, 11, 30)),
                new SampledPlan("plan-c", null, LocalDate.of(2026, 11, 15)));
        assertThat(finalised.firstIssuedIn(YearMonth.of(2026, 9))).isEmpty();
    }
}
