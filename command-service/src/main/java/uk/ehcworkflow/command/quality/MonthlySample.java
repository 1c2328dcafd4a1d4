package uk.ehcworkflow.command.quality;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.events.quality.MonthlySampleDrawn;
import uk.ehcworkflow.events.quality.MonthlySampling;
import uk.ehcworkflow.events.quality.SampledPlan;

/**
 * One month's sample of the plans first issued in it, for a manager's audit (ADR 51): drawn once,
 * after the month is over, by the rule in {@link MonthlySampling}, from every plan the store then
 * holds as first issued that month, with the seed and the population kept so anyone can draw it again.
 */
@Aggregate
public class MonthlySample {

    static final String ALREADY_DRAWN = "sample-already-drawn";
    static final String MONTH_NOT_OVER = "month-not-over";

    @AggregateIdentifier
    private String sampleId;
    private LocalDate drawnOn;

    protected MonthlySample() {
        // for Axon to rebuild it from its events, and for the draw that makes it
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DrawMonthlySample command, Clock clock, FinalisedPlans finalised) {
        if (drawnOn != null) {
            throw new RuleBroken(ALREADY_DRAWN, "month", "The sample of the plans finalised in " + command.month()
                    + " was drawn on " + drawnOn + "; a month is sampled once.");
        }
        LocalDate today = LocalDate.now(clock);
        if (!command.month().isBefore(YearMonth.from(today))) {
            throw new InvalidField("month", MONTH_NOT_OVER, "Only a month that is over can be sampled: " + command.month()
                    + " is not over on " + today + ".");
        }
        List<SampledPlan> population = finalised.firstIssuedIn(command.month());
        apply(new MonthlySampleDrawn(command.sampleId(), command.month(), command.seed(), command.sharePercent(), population,
                MonthlySampling.draw(command.seed(), command.sharePercent(), population), today, MonthlySampling.auditBy(today)));
    }

    @EventSourcingHandler
    void on(MonthlySampleDrawn event) {
        sampleId = event.sampleId();
        drawnOn = event.drawnOn();
    }
}
