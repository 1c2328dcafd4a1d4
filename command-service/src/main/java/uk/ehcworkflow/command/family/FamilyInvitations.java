package uk.ehcworkflow.command.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.ehcworkflow.command.common.NotPermitted;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.events.assessment.FamilyInvitationAccepted;
import uk.ehcworkflow.events.assessment.FamilyInvitationWithdrawn;
import uk.ehcworkflow.events.assessment.FamilyMemberInvited;
import uk.ehcworkflow.events.assessment.Relationship;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;

/**
 * The invitations on one case and who they let in (ADR 43). An invitation must be taken up within
 * {@link #TO_TAKE_UP} of being sent; once taken up it lasts until the officer withdraws it. A family
 * member is known by the keyed hash of their address, never the address: one address holds at most
 * one invitation on a case that is not withdrawn.
 */
public final class FamilyInvitations {

    /** Long enough for a family that reads its email weekly, short enough that a forgotten invitation lapses. */
    static final Period TO_TAKE_UP = Period.ofDays(28);

    static final String ALREADY_INVITED = "already-invited";
    static final String INVITATION_WITHDRAWN = "invitation-withdrawn";
    static final String INVITATION_EXPIRED = "invitation-expired";
    static final String NOT_TAKEN_UP = "invitation-not-taken-up";

    private final Map<String, Invitation> invitations = new LinkedHashMap<>();

    @Override
    public boolean equals(Object other) {
        return other instanceof FamilyInvitations those && invitations.equals(those.invitations);
    }

    @Override
    public int hashCode() {
        return invitations.hashCode();
    }

    private record Invitation(String contactDigest, SealedPersonalData contact, Relationship relationship, LocalDate takeUpBy,
                              boolean accepted, boolean withdrawn) {

        /** Whether it lets its holder in on {@code today}: not withdrawn, and taken up or still in time to be. */
        boolean admitsOn(LocalDate today) {
            return !withdrawn && (accepted || !today.isAfter(takeUpBy));
        }
    }

    /** Where to tell each family member the case's news: those whose invitation lets them in today, by invitation. */
    public Map<String, SealedPersonalData> toTell(LocalDate today) {
        Map<String, SealedPersonalData> told = new LinkedHashMap<>();
        invitations.forEach((id, invitation) -> {
            if (invitation.admitsOn(today)) {
                told.put(id, invitation.contact());
            }
        });
        return told;
    }

    /** The last day an invitation sent on {@code invitedOn} can be taken up. */
    public static LocalDate takeUpBy(LocalDate invitedOn) {
        return invitedOn.plus(TO_TAKE_UP);
    }

    /** An address invited before may be invited again only once its invitation was withdrawn. */
    public void requireNotInvited(String contactDigest) {
        if (standing(contactDigest).isPresent()) {
            throw new RuleBroken(ALREADY_INVITED, "email", "This address already holds an invitation to this case: "
                    + "withdraw it first to send a new one.");
        }
    }

    public void requireWithdrawable(String invitationId) {
        Invitation invitation = invitations.get(invitationId);
        if (invitation == null) {
            throw new UnknownReference("no-such-invitation", "This case has no invitation " + invitationId + ".");
        }
        if (invitation.withdrawn()) {
            throw new RuleBroken(INVITATION_WITHDRAWN, "This invitation was withdrawn already.");
        }
    }

    /**
     * The invitation the family member takes up now; empty when they took it up before. A case they
     * hold no invitation to is, to them, a case that does not exist.
     */
    public Optional<String> toTakeUp(String assessmentId, String role, String user, LocalDate today) {
        Map.Entry<String, Invitation> held = heldBy(assessmentId, role, user);
        if (held.getValue().accepted()) {
            return Optional.empty();
        }
        if (today.isAfter(held.getValue().takeUpBy())) {
            throw new RuleBroken(INVITATION_EXPIRED, "This invitation had to be taken up by " + held.getValue().takeUpBy()
                    + ": ask the case officer to invite you again.");
        }
        return Optional.of(held.getKey());
    }

    /** A family member answers for themselves only on a case whose invitation they took up. */
    public Relationship requireTakenUp(String assessmentId, String role, String user) {
        Invitation held = heldBy(assessmentId, role, user).getValue();
        if (!held.accepted()) {
            throw new RuleBroken(NOT_TAKEN_UP, "Sign in with the invitation first.");
        }
        return held.relationship();
    }

    private Map.Entry<String, Invitation> heldBy(String assessmentId, String role, String user) {
        if (!Role.FAMILY.name().equals(role)) {
            throw new NotPermitted("family-only", "Only the family member invited can do this.");
        }
        String digest = new Actor(user, Role.FAMILY, null).contactDigest()
                .orElseThrow(() -> new NotPermitted("family-only", "Only the family member invited can do this."));
        return standing(digest).orElseThrow(() -> new UnknownReference("unknown-id", "Nothing with id " + assessmentId
                + " exists."));
    }

    private Optional<Map.Entry<String, Invitation>> standing(String contactDigest) {
        return invitations.entrySet().stream()
                .filter(entry -> !entry.getValue().withdrawn() && entry.getValue().contactDigest().equals(contactDigest))
                .findFirst();
    }

    public void on(FamilyMemberInvited event) {
        invitations.put(event.invitationId(), new Invitation(event.contactDigest(), event.contact(), event.relationship(), event.acceptBy(),
                false, false));
    }

    public void on(FamilyInvitationAccepted event) {
        invitations.computeIfPresent(event.invitationId(), (id, held) ->
                new Invitation(held.contactDigest(), held.contact(), held.relationship(), held.takeUpBy(), true,
                        held.withdrawn()));
    }

    public void on(FamilyInvitationWithdrawn event) {
        invitations.computeIfPresent(event.invitationId(), (id, held) ->
                new Invitation(held.contactDigest(), held.contact(), held.relationship(), held.takeUpBy(),
                        held.accepted(), true));
    }
}
