package uk.ehcworkflow.query.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.common.ChainMetadata;
import uk.ehcworkflow.query.audit.EventDescriptions;

/** One stored event as an evidence pack lists it, with all its metadata. */
record EventRow(long sequenceNumber, String type, String description, LocalDate businessDate, Instant recordedAt,
                String recordedBy, String role, String agency, String correlationId, String eventId, String hash,
                Object payload) {

    static EventRow of(DomainEventMessage<?> event) {
        EventDescriptions.Described described = EventDescriptions.describe(event.getPayload());
        return new EventRow(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), described.description(),
                described.businessDate(), event.getTimestamp(), text(event, ActorMetadata.USER), text(event, ActorMetadata.ROLE),
                text(event, ActorMetadata.AGENCY), text(event, ActorMetadata.CORRELATION_ID), event.getIdentifier(),
                text(event, ChainMetadata.HASH), event.getPayload());
    }

    List<Object> cells() {
        return List.of(sequenceNumber, type, description, businessDate == null ? "" : businessDate, recordedAt,
                recordedBy == null ? "" : recordedBy, role == null ? "" : role, agency == null ? "" : agency,
                correlationId == null ? "" : correlationId, hash == null ? "" : hash);
    }

    static final List<String> HEADERS = List.of("#", "Event", "What", "Business date", "Recorded at", "By", "Role",
            "Agency", "Correlation id", "Hash");

    private static String text(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
