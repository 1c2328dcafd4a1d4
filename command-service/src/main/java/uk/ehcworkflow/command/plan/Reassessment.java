package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.DraftResponse;

/**
 * One re-assessment as the plan's rules need it: the request, the decision, its draft and the
 * family's answer, and how it ended (a plan, or a decision not to amend).
 */
record Reassessment(LocalDate receivedOn, Boolean reassess, LocalDate decidedOn, LocalDate finalPlanDueBy,
                    LocalDate draftServedOn, DraftResponse draftResponse, LocalDate issuedOn, LocalDate notAmendedOn) {

    static Reassessment requested(LocalDate receivedOn) {
        return new Reassessment(receivedOn, null, null, null, null, null, null, null);
    }

    Reassessment decided(boolean toReassess, LocalDate on, LocalDate planDueBy) {
        return new Reassessment(receivedOn, toReassess, on, planDueBy, null, null, null, null);
    }

    /** A draft served again starts a new 15 days, and any earlier answer was to the earlier draft. */
    Reassessment draftServed(LocalDate on) {
        return new Reassessment(receivedOn, reassess, decidedOn, finalPlanDueBy, on, null, null, null);
    }

    Reassessment answered(DraftResponse requests) {
        return new Reassessment(receivedOn, reassess, decidedOn, finalPlanDueBy, draftServedOn, requests, null, null);
    }

    Reassessment planIssued(LocalDate on) {
        return new Reassessment(receivedOn, reassess, decidedOn, finalPlanDueBy, draftServedOn, draftResponse, on, null);
    }

    Reassessment notAmended(LocalDate on) {
        return new Reassessment(receivedOn, reassess, decidedOn, finalPlanDueBy, draftServedOn, draftResponse, null, on);
    }

    boolean decided() {
        return reassess != null;
    }

    /** Ended by a plan or by a decision not to amend. */
    boolean ended() {
        return issuedOn != null || notAmendedOn != null;
    }

    /** Asked and not yet answered, or re-assessing and not yet ended: another request waits for it. */
    boolean inProgress() {
        return !decided() || reassess && !ended();
    }
}
