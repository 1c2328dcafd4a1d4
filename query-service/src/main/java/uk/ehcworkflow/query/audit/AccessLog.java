package uk.ehcworkflow.query.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.audit.PersonalDataViewed;
import uk.ehcworkflow.events.audit.ReturnProduced;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.platform.disk.DataDisk;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.platform.web.CorrelationIdFilter;

/**
 * Records, as an event in the event store, each time an auditor, an administrator or a family
 * member reads a child's case, before the case is returned, and each time anyone produces a return or list of
 * children: reading personal data leaves a trace too.
 */
@Component
public class AccessLog {

    /** Auditors and administrators may read any case; a family member reads their own, and every reading is theirs to ask about. */
    private static final Set<Role> RECORDED = EnumSet.of(Role.AUDITOR, Role.ADMIN, Role.FAMILY);

    private final EventGateway events;
    private final DataDisk disk;

    AccessLog(EventGateway events, DataDisk disk) {
        this.events = events;
        this.disk = disk;
    }

    public void caseViewed(String assessmentId, String view, HttpServletRequest request) {
        Actor actor = Actor.of(SecurityContextHolder.getContext().getAuthentication());
        if (RECORDED.contains(actor.role())) {
            record(new PersonalDataViewed(assessmentId, view), actor, request);
        }
    }

    /** A return or list of children's personal data was produced: recorded whoever produced it. */
    public void returnProduced(String what, HttpServletRequest request) {
        record(new ReturnProduced(what), Actor.of(SecurityContextHolder.getContext().getAuthentication()), request);
    }

    private void record(Object read, Actor actor, HttpServletRequest request) {
        if (!disk.hasRoom()) {
            // A read that must leave a trace waits for a disk that can take it, rather than break the store.
            throw new DataAccessResourceFailureException("The data folder's disk has no room: this read of personal data "
                    + "cannot be recorded now");
        }
        events.publish(GenericEventMessage.asEventMessage(read).andMetaData(Map.of(
                ActorMetadata.USER, actor.user(),
                ActorMetadata.ROLE, actor.role().name(),
                ActorMetadata.CORRELATION_ID, CorrelationIdFilter.of(request))));
    }
}
