package uk.ehcworkflow.events.dispute;

import java.time.LocalDate;

/** One step an order or agreement owes, and its last day. */
public record StepDue(ComplianceStep step, LocalDate dueBy) {
}
