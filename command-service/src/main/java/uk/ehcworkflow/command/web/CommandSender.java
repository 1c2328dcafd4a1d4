package uk.ehcworkflow.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.common.CommandDispatch;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.web.CorrelationIdFilter;

/**
 * Sends a command on behalf of the signed-in person, stamped with who they are and the
 * request's correlation id; every event the command causes inherits both. It returns only once
 * the events are stored as durably as configured, so an answer is never given for a lost command.
 */
@Component
public class CommandSender {

    private final CommandDispatch dispatch;

    public CommandSender(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    public <R> R send(Object command, HttpServletRequest request) {
        Actor actor = Actor.of(SecurityContextHolder.getContext().getAuthentication());
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(ActorMetadata.USER, actor.user());
        metadata.put(ActorMetadata.ROLE, actor.role().name());
        actor.agencyIfAny().ifPresent(agency -> metadata.put(ActorMetadata.AGENCY, agency));
        metadata.put(ActorMetadata.CORRELATION_ID, CorrelationIdFilter.of(request));
        return dispatch.send(command, metadata);
    }
}
