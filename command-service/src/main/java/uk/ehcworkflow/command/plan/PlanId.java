package uk.ehcworkflow.command.plan;

import uk.ehcworkflow.events.plan.PlanStream;

/**
 * A plan's id, as a command names it. Axon takes an aggregate's stream name from its identifier's
 * {@code toString}, which here is the plan's stream ({@link PlanStream}): a plan issued here
 * shares its assessment's id, and two aggregates may not share a stream.
 */
public record PlanId(String value) {

    @Override
    public String toString() {
        return PlanStream.of(value);
    }
}
