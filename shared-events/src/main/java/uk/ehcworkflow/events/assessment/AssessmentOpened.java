package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;
import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * A request for an EHC needs assessment was received and the statutory clock started.
 *
 * @param inYouthAccommodation the request was made while the child was detained in relevant youth
 *                             accommodation (CFA s70); null in events stored before it was asked
 */
public record AssessmentOpened(
        String assessmentId,
        LocalDate requestReceivedOn,
        RequestSource requestSource,
        SealedPersonalData child,
        StatutoryDueDates due,
        Boolean inYouthAccommodation) implements AssessmentEvent {

    public boolean madeInYouthAccommodation() {
        return Boolean.TRUE.equals(inYouthAccommodation);
    }
}
