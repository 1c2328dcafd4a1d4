package uk.ehcworkflow.events.quality;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The plans first issued in a month were sampled for a manager's audit (ADR 51). The population and
 * the seed are kept with the draw, so that anyone can draw it again with {@link MonthlySampling#draw}
 * and get the same plans: the sample is shown to be random, not chosen.
 *
 * @param population every plan first issued in the month, as the store held them when it was drawn, with its team
 * @param sampled    the plans drawn, team by team in the order drawn
 * @param auditBy    the day the sample's audits are due ({@link MonthlySampling#auditBy})
 */
public record MonthlySampleDrawn(String sampleId, YearMonth month, long seed, int sharePercent, List<SampledPlan> population,
                                 List<String> sampled, LocalDate drawnOn, LocalDate auditBy) implements MonthlySampleEvent {
}
