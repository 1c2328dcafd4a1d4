package uk.ehcworkflow.query.returns;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageFilters;

/**
 * The inspection's page: the lists as on a day to download (every list as one workbook, or each
 * as CSV), which of their columns the service does not hold, and one child's bundle by reference.
 */
@PageController
class InspectionPages {

    /** A case reference or a plan's id is far shorter: anything longer names nothing. */
    private static final int LONGEST_ID = 100;

    private final InspectionController inspection;
    private final Clock clock;

    InspectionPages(InspectionController inspection, Clock clock) {
        this.inspection = inspection;
        this.clock = clock;
    }

    @GetMapping("/returns/inspection")
    String page(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        PageFilters filters = PageFilters.of(query);
        LocalDate on = filters.date("on");
        model.addAttribute("on", on == null ? LocalDate.now(clock) : on);
        model.addAttribute("lists", Arrays.asList(InspectionList.values()));
        model.addAttribute("filters", filters.typed());
        filters.show(model, response);
        return "returns/inspection";
    }

    @GetMapping("/returns/inspection/download")
    void lists(@RequestParam(required = false) String on, @RequestParam(required = false) String format,
               @RequestParam(required = false) String list, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        inspection.lists(on, format, list, request, response);
    }

    @GetMapping("/returns/inspection/children/{caseOrPlanId}")
    void bundle(@PathVariable String caseOrPlanId, @RequestParam(required = false) String on, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        inspection.bundle(caseOrPlanId, on, request, response);
    }

    /**
     * The bundle's form: a reference typed, sent on to the bundle's own address with the day checked
     * first, so a day that is not one is refused here rather than copied into the address.
     */
    @GetMapping("/returns/inspection/child")
    String child(@RequestParam(required = false) String reference, @RequestParam(required = false) String on) {
        String typed = reference == null ? "" : reference.strip();
        if (typed.length() > LONGEST_ID) {
            throw new NotFoundException("No case or plan has the reference typed.");
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/returns/inspection/children/{id}")
                .queryParam("on", inspection.day(on))
                .buildAndExpand(typed.isEmpty() ? "-" : typed).encode().toUriString();
    }
}
