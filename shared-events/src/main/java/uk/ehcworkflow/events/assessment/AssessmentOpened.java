package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;
import uk.ehcworkflow.events.common.SealedPersonalData;

/** A request for an EHC needs assessment was received and the statutory clock started. */
public record AssessmentOpened(
        String assessmentId,
        LocalDate requestReceivedOn,
        RequestSource requestSource,
        SealedPersonalData child,
        StatutoryDueDates due) implements AssessmentEvent {
}
