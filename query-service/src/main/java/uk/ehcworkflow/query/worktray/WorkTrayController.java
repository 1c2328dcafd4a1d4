package uk.ehcworkflow.query.worktray;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.ChildDetails;

/** The case officer's work tray as JSON, for clients other than the pages. */
@RestController
class WorkTrayController {

    static final int MAX_WITHIN_DAYS = 366;

    private final AssessmentReader assessments;
    private final ChildDetails children;
    private final Clock clock;

    WorkTrayController(AssessmentReader assessments, ChildDetails children, Clock clock) {
        this.assessments = assessments;
        this.children = children;
        this.clock = clock;
    }

    /**
     * Every open deadline of every open case due within {@code withinDays} days (default 28) or
     * overdue, soonest first, with each case's reference and child; {@code kind} and {@code status} narrow it.
     */
    @GetMapping("/api/work-tray")
    WorkTray workTray(@RequestParam(defaultValue = "" + WorkTray.DEFAULT_WITHIN_DAYS) int withinDays,
                      @RequestParam(required = false) OpenDeadline.Kind kind,
                      @RequestParam(required = false) OpenDeadline.Status status) {
        return tray(assessments, children, clock, withinDays, kind, status);
    }

    static WorkTray tray(AssessmentReader assessments, ChildDetails children, Clock clock, int withinDays,
                         OpenDeadline.Kind kind, OpenDeadline.Status status) {
        if (withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
            throw new InvalidRequestException("withinDays", "withinDays must be from 0 to " + MAX_WITHIN_DAYS + ".");
        }
        List<AssessmentTimeline> open = assessments.openCases();
        Actor actor = Actor.of(SecurityContextHolder.getContext().getAuthentication());
        return WorkTray.of(open, children.ofAll(open, actor), LocalDate.now(clock), withinDays, kind, status);
    }
}
