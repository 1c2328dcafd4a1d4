package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * The child moves phase in {@code transferYear}; the new setting must be named by {@code nameBy}.
 * A later one for the same plan replaces one whose setting was not yet named (a correction).
 */
public record PhaseTransferSet(String planId, PhaseTransfer transfer, int transferYear, LocalDate nameBy)
        implements PlanEvent {
}
