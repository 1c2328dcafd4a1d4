package uk.ehcworkflow.query.worktray;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.ehcworkflow.query.pages.PageController;

/** Where a case officer's day starts: the work tray, with filters by deadline and status. */
@PageController
class WorkTrayPage {

    private final OfficerWorkTray workTray;

    WorkTrayPage(OfficerWorkTray workTray) {
        this.workTray = workTray;
    }

    @GetMapping("/work-tray")
    String workTray(@RequestParam(defaultValue = "" + WorkTray.DEFAULT_WITHIN_DAYS) int withinDays,
                    @RequestParam(required = false) OpenDeadline.Kind kind,
                    @RequestParam(required = false) OpenDeadline.Status status, Model model) {
        model.addAttribute("tray", workTray.tray(withinDays, kind, status));
        model.addAttribute("kinds", OpenDeadline.Kind.values());
        model.addAttribute("statuses", OpenDeadline.Status.values());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        return "pages/work-tray";
    }
}
