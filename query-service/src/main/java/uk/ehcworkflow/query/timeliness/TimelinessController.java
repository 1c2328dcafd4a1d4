package uk.ehcworkflow.query.timeliness;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

/** The timeliness dashboard's figures: aggregate numbers only, never a case. */
@RestController
class TimelinessController {

    static final int LONGEST_PERIOD_YEARS = 25;

    private final TimelinessReader reader;

    TimelinessController(TimelinessReader reader) {
        this.reader = reader;
    }

    /** A calendar year ({@code year}) or any period of whole days ({@code from} and {@code to}, inclusive). */
    @GetMapping("/api/timeliness")
    TimelinessReport timeliness(@RequestParam(required = false) Integer year,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (year != null) {
            if (from != null || to != null) {
                throw new InvalidRequestException("year", "Give either year or from and to, not both.");
            }
            if (year < 1900 || year > 2999) {
                throw new InvalidRequestException("year", "year " + year + " is not a plausible calendar year.");
            }
            return reader.report(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (from == null) {
            throw new InvalidRequestException(to == null ? "year" : "from", "Give a year, or both from and to.");
        }
        if (to == null) {
            throw new InvalidRequestException("to", "to is required with from.");
        }
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "to " + to + " is before from " + from + ".");
        }
        if (ChronoUnit.YEARS.between(from, to) >= LONGEST_PERIOD_YEARS) {
            throw new InvalidRequestException("to", "A period may cover at most " + LONGEST_PERIOD_YEARS + " years.");
        }
        return reader.report(from, to);
    }
}
