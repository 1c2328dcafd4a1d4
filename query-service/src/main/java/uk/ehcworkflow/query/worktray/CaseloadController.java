package uk.ehcworkflow.query.worktray;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Each officer's and team's caseload as JSON: officers named, children never. */
@RestController
class CaseloadController {

    private final OfficerWorkTray workTray;

    CaseloadController(OfficerWorkTray workTray) {
        this.workTray = workTray;
    }

    /** For each officer and each team: open cases, active plans, open disputes, and deadlines overdue today. */
    @GetMapping("/api/caseloads")
    Caseloads caseloads() {
        return workTray.caseloads();
    }
}
