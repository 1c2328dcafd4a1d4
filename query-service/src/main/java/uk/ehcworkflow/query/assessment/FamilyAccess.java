package uk.ehcworkflow.query.assessment;

import java.util.List;

/**
 * One standing invitation, as the family's sign-in finds it (ADR 43): under the keyed hash of the
 * invited address, so that an address typed at sign-in finds its cases without any address being
 * kept. Kept by the assessment projection; gone once the invitation is withdrawn or the child's data erased.
 */
public record FamilyAccess(String contactDigest, String assessmentId, String invitationId) {

    public List<String> keys() {
        return List.of(run(contactDigest));
    }

    static String run(String contactDigest) {
        return "contact|" + contactDigest + "|";
    }

    static List<FamilyAccess> of(AssessmentTimeline timeline) {
        if (timeline.personalDataErasedAt().isPresent()) {
            return List.of();
        }
        return timeline.familyInvitations().stream().filter(invitation -> invitation.withdrawnAt() == null)
                .map(invitation -> new FamilyAccess(invitation.contactDigest(), timeline.assessmentId(), invitation.invitationId()))
                .toList();
    }
}
