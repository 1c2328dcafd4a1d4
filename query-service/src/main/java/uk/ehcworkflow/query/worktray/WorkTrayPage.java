package uk.ehcworkflow.query.worktray;

import java.time.Clock;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.ChildDetails;
import uk.ehcworkflow.query.pages.PageController;

/** Where a case officer's day starts: the work tray, with filters by deadline and status. */
@PageController
class WorkTrayPage {

    private final AssessmentReader assessments;
    private final ChildDetails children;
    private final Clock clock;

    WorkTrayPage(AssessmentReader assessments, ChildDetails children, Clock clock) {
        this.assessments = assessments;
        this.children = children;
        this.clock = clock;
    }

    @GetMapping("/work-tray")
    String workTray(@RequestParam(defaultValue = "" + WorkTray.DEFAULT_WITHIN_DAYS) int withinDays,
                    @RequestParam(required = false) OpenDeadline.Kind kind,
                    @RequestParam(required = false) OpenDeadline.Status status, Model model) {
        model.addAttribute("tray", WorkTrayController.tray(assessments, children, clock, withinDays, kind, status));
        model.addAttribute("kinds", OpenDeadline.Kind.values());
        model.addAttribute("statuses", OpenDeadline.Status.values());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        return "pages/work-tray";
    }
}
