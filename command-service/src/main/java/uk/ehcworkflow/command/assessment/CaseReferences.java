package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import java.util.Optional;

/** The area's register of case references, each held by one assessment. */
public interface CaseReferences {

    /** Claims the next free reference of the request's year for the assessment. */
    String claimNext(LocalDate requestReceivedOn, String assessmentId);

    /** The reference an assessment holds, if any. */
    Optional<String> of(String assessmentId);

    /** The printed form: {@code EHC-2024-00123}. */
    static String format(int year, int number) {
        return String.format("EHC-%d-%05d", year, number);
    }
}
