package uk.ehcworkflow.query.readmodel;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import uk.ehcworkflow.events.common.ActorMetadata;

/**
 * How an event was recorded: its place in its aggregate's history, when it was stored and who
 * sent the command. An event handler takes it as a parameter; see {@link RecordingResolver}.
 */
public record Recording(long sequence, Instant recordedAt, String recordedBy) {

    public static Recording of(DomainEventMessage<?> event) {
        Object user = event.getMetaData().get(ActorMetadata.USER);
        return new Recording(event.getSequenceNumber(), event.getTimestamp(), user == null ? null : user.toString());
    }
}
