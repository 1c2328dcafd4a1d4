package uk.ehcworkflow.query.worktray;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.ehcworkflow.platform.caseload.Teams;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.platform.security.SecurityProperties;
import uk.ehcworkflow.query.common.Paging;
import uk.ehcworkflow.query.deadline.DeadlineKind;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageFilters;
import uk.ehcworkflow.query.pages.PageNumbers;

/**
 * Where a case officer's day starts: the work tray of their own caseload, with their team's and
 * everyone's a click away, filters by deadline and status, a page of 50 at a time. A manager's
 * opens on everyone's.
 */
@PageController
class WorkTrayPage {

    /** Whose caseload the page shows. */
    enum Whose { MINE, TEAM, ALL }

    private final OfficerWorkTray workTray;
    private final SecurityProperties security;

    WorkTrayPage(OfficerWorkTray workTray, SecurityProperties security) {
        this.workTray = workTray;
        this.security = security;
    }

    @GetMapping("/work-tray")
    String workTray(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        Actor actor = Actor.of(SecurityContextHolder.getContext().getAuthentication());
        String myTeam = Teams.teamOf(security, actor.user()).orElse(null);
        PageFilters filters = PageFilters.of(query);
        int withinDays = filters.number("withinDays", 0, OfficerWorkTray.MAX_WITHIN_DAYS, WorkTray.DEFAULT_WITHIN_DAYS);
        DeadlineKind kind = filters.choice("kind", DeadlineKind.class);
        OpenDeadline.Status status = filters.choice("status", OpenDeadline.Status.class);
        // the tabs come from links, not from a box: a value that is no use is ignored
        Whose whose = Arrays.stream(Whose.values()).filter(each -> each.name().equalsIgnoreCase(filters.text("whose")))
                .findFirst().orElse(null);
        if (whose == null || whose == Whose.TEAM && myTeam == null) {
            whose = actor.role() == Role.MANAGER ? Whose.ALL : Whose.MINE;
        }
        // a named officer or team (a manager's link from the caseloads) wins over the tabs
        String officer = filters.text("officer");
        String team = filters.text("team");
        if (officer == null && team == null) {
            officer = whose == Whose.MINE ? actor.user() : null;
            team = whose == Whose.TEAM ? myTeam : null;
        }
        Paging paging = PageNumbers.asked(query);
        WorkTray tray = workTray.tray(new WorkTray.Choice(withinDays, kind, status, officer, team, paging));
        model.addAttribute("tray", tray);
        model.addAttribute("whose", officer != null && !officer.equals(actor.user()) || team != null && !team.equals(myTeam)
                ? null : whose);
        model.addAttribute("tabs", tabs(query, myTeam));
        PageNumbers.links(model, "/work-tray", query, paging, tray.total());
        model.addAttribute("kinds", DeadlineKind.values());
        model.addAttribute("statuses", OpenDeadline.Status.values());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("filters", filters.typed());
        filters.show(model, response);
        return "worktray/work-tray";
    }

    /** The caseloads a click away, keeping the other filters: "my team" only for an officer in one. */
    private static Map<Whose, String> tabs(Map<String, String> query, String myTeam) {
        Map<Whose, String> tabs = new LinkedHashMap<>();
        for (Whose each : myTeam == null ? List.of(Whose.MINE, Whose.ALL) : List.of(Whose.values())) {
            Map<String, String> kept = new LinkedHashMap<>(query);
            kept.remove("officer");
            kept.remove("team");
            kept.remove("page");
            tabs.put(each, PageNumbers.link("/work-tray", kept, "whose", each.name().toLowerCase()));
        }
        return tabs;
    }
}
