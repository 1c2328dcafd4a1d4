package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * The child moves phase in {@code transferYear} (or, between post-16 institutions, on
 * {@code moveOn}); the final amended plan naming the new setting is due by {@code nameBy}. A later
 * one for the same plan replaces one whose amended plan was not yet issued (a correction).
 *
 * @param nameBy the due day as the service counted it then
 * @param moveOn for {@link PhaseTransfer#POST16_TO_POST16}, the day of the move; null otherwise and in older events
 */
public record PhaseTransferSet(String planId, PhaseTransfer transfer, int transferYear, LocalDate nameBy,
                               LocalDate moveOn) implements PlanEvent {

    /** The day the final amended plan is due, as the rule now stands. */
    public LocalDate amendedPlanDueBy() {
        return transfer.amendedPlanDueBy(transferYear, moveOn);
    }
}
