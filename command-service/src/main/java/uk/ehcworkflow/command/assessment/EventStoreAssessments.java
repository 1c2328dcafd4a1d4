package uk.ehcworkflow.command.assessment;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Answers from the event store itself, so it holds on the embedded store and on Axon Server alike. */
@Component
class EventStoreAssessments implements KnownAssessments {

    private final EventStore events;

    EventStoreAssessments(EventStore events) {
        this.events = events;
    }

    @Override
    public boolean exists(String assessmentId) {
        DomainEventStream stream = events.readEvents(assessmentId);
        return stream.hasNext() && Assessment.class.getSimpleName().equals(stream.peek().getType());
    }
}
