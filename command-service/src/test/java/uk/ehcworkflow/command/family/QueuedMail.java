package uk.ehcworkflow.command.family;

import java.util.ArrayList;
import java.util.List;
import uk.ehcworkflow.events.common.SealedPersonalData;

/** The family's emails as an aggregate queues them, kept in order instead of written to the store. */
public final class QueuedMail extends FamilyMail {

    /** One email queued: what it tells, and to which invitation's holder. */
    public record Queued(Kind kind, String invitationId) {
    }

    private final List<Queued> queued = new ArrayList<>();

    public QueuedMail() {
        super(null, null, null, null);
    }

    @Override
    public void queue(Kind kind, String assessmentId, String invitationId, SealedPersonalData contact) {
        queued.add(new Queued(kind, invitationId));
    }

    public List<Queued> queued() {
        return queued;
    }
}
