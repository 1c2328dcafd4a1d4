package uk.ehcworkflow.query.dispute;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.common.TimeParameter;

/** Reads disagreement resolution: one dispute, the figures, and everything still open. */
@RestController
class DisputeQueryController {

    private final DisputeReader disputes;
    private final Clock clock;

    DisputeQueryController(DisputeReader disputes, Clock clock) {
        this.disputes = disputes;
        this.clock = clock;
    }

    /** The dispute as it stands, or with {@code asOf} as it was known at that instant, with its deadlines on that day. */
    @GetMapping("/api/disputes/{disputeId}")
    DisputeView dispute(@PathVariable String disputeId, @RequestParam(required = false) String asOf) {
        Instant knownAt = TimeParameter.endOf("asOf", asOf, clock.getZone());
        DisputeTimeline dispute = knownAt == null ? disputes.current(disputeId) : disputes.rebuild(disputeId, knownAt);
        if (dispute == null || !dispute.exists()) {
            throw new NotFoundException(knownAt == null ? "No dispute " + disputeId + " is known (yet) to the read side."
                    : "Dispute " + disputeId + " had not been recorded by " + knownAt + ".");
        }
        LocalDate on = knownAt == null ? LocalDate.now(clock) : knownAt.atZone(clock.getZone()).toLocalDate();
        return DisputeView.of(dispute, on);
    }

    /** A calendar year or any period of whole days; with {@code asOf}, the figures as they were known at that instant. */
    @GetMapping("/api/disputes/figures")
    DisputeFigures figures(@RequestParam(required = false) Integer year,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(required = false) String asOf) {
        return disputes.figures(Period.parse(year, from, to), TimeParameter.endOf("asOf", asOf, clock.getZone()));
    }

    /** Every open appeal window, mediation, appeal, order and agreement on the day (default today), overdue first. */
    @GetMapping("/api/disputes/open")
    OpenDisputes open(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return disputes.openOn(on == null ? LocalDate.now(clock) : on);
    }
}
