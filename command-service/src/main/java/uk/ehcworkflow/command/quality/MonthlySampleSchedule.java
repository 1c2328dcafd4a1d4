package uk.ehcworkflow.command.quality;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.common.CommandDispatch;
import uk.ehcworkflow.command.common.CommandFailure;
import uk.ehcworkflow.events.quality.MonthlySampling;

/**
 * Draws last month's sample on this month's first working day (ADR 51), as the service. It looks
 * every hour ({@code ehc.quality.sample.check}), so a service down that morning draws it when it
 * is back; the sample itself refuses a second draw, so a look repeated, or made by a second node,
 * draws nothing twice. A manager can draw a month by hand too ({@link QualityController}).
 */
@Component
class MonthlySampleSchedule {

    private static final Logger log = LoggerFactory.getLogger(MonthlySampleSchedule.class);
    private static final SecureRandom SEEDS = new SecureRandom();

    private final CommandDispatch commands;
    private final Clock clock;
    private final int sharePercent;
    private final boolean automatic;

    MonthlySampleSchedule(CommandDispatch commands, Clock clock,
                          @Value("${ehc.quality.sample.share-percent}") int sharePercent,
                          @Value("${ehc.quality.sample.automatic}") boolean automatic) {
        if (sharePercent < 1 || sharePercent > 100) {
            throw new IllegalStateException("ehc.quality.sample.share-percent must be from 1 to 100; it is " + sharePercent);
        }
        this.commands = commands;
        this.clock = clock;
        this.sharePercent = sharePercent;
        this.automatic = automatic;
    }

    /** A month's draw at the area's share, with a fresh seed kept with it: whoever has the seed can draw the sample again. */
    DrawMonthlySample drawOf(YearMonth month) {
        return new DrawMonthlySample(MonthlySampling.sampleId(month), month, SEEDS.nextLong(), sharePercent);
    }

    @Scheduled(initialDelayString = "${ehc.quality.sample.check}", fixedDelayString = "${ehc.quality.sample.check}")
    void drawWhenDue() {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today).minusMonths(1);
        if (!automatic || today.isBefore(MonthlySampling.firstWorkingDay(YearMonth.from(today)))) {
            return;
        }
        try {
            commands.sendAsTheService(drawOf(month));
            log.info("The sample of the plans finalised in {} was drawn", month);
        } catch (CommandExecutionException refused) {
            boolean drawnBefore = refused.<CommandFailure>getDetails()
                    .filter(failure -> MonthlySample.ALREADY_DRAWN.equals(failure.rule())).isPresent();
            if (!drawnBefore) {
                log.warn("The sample of the plans finalised in {} was refused; it is tried again at the next check: {}", month,
                        refused.getMessage());
            }
        } catch (RuntimeException e) {
            // another node drew it meanwhile, or the store is busy: looked at again at the next check
            log.warn("The sample of the plans finalised in {} was not drawn now; it is tried again at the next check: {}", month,
                    e.getClass().getSimpleName());
        }
    }
}
