package uk.ehcworkflow.query.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.common.TimeParameter;
import uk.ehcworkflow.query.dispute.DisputeReader;

/** Reads one assessment's timeline, with the disputes about its decisions, now or as it was known at a past instant. */
@RestController
class AssessmentQueryController {

    private final AssessmentReader assessments;
    private final Clock clock;
    private final AccessLog accessLog;
    private final ChildDetails children;
    private final DisputeReader disputes;

    AssessmentQueryController(AssessmentReader assessments, Clock clock, AccessLog accessLog, ChildDetails children,
                              DisputeReader disputes) {
        this.disputes = disputes;
        this.assessments = assessments;
        this.clock = clock;
        this.accessLog = accessLog;
        this.children = children;
    }

    /**
     * The case as it stands, or with {@code asOf} as it was known at that instant (a date means
     * the end of that day): rebuilt from the events recorded by then, with its status on that day.
     */
    @GetMapping("/api/assessments/{assessmentId}")
    AssessmentTimelineView timeline(@PathVariable String assessmentId, @RequestParam(required = false) String asOf,
                                    HttpServletRequest request) {
        Instant knownAt = TimeParameter.endOf("asOf", asOf, clock.getZone());
        if (knownAt == null) {
            AssessmentTimeline current = assessments.current(assessmentId);
            if (current == null) {
                throw new NotFoundException("No assessment " + assessmentId + " is known (yet) to the read side.");
            }
            accessLog.caseViewed(assessmentId, "timeline", request);
            return AssessmentTimelineView.of(current, LocalDate.now(clock),
                    children.of(current, Actor.of(SecurityContextHolder.getContext().getAuthentication())),
                    disputes.ofCase(assessmentId, null));
        }
        AssessmentTimeline rebuilt = assessments.rebuild(assessmentId, knownAt);
        if (!rebuilt.isOpened()) {
            throw new NotFoundException("Assessment " + assessmentId + " had not been recorded by " + knownAt + ".");
        }
        accessLog.caseViewed(assessmentId, "timeline as known at " + knownAt, request);
        return AssessmentTimelineView.of(rebuilt, knownAt.atZone(clock.getZone()).toLocalDate(), null,
                disputes.ofCase(assessmentId, knownAt));
    }
}
