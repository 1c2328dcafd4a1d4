package uk.ehcworkflow.query.worktray;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.ehcworkflow.platform.caseload.Teams;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.pages.PageController;

/** A manager's view of how the work is shared: each officer's caseload and overdue count, each team's. */
@PageController
class CaseloadPage {

    private final OfficerWorkTray workTray;

    CaseloadPage(OfficerWorkTray workTray) {
        this.workTray = workTray;
    }

    @GetMapping("/caseloads")
    String caseloads(Model model) {
        Actor actor = Actor.of(SecurityContextHolder.getContext().getAuthentication());
        model.addAttribute("caseloads", workTray.caseloads());
        // the dashboard's readers see the figures; those who hold cases can open each officer's tray
        model.addAttribute("trayLinks", Teams.holdsCases(actor.role()));
        return "worktray/caseloads";
    }
}
