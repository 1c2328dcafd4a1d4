package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;
import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * A family member signed in to the case gave their views and advice, the advice the authority seeks
 * from the child's parent or the young person (SEND Regulations 2014, reg 6(1)(a); ADR 45).
 *
 * @param relationship who in the family gave it, as their invitation says
 * @param advice       what they wrote and the name of the file they gave, sealed under the child's key
 * @param file         the file's kind, checked from its bytes; null when they gave none
 * @param fileBytes    its size; 0 with no file
 * @param fileSha256   the SHA-256 of the file as given, in hex, which the file kept (sealed, apart from the events) must match
 */
public record FamilyAdviceGiven(String assessmentId, String adviceId, Relationship relationship, SealedPersonalData advice,
                                LocalDate givenOn, AdviceFileType file, long fileBytes, String fileSha256)
        implements AssessmentEvent {
}
