package uk.ehcworkflow.command.quality;

import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Draw the sample of the plans first issued in a month that is over, with this seed, once. */
public record DrawMonthlySample(@TargetAggregateIdentifier String sampleId, YearMonth month, long seed, int sharePercent) {
}
