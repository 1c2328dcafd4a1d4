package uk.ehcworkflow.command.audit;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Puts every event the write side stores into its aggregate's hash chain. */
@Configuration
class AuditConfiguration {

    @Autowired
    void chainEvents(EventStore store) {
        store.registerDispatchInterceptor(new EventChainStamp(store));
    }
}
