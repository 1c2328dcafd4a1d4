package uk.ehcworkflow.query.timeliness;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.query.common.Period;

/** The timeliness dashboard's figures: aggregate numbers only, never a case. */
@RestController
class TimelinessController {

    private final TimelinessReader reader;

    TimelinessController(TimelinessReader reader) {
        this.reader = reader;
    }

    /** A calendar year ({@code year}) or any period of whole days ({@code from} and {@code to}, inclusive). */
    @GetMapping("/api/timeliness")
    TimelinessReport timeliness(@RequestParam(required = false) Integer year,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = Period.parse(year, from, to);
        return reader.report(period.from(), period.to());
    }
}
