package uk.ehcworkflow.query.dispute;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.common.Paging;
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

    /**
     * @param overdue how many items are overdue, on every page
     * @param total   how many items are open, on every page
     */
    record OpenPage(LocalDate on, long overdue, long total, int page, int size, int pages, List<OpenDisputes.Item> items) {
    }

    /**
     * Every open appeal window, mediation, appeal, order and agreement on the day (default today),
     * overdue first, a page at a time.
     */
    @GetMapping("/api/disputes/open")
    OpenPage open(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  @RequestParam(defaultValue = "1") int page,
                  @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        OpenDisputes open = disputes.openOn(on == null ? LocalDate.now(clock) : on);
        return new OpenPage(open.on(), open.overdue(), open.items().size(), paging.page(), paging.size(),
                paging.pages(open.items().size()), paging.slice(open.items()));
    }
}
