package uk.ehcworkflow.query.worktray;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.query.deadline.DeadlineKind;

/**
 * The figures a manager would be alerted on: work overdue by kind, and deadlines that passed
 * today (their last day was yesterday) unmet. Counted from the open-deadlines read model's overdue
 * run without opening any record or name, every few minutes rather than on every scrape; counts
 * only, never a case.
 */
@Component
class WorkloadMetrics {

    private static final Logger log = LoggerFactory.getLogger(WorkloadMetrics.class);

    private final OfficerWorkTray tray;
    private final Clock clock;
    private final Map<DeadlineKind, AtomicLong> overdue = new EnumMap<>(DeadlineKind.class);
    private final AtomicLong passedToday = new AtomicLong();

    WorkloadMetrics(OfficerWorkTray tray, Clock clock, MeterRegistry meters) {
        this.tray = tray;
        this.clock = clock;
        for (DeadlineKind kind : DeadlineKind.values()) {
            AtomicLong count = new AtomicLong();
            overdue.put(kind, count);
            Gauge.builder("ehc.work.overdue", count, AtomicLong::get)
                    .description("Open deadlines past their due date, by kind of work (counted every few minutes)")
                    .tag("kind", kind.name().toLowerCase()).register(meters);
        }
        Gauge.builder("ehc.deadlines.passed.today", passedToday, AtomicLong::get)
                .description("Deadlines whose last day was yesterday and that are still unmet (counted every few minutes)")
                .register(meters);
    }

    @Scheduled(initialDelayString = "${ehc.metrics.workload-interval}", fixedDelayString = "${ehc.metrics.workload-interval}")
    void count() {
        try {
            LocalDate today = LocalDate.now(clock);
            List<OpenDeadline> late = tray.overdueOn(today);
            Map<DeadlineKind, Long> counted = new EnumMap<>(DeadlineKind.class);
            late.forEach(deadline -> counted.merge(deadline.kind(), 1L, Long::sum));
            overdue.forEach((kind, count) -> count.set(counted.getOrDefault(kind, 0L)));
            passedToday.set(late.stream().filter(deadline -> deadline.dueOn().equals(today.minusDays(1))).count());
        } catch (RuntimeException e) {
            // The figures keep their last values; the next count tries again.
            log.warn("Counting overdue work for the metrics failed: {}", e.toString());
        }
    }
}
