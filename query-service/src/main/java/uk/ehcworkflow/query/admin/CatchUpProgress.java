package uk.ehcworkflow.query.admin;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Logs how far the read models have come while they catch up with the event store: on first
 * start against a large area's history, or after the query service was stopped for a while, that
 * takes minutes, and until then the dashboards show the past. Figures only, never a case.
 */
@Component
class CatchUpProgress {

    private static final Logger log = LoggerFactory.getLogger(CatchUpProgress.class);

    private final ProjectionRebuilds projections;
    private final Clock clock;
    private final CatchUp catchUp = new CatchUp();

    CatchUpProgress(ProjectionRebuilds projections, Clock clock) {
        this.projections = projections;
        this.clock = clock;
    }

    @Scheduled(initialDelay = 30_000, fixedDelay = 30_000)
    void report() {
        try {
            catchUp.observe(projections.statuses(), clock.instant()).ifPresent(log::info);
        } catch (RuntimeException storeUnreachable) {
            // The command service is down or restarting; the read models' health says so, and the next report resumes.
        }
    }
}
