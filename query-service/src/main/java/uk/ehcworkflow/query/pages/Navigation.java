package uk.ehcworkflow.query.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;

/** Who is signed in, and the pages their role can use: in every page's header and on the start page; and no filters yet. */
@ControllerAdvice(annotations = PageController.class)
class Navigation {

    private final long sessionSeconds;
    private final long warnSeconds;

    Navigation(@Value("${server.servlet.session.timeout:30m}") Duration session,
               @Value("${ehc.pages.timeout-warning:2m}") Duration warning) {
        this.sessionSeconds = session.toSeconds();
        this.warnSeconds = Math.min(warning.toSeconds(), session.toSeconds());
    }

    /** How long a session lasts without use, and how long before its end the page warns. */
    @ModelAttribute("sessionSeconds")
    long sessionSeconds() {
        return sessionSeconds;
    }

    @ModelAttribute("warnSeconds")
    long warnSeconds() {
        return warnSeconds;
    }

    /** The page's own address, so that the menu marks where the person is. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** A page a role can use, with what it is for. */
    record Link(String label, String href, String description) {
    }

    @ModelAttribute("signedIn")
    Actor signedInActor() {
        return signedIn();
    }

    @ModelAttribute("navigation")
    List<Link> navigationLinks() {
        return navigation();
    }

    /** A page's filters as typed: none until a page that has filters says otherwise. */
    @ModelAttribute("filters")
    PageForm noFilters() {
        return PageForm.empty();
    }

    /** The person signed in, or null on the sign-in page. */
    static Actor signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getName())
                ? null : Actor.of(authentication);
    }

    /** The signed-in person's pages, for the header. */
    static List<Link> navigation() {
        Actor actor = signedIn();
        return actor == null ? List.of() : linksFor(actor.role());
    }

    static List<Link> linksFor(Role role) {
        List<Link> links = new ArrayList<>();
        if (role == Role.FAMILY) {
            return List.of(new Link("Your cases", "/family", "Where each assessment you were invited to is, its dates, "
                    + "the letters we sent you and what you can do."));
        }
        if (role == Role.CASE_OFFICER) {
            links.add(new Link("Work tray", "/work-tray", "Every open deadline of every open case, plan and dispute, soonest first."));
            links.add(new Link("New request", "/cases/new", "Log a request for an EHC needs assessment."));
            links.add(new Link("Find a case", "/cases", "Open a case by its reference or the child's name."));
            links.add(new Link("Plans overdue", "/plans", "Every EHC plan with an annual review or another deadline past, "
                    + "and registering a plan issued before this service."));
            links.add(new Link("Disputes", "/disputes", "Every open appeal window, mediation, appeal and tribunal order, "
                    + "overdue first."));
        }
        if (role == Role.MANAGER) {
            links.add(new Link("Work tray", "/work-tray", "Every open deadline of every caseload, soonest first, with who "
                    + "holds each."));
            links.add(new Link("Find a case", "/cases", "Open a case by its reference or the child's name, and move it to "
                    + "another officer."));
        }
        if (role == Role.MANAGER || role == Role.DASHBOARD) {
            links.add(new Link("Caseloads", "/caseloads", "Each officer's and team's open cases, plans and disputes, and "
                    + "how many deadlines each has overdue."));
        }
        // auditors reach the samples from the dashboard's plan quality: their menu is full
        if (role == Role.MANAGER) {
            links.add(new Link("Quality samples", "/quality", "Each month's random sample of the plans finalised, the plans "
                    + "to audit in it and how far each audit has got."));
        }
        if (role == Role.DASHBOARD) {
            links.add(new Link("Plan quality report", "/quality/report", "The quarter's plan-quality figures against the "
                    + "area's targets, the themes and the last four quarters, to print or download for the SEND board."));
        }
        if (role == Role.PANEL) {
            links.add(new Link("Panel sittings", "/panels", "The year's sittings; record a sitting, who attended and "
                    + "each decision."));
        }
        if (role == Role.CASE_OFFICER || role == Role.AUDITOR || role == Role.ADMIN) {
            links.add(new Link("Panel sittings", "/panels", "The panels' sittings, attendance and decisions."));
        }
        if (role == Role.AGENCY) {
            links.add(new Link("Advice requests", "/advice", "Your agency's requests for advice, outstanding first, and "
                    + "a form to give each."));
        }
        if (role == Role.AUDITOR || role == Role.ADMIN) {
            links.add(new Link("Find a case", "/cases", "Open a case by its reference or the child's name, as it stands or as "
                    + "known on a date, and download its evidence pack; each opening is recorded."));
            links.add(new Link("Plans overdue", "/plans", "Every EHC plan with an annual review or another deadline past; "
                    + "each plan's page, as it stands or as known on a date, and its evidence pack."));
            links.add(new Link("Disputes", "/disputes", "Every open appeal window, mediation, appeal and tribunal order; "
                    + "each dispute's page, as it stands or as known on a date, and its evidence pack."));
            links.add(new Link("Audit trail", "/audit", "Every recorded event with who recorded it and when, the steps "
                    + "recorded late, and the verification of the records."));
        }
        if (role == Role.CASE_OFFICER || role == Role.RETURNS) {
            links.add(new Link("SEN2 return", "/returns", role == Role.CASE_OFFICER
                    ? "The problems the January return finds in the records, each with a link to fix it."
                    : "Check the DfE's January return, see what to fix, and download it as XML or each module as CSV."));
        }
        if (role == Role.RETURNS || role == Role.AUDITOR) {
            links.add(new Link("Inspection lists", "/returns/inspection", "The person-level lists an area SEND inspection "
                    + "asks for, as on a day, and one child's bundle of evidence."));
        }
        if (role == Role.ADMIN) {
            // one short entry: an administrator's menu is the longest
            links.add(new Link("Returns", "/returns", "The DfE's SEN2 return (and starting the area from its last one), "
                    + "and an inspection's lists and bundles."));
        }
        if (role == Role.ADMIN) {
            links.add(new Link("Read models", "/admin/read-models", "Each read model's state, rebuilds with their progress, "
                    + "reconciliation, and the children past the retention period."));
        }
        links.add(new Link("Improvement plan", "/improvement-plan", role == Role.IMPROVEMENT_LEAD
                ? "The Written Statement of Action: each action's RAG, history and measures, updates and the highlight report."
                : "The Written Statement of Action: each action's RAG, history and measures, and the highlight report."));
        links.add(new Link("Dashboard", "/dashboard",
                "The headline figures beside England's, trends, panel coverage and the improvement plan; "
                        + "and a version to publish."));
        return links;
    }
}
