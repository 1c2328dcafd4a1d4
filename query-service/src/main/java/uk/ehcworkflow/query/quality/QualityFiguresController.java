package uk.ehcworkflow.query.quality;

import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.platform.input.SaneDates;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.query.common.TimeParameter;
import uk.ehcworkflow.query.quality.QualityFigures.Figures;

/** The area's plan-quality figures (ADR 52): aggregate only, for every member of staff. */
@RestController
class QualityFiguresController {

    /** Five years of months at most: a board looks at quarters, an inspector at a few years. */
    static final int MOST_MONTHS = 60;

    private final QualityFigures figures;
    private final Clock clock;

    QualityFiguresController(QualityFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** The months {@code from} to {@code to} (e.g. 2026-07 and 2026-09); with {@code asOf}, as they were known then. */
    @GetMapping("/api/quality/figures")
    Figures figures(@RequestParam YearMonth from, @RequestParam YearMonth to, @RequestParam(required = false) String asOf) {
        return figures.of(from, checkedTo(from, to), TimeParameter.endOf("asOf", asOf, clock.getZone()));
    }

    static YearMonth checkedTo(YearMonth from, YearMonth to) {
        SaneDates.require("from", from.atDay(1));
        SaneDates.require("to", to.atEndOfMonth());
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "to " + to + " is before from " + from + ".");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MOST_MONTHS) {
            throw new InvalidRequestException("to", "At most " + MOST_MONTHS + " months are given at once.");
        }
        return to;
    }
}
