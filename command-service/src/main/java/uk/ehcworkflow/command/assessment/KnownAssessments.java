package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import java.util.Optional;

/** What other aggregates' rules may know of an assessment they refer to. */
public interface KnownAssessments {

    /** @param closed whether a step has ended it (a final plan, a decision not to, a withdrawal or a move away) */
    record Facts(LocalDate requestReceivedOn, boolean closed) {
    }

    /** The assessment's facts as its events stand now, or empty if there is no such assessment. */
    Optional<Facts> find(String assessmentId);
}
