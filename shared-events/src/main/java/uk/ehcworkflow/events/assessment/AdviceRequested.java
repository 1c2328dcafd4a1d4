package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;
import uk.ehcworkflow.events.common.Agency;

/** Advice was requested from an agency, which has until {@code dueOn} to give it (reg 8(1)). */
public record AdviceRequested(
        String assessmentId, String adviceRequestId, Agency agency, LocalDate requestedOn, LocalDate dueOn) implements AssessmentEvent {
}
