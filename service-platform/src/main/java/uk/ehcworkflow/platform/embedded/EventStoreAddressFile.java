package uk.ehcworkflow.platform.embedded;

/**
 * The embedded default's one contract between the two services: the command service writes the
 * JDBC URL of the event store it serves to this file in the data folder, and the query service
 * reads it for each new connection (ADR 12).
 */
public final class EventStoreAddressFile {

    public static final String NAME = "event-store.address";

    private EventStoreAddressFile() {
    }
}
