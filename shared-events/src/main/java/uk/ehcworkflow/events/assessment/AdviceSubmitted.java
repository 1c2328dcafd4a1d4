package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;
import uk.ehcworkflow.events.common.Agency;

/** An agency gave the advice it was asked for. */
public record AdviceSubmitted(
        String assessmentId, String adviceRequestId, Agency agency, LocalDate submittedOn, String summary) implements AssessmentEvent {
}
