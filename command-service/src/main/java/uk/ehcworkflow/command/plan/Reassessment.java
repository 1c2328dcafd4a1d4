package uk.ehcworkflow.command.plan;

import java.time.LocalDate;

/** A re-assessment as far as its rules need: when asked, whether and when decided, when its plan was issued. */
record Reassessment(LocalDate receivedOn, Boolean reassess, LocalDate decidedOn, LocalDate finalPlanDueBy,
                    LocalDate issuedOn) {

    boolean decided() {
        return reassess != null;
    }

    /** Asked and not yet answered, or re-assessing with no plan yet: another request waits for it. */
    boolean inProgress() {
        return !decided() || reassess && issuedOn == null;
    }
}
