package uk.ehcworkflow.query.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.pages.PageController;

/**
 * The children whose records are past the area's retention period ({@code ehc.privacy.retention-years}
 * after their date of birth), for an administrator to erase. Each child listed is recorded as
 * viewed, as any opening of a case by an administrator is.
 */
@PageController
class RetentionPage {

    /** A child past retention: their case, and when their record was due to be destroyed. */
    record PastRetention(AssessmentTimelineView caseView, LocalDate retainUntil) {
    }

    private final AssessmentReader assessments;
    private final ChildDetails children;
    private final AccessLog accessLog;
    private final Clock clock;
    private final int retentionYears;

    RetentionPage(AssessmentReader assessments, ChildDetails children, AccessLog accessLog, Clock clock,
                  @Value("${ehc.privacy.retention-years:31}") int retentionYears) {
        this.assessments = assessments;
        this.children = children;
        this.accessLog = accessLog;
        this.clock = clock;
        this.retentionYears = retentionYears;
    }

    @GetMapping("/admin/retention")
    String pastRetention(HttpServletRequest request, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<AssessmentTimeline> all = assessments.all();
        Map<String, Child> named = children.ofAll(all, Actor.of(SecurityContextHolder.getContext().getAuthentication()));
        List<PastRetention> past = all.stream()
                .filter(timeline -> named.get(timeline.assessmentId()).shown())
                .filter(timeline -> named.get(timeline.assessmentId()).dateOfBirth().plusYears(retentionYears).isBefore(today))
                .map(timeline -> new PastRetention(AssessmentTimelineView.of(timeline, today, named.get(timeline.assessmentId())),
                        named.get(timeline.assessmentId()).dateOfBirth().plusYears(retentionYears)))
                .sorted(Comparator.comparing(PastRetention::retainUntil)).toList();
        past.forEach(child -> accessLog.caseViewed(child.caseView().assessmentId(), "retention list", request));
        model.addAttribute("past", past);
        model.addAttribute("retentionYears", retentionYears);
        return "pages/admin-retention";
    }
}
