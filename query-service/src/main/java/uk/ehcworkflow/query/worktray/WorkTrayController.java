package uk.ehcworkflow.query.worktray;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.deadline.DeadlineKind;

/** The case officer's work tray as JSON, for clients other than the pages. */
@RestController
class WorkTrayController {

    private final OfficerWorkTray workTray;

    WorkTrayController(OfficerWorkTray workTray) {
        this.workTray = workTray;
    }

    /**
     * Every open deadline of every open case, active plan and dispute due within {@code withinDays}
     * days (default 28) or overdue, soonest first, with each case's reference, child and holder;
     * {@code kind}, {@code status}, {@code officer} and {@code team} narrow it; {@code page} (from 1)
     * and {@code size} (default 50, at most 500) page it, with the totals of the whole choice.
     */
    @GetMapping("/api/work-tray")
    WorkTray workTray(@RequestParam(defaultValue = "" + WorkTray.DEFAULT_WITHIN_DAYS) int withinDays,
                      @RequestParam(required = false) DeadlineKind kind,
                      @RequestParam(required = false) OpenDeadline.Status status,
                      @RequestParam(required = false) String officer,
                      @RequestParam(required = false) String team,
                      @RequestParam(defaultValue = "1") int page,
                      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return workTray.tray(new WorkTray.Choice(withinDays, kind, status, blankAsNone(officer), blankAsNone(team),
                Paging.of(page, size)));
    }

    private static String blankAsNone(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
