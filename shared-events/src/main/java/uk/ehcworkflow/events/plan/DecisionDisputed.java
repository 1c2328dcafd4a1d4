package uk.ehcworkflow.events.plan;

import java.time.LocalDate;
import uk.ehcworkflow.events.dispute.AppealableDecision;

/**
 * The family disputes one of the plan's appealable decisions: the plan keeps which dispute, so
 * that it is not ceased while a dispute about ceasing it runs.
 */
public record DecisionDisputed(String planId, String disputeId, AppealableDecision decision, LocalDate letterOn)
        implements PlanEvent {
}
