package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import uk.ehcworkflow.events.common.SealedPersonalData;

/** Bring into the service a plan issued before it was in use. */
public record RegisterPlan(PlanId plan, SealedPersonalData child, LocalDate issuedOn, LocalDate lastReviewDecisionOn) {
}
