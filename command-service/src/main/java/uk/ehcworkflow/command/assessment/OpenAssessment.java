package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.common.SealedPersonalData;

/** Start the statutory clock for a request for an EHC needs assessment. */
public record OpenAssessment(
        String assessmentId, LocalDate requestReceivedOn, RequestSource requestSource, SealedPersonalData child) {
}
