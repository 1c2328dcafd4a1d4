package uk.ehcworkflow.query.readmodel;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A projection that fails on an event must stop and retry it, never skip it: Axon's default
 * logs the failure and moves on, which would leave a read model silently short of events.
 */
@Configuration
class ProjectionErrors {

    @Autowired
    void propagateHandlerFailures(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
