package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.privacy.PersonalDetails;

/**
 * Bring into the service a plan issued before it was in use, or transferred in from another
 * authority; the plan seals the child's details as it is registered.
 *
 * @param transferredInOn the day a plan from another authority became this one's (reg 15); null otherwise
 * @param fromAuthority   that authority; given with {@code transferredInOn} and only with it
 * @param requestReceivedOn the day the request that led to the plan was received, when the area knows it (the SEN2
 *                        return asks for it); on or before the plan's issue
 * @param requestSource   who made that request, when known
 */
public record RegisterPlan(PlanId plan, PersonalDetails child, LocalDate issuedOn, LocalDate lastReviewDecisionOn,
                           LocalDate transferredInOn, String fromAuthority, LocalDate requestReceivedOn,
                           RequestSource requestSource) {
}
