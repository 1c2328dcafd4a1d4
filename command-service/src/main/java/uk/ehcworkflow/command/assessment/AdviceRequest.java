package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import uk.ehcworkflow.events.common.Agency;

/** What an assessment remembers of each advice request, to judge later commands about it. */
record AdviceRequest(Agency agency, LocalDate requestedOn, LocalDate dueOn, LocalDate submittedOn) {

    AdviceRequest submittedOn(LocalDate date) {
        return new AdviceRequest(agency, requestedOn, dueOn, date);
    }
}
