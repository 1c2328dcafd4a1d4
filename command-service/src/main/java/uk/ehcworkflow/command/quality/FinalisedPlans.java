package uk.ehcworkflow.command.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.plan.PlanAssigned;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.events.plan.PlanPersonalDataErased;
import uk.ehcworkflow.events.quality.SampledPlan;

/**
 * The plans first issued in a month, with the team holding each, read from the event store itself
 * (ADR 51). A plan's issue cannot be recorded before its day, so every plan issued in the month was
 * recorded after the month began: the store is read from then (a day earlier, for the clock's zone)
 * to its head, not from its start. Plans brought in from another authority or a return were not
 * finalised here and are not counted; a plan whose child's personal data was erased cannot be audited.
 */
@Component
public class FinalisedPlans {

    private final EventStore events;
    private final Clock clock;

    FinalisedPlans(EventStore events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public List<SampledPlan> firstIssuedIn(YearMonth month) {
        Instant from = month.atDay(1).minusDays(1).atStartOfDay(clock.getZone()).toInstant();
        TrackingToken head = events.createHeadToken();
        long last = head == null ? -1 : head.position().orElse(-1);
        Map<String, String> teams = new LinkedHashMap<>();
        Map<String, LocalDate> issuedOn = new HashMap<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(events.createTokenAt(from))) {
            long position = -1;
            while (position < last && stream.hasNextAvailable(10, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                position = event.trackingToken().position().orElse(position + 1);
                Class<?> type = event.getPayloadType();
                if (type == PlanIssued.class) {
                    PlanIssued issued = (PlanIssued) event.getPayload();
                    if (YearMonth.from(issued.issuedOn()).equals(month)) {
                        teams.put(issued.planId(), null);
                        issuedOn.put(issued.planId(), issued.issuedOn());
                    }
                } else if (type == PlanAssigned.class) {
                    PlanAssigned assigned = (PlanAssigned) event.getPayload();
                    if (teams.containsKey(assigned.planId())) {
                        teams.put(assigned.planId(), assigned.holder().team());
                    }
                } else if (type == PlanPersonalDataErased.class) {
                    teams.remove(((PlanPersonalDataErased) event.getPayload()).planId());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the month's plans from the event store", e);
        }
        List<SampledPlan> plans = new ArrayList<>();
        teams.forEach((plan, team) -> plans.add(new SampledPlan(plan, team, issuedOn.get(plan))));
        return plans;
    }
}
