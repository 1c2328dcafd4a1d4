package uk.ehcworkflow.events.quality;

import java.time.LocalDate;

/**
 * A plan first issued in a sampled month, on that day, with the team that held it when the sample was drawn.
 *
 * @param team null for a plan no team holds: such plans are a stratum of their own
 */
public record SampledPlan(String planId, String team, LocalDate issuedOn) {
}
