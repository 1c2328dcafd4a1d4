package uk.ehcworkflow.query.worktray;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageFilters;

/** Where a case officer's day starts: the work tray, with filters by deadline and status. */
@PageController
class WorkTrayPage {

    private final OfficerWorkTray workTray;

    WorkTrayPage(OfficerWorkTray workTray) {
        this.workTray = workTray;
    }

    @GetMapping("/work-tray")
    String workTray(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        PageFilters filters = PageFilters.of(query);
        int withinDays = filters.number("withinDays", 0, OfficerWorkTray.MAX_WITHIN_DAYS, WorkTray.DEFAULT_WITHIN_DAYS);
        OpenDeadline.Kind kind = filters.choice("kind", OpenDeadline.Kind.class);
        OpenDeadline.Status status = filters.choice("status", OpenDeadline.Status.class);
        model.addAttribute("tray", workTray.tray(withinDays, kind, status));
        model.addAttribute("kinds", OpenDeadline.Kind.values());
        model.addAttribute("statuses", OpenDeadline.Status.values());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("filters", filters.typed());
        filters.show(model, response);
        return "worktray/work-tray";
    }
}
