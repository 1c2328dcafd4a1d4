package uk.ehcworkflow.query.timeliness;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.common.TimeParameter;

/** The timeliness dashboard's figures: aggregate numbers only, never a case. */
@RestController
class TimelinessController {

    private final TimelinessReader reader;
    private final Clock clock;

    TimelinessController(TimelinessReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * A calendar year ({@code year}) or any period of whole days ({@code from} and {@code to},
     * inclusive); with {@code asOf}, the figures as they were known at that instant.
     */
    @GetMapping("/api/timeliness")
    TimelinessReport timeliness(@RequestParam(required = false) Integer year,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) String asOf) {
        Period period = Period.parse(year, from, to);
        Instant knownAt = TimeParameter.endOf("asOf", asOf, clock.getZone());
        return knownAt == null ? reader.report(period.from(), period.to(), LocalDate.now(clock))
                : reader.reportAsKnownAt(period.from(), period.to(), knownAt, knownAt.atZone(clock.getZone()).toLocalDate());
    }
}
