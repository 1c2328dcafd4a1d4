package uk.ehcworkflow.query.readmodel;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Lets an event handler take a {@link Recording} parameter instead of three annotated ones.
 * Axon finds it on the class path (META-INF/services), for live processors and rebuilds alike.
 */
public final class RecordingResolver implements ParameterResolverFactory, ParameterResolver<Recording> {

    @Override
    public ParameterResolver<Recording> createInstance(Executable executable, Parameter[] parameters, int index) {
        return parameters[index].getType() == Recording.class ? this : null;
    }

    @Override
    public Recording resolveParameterValue(Message<?> message) {
        return Recording.of((DomainEventMessage<?>) message);
    }

    /** Only an aggregate's events have a sequence; a handler asking for one is not called for others. */
    @Override
    public boolean matches(Message<?> message) {
        return message instanceof DomainEventMessage<?> domain && domain.getType() != null;
    }
}
