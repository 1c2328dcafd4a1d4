package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.assessment.AssessmentOpened;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;

/** Answers from the event store itself, so it holds on the embedded store and on Axon Server alike. */
@Component
class EventStoreAssessments implements KnownAssessments {

    private final EventStore events;

    EventStoreAssessments(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<Facts> find(String assessmentId) {
        DomainEventStream stream = events.readEvents(assessmentId);
        if (!stream.hasNext() || !Assessment.class.getSimpleName().equals(stream.peek().getType())) {
            return Optional.empty();
        }
        LocalDate received = null;
        boolean closed = false;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof AssessmentOpened opened) {
                received = opened.requestReceivedOn();
            } else if (event.getPayload() instanceof MilestoneRecorded step && step.milestone().closesTheAssessment()) {
                closed = true;
            }
        }
        return Optional.of(new Facts(received, closed));
    }
}
