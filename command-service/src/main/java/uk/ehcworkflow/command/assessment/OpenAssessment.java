package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.privacy.PersonalDetails;

/**
 * Start the statutory clock for a request for an EHC needs assessment. The child's details travel
 * in clear only this far: the case seals them as it opens, in the same transaction.
 *
 * @param inYouthAccommodation the request was made while the child was in relevant youth accommodation; null if not said
 */
public record OpenAssessment(String assessmentId, LocalDate requestReceivedOn, RequestSource requestSource,
                             PersonalDetails child, Boolean inYouthAccommodation) {
}
