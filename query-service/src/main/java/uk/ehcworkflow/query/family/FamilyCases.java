package uk.ehcworkflow.query.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.FamilyAccess;

/**
 * The cases a family member may see (ADR 43): those whose invitation to their address stands and
 * was taken up, or may still be. Read afresh on every page, so a withdrawal shuts the door at once.
 * Any other case, whether it exists or not, is to them a case not found.
 */
@Component
class FamilyCases {

    private final AssessmentReader assessments;
    private final Clock clock;

    FamilyCases(AssessmentReader assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    /** A case the address may see, and its invitation. */
    record Held(AssessmentTimeline timeline, AssessmentTimeline.FamilyInvitation invitation) {
    }

    List<Held> heldBy(String contactDigest) {
        List<FamilyAccess> access = assessments.familyAccess(contactDigest);
        Map<String, AssessmentTimeline> timelines = assessments.byIds(access.stream().map(FamilyAccess::assessmentId).toList());
        LocalDate today = LocalDate.now(clock);
        return access.stream().map(entry -> held(timelines.get(entry.assessmentId()), entry.invitationId(), today))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Held held) -> held.timeline().requestReceivedOn()).reversed())
                .toList();
    }

    Held own(Actor actor, String assessmentId) {
        return actor.contactDigest().stream().flatMap(digest -> heldBy(digest).stream())
                .filter(held -> held.timeline().assessmentId().equals(assessmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No case " + assessmentId + " is yours to see."));
    }

    private static Optional<Held> held(AssessmentTimeline timeline, String invitationId, LocalDate today) {
        if (timeline == null || timeline.personalDataErasedAt().isPresent()) {
            return Optional.empty();
        }
        return timeline.familyInvitations().stream()
                .filter(invitation -> invitation.invitationId().equals(invitationId) && invitation.admitsOn(today))
                .findFirst().map(invitation -> new Held(timeline, invitation));
    }
}
