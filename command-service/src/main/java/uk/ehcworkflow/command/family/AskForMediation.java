package uk.ehcworkflow.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The signed-in family member tells the authority they want mediation (reg 37), on a dispute of
 * their own case whose mediation adviser they contacted: recorded as the officer would record it,
 * dated the day they said so, which starts the authority's 30 days to arrange it.
 */
public record AskForMediation(@TargetAggregateIdentifier String disputeId) {
}
