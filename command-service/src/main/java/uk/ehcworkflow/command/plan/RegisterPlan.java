package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import uk.ehcworkflow.events.privacy.PersonalDetails;

/** Bring into the service a plan issued before it was in use; the plan seals the child's details as it is registered. */
public record RegisterPlan(PlanId plan, PersonalDetails child, LocalDate issuedOn, LocalDate lastReviewDecisionOn) {
}
