package uk.ehcworkflow.command.audit;

import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.ehcworkflow.command.axon.RecentlyUsed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/** Puts every event the write side stores into its aggregate's hash chain. */
@Configuration
class AuditConfiguration {

    @Autowired
    void chainEvents(EventStore store, @Value("${ehc.aggregate-cache.size}") int size) {
        store.registerDispatchInterceptor(new EventChainStamp(store, new RecentlyUsed(size)));
    }
}
