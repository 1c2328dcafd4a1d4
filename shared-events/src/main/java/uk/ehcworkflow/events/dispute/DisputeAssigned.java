package uk.ehcworkflow.events.dispute;

import uk.ehcworkflow.events.caseload.Holder;

/** The dispute was put in a case officer's caseload: when it was opened, or moved since. */
public record DisputeAssigned(String disputeId, String caseId, Holder holder) implements DisputeEvent {
}
