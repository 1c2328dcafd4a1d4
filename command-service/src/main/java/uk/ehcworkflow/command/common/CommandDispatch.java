package uk.ehcworkflow.command.common;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.eventstore.PowerLossBarrier;
import uk.ehcworkflow.events.common.ActorMetadata;

/**
 * Sends a command stamped with who asked for it, and returns only once its events are stored as
 * durably as configured: for a person through the API ({@code CommandSender}), or for the service
 * itself (a scheduled look, a monthly draw).
 */
@Component
public class CommandDispatch {

    private final CommandGateway gateway;
    private final ObjectProvider<PowerLossBarrier> barrier;

    public CommandDispatch(CommandGateway gateway, ObjectProvider<PowerLossBarrier> barrier) {
        this.gateway = gateway;
        this.barrier = barrier;
    }

    /** The metadata names the asker ({@link ActorMetadata}); every event the command causes inherits it. */
    public <R> R send(Object command, Map<String, Object> metadata) {
        R result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(MetaData.from(metadata)));
        barrier.ifAvailable(PowerLossBarrier::awaitDisk);
        return result;
    }

    /** A command the service decided on: recorded as asked by no person but the service, under a correlation id of its own. */
    public <R> R sendAsTheService(Object command) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(ActorMetadata.USER, ActorMetadata.THE_SERVICE);
        metadata.put(ActorMetadata.ROLE, "SERVICE");
        metadata.put(ActorMetadata.CORRELATION_ID, UUID.randomUUID().toString());
        return send(command, metadata);
    }
}
