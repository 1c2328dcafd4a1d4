package uk.ehcworkflow.query.returns;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageFilters;

/**
 * The SEN2 return's page: choose the collection (and, to reproduce one sent, the day it was
 * produced as known at), check it, see each problem with a link to the record to fix, the counts
 * to compare with the dashboard, and download the XML or a module as CSV.
 */
@PageController
class ReturnsPages {

    private final Sen2Answers answers;
    private final Clock clock;

    ReturnsPages(Sen2Answers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    @GetMapping("/returns")
    String sen2(@RequestParam Map<String, String> query, HttpServletRequest request, Model model,
                HttpServletResponse response) throws IOException {
        PageFilters filters = PageFilters.of(query);
        LocalDate today = LocalDate.now(clock);
        int nextCollection = today.isAfter(CollectionYear.of(today.getYear(), today).censusDay()) ? today.getYear() + 1
                : today.getYear();
        int year = filters.number("year", CollectionYear.FIRST, today.getYear() + 1, nextCollection);
        Instant knownAt = filters.endOfDay("asOf", clock.getZone());
        model.addAttribute("year", year);
        model.addAttribute("asOf", knownAt == null ? null : PageFilters.day(knownAt, clock.getZone()));
        model.addAttribute("filters", filters.typed());
        filters.show(model, response);
        if (filters.text("check") != null && !filters.failed()) {
            model.addAttribute("validation", answers.validation(year, knownAt == null ? null : knownAt.toString(), request));
        }
        Role role = Actor.of(SecurityContextHolder.getContext().getAuthentication()).role();
        model.addAttribute("mayDownload", role == Role.RETURNS || role == Role.ADMIN);
        model.addAttribute("mayImport", role == Role.ADMIN);
        model.addAttribute("modules", Arrays.stream(Sen2Csv.Module.values()).map(Sen2Csv.Module::lowerName).toList());
        return "returns/sen2";
    }

    /** The XML, or a module as CSV, for the returns role and administrators, as the API gives it. */
    @GetMapping("/returns/sen2/download")
    void download(@RequestParam(required = false) Integer year, @RequestParam(required = false) String asOf,
                  @RequestParam(required = false) String format, @RequestParam(required = false) String module,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        answers.sen2(year, asOf, format, module, request, response);
    }
}
