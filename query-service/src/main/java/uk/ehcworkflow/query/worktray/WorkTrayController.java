package uk.ehcworkflow.query.worktray;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case officer's work tray as JSON, for clients other than the pages. */
@RestController
class WorkTrayController {

    private final OfficerWorkTray workTray;

    WorkTrayController(OfficerWorkTray workTray) {
        this.workTray = workTray;
    }

    /**
     * Every open deadline of every open case and active plan due within {@code withinDays} days
     * (default 28) or overdue, soonest first, with each case's reference and child; {@code kind}
     * and {@code status} narrow it.
     */
    @GetMapping("/api/work-tray")
    WorkTray workTray(@RequestParam(defaultValue = "" + WorkTray.DEFAULT_WITHIN_DAYS) int withinDays,
                      @RequestParam(required = false) OpenDeadline.Kind kind,
                      @RequestParam(required = false) OpenDeadline.Status status) {
        return workTray.tray(withinDays, kind, status);
    }
}
