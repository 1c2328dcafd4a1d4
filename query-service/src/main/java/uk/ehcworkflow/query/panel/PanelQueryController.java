package uk.ehcworkflow.query.panel;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.query.common.Period;

/** Panel sittings of a period, which agencies covered them, and what they decided. */
@RestController
@RequestMapping("/api/panels")
class PanelQueryController {

    private final PanelReader panels;

    PanelQueryController(PanelReader panels) {
        this.panels = panels;
    }

    @GetMapping
    List<PanelReports.Sitting> sittings(@RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return panels.heldIn(Period.parse(year, from, to)).stream().map(PanelReports::sitting).toList();
    }

    @GetMapping("/coverage")
    PanelReports.CoverageReport coverage(@RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return panels.coverage(Period.parse(year, from, to), null);
    }

    @GetMapping("/decisions-by-month")
    PanelReports.DecisionReport decisions(@RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = Period.parse(year, from, to);
        return panels.decisions(period);
    }
}
