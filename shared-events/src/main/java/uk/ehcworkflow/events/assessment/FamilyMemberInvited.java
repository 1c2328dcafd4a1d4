package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;
import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * The officer invited someone in the family to see the case for themselves (ADR 43).
 *
 * @param contact       their email address, sealed under the child's key: erasing the child's data erases it too
 * @param contactDigest a keyed hash of the address as they will type it to sign in, never the address itself
 * @param acceptBy      the last day the invitation can be taken up; once taken up it lasts until withdrawn
 */
public record FamilyMemberInvited(String assessmentId, String invitationId, Relationship relationship,
                                  SealedPersonalData contact, String contactDigest, LocalDate invitedOn,
                                  LocalDate acceptBy) implements AssessmentEvent {
}
