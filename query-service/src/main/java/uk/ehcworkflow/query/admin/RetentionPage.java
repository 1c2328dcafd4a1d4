package uk.ehcworkflow.query.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.Child;
import uk.ehcworkflow.query.assessment.ChildDetails;
import uk.ehcworkflow.query.assessment.ChildIndex;
import uk.ehcworkflow.query.assessment.ChildIndexReader;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.plan.PlanReader;

/**
 * The children whose records are past the area's retention period ({@code ehc.privacy.retention-years}
 * after their date of birth), for an administrator to erase. Each child listed is recorded as
 * viewed, as any opening of a case by an administrator is. The child index (ADR 38) names the records
 * whose child may have been born long enough ago; only those are opened.
 */
@PageController
class RetentionPage {

    /** A child past retention: the record that holds their details (a case, or a plan registered from before), and when it was due to be destroyed. */
    record PastRetention(String link, String record, Child child, LocalDate retainUntil) {
    }

    private final AssessmentReader assessments;
    private final PlanReader plans;
    private final ChildDetails children;
    private final ChildIndexReader childIndex;
    private final AccessLog accessLog;
    private final Clock clock;
    private final int retentionYears;

    RetentionPage(AssessmentReader assessments, PlanReader plans, ChildDetails children, ChildIndexReader childIndex, AccessLog accessLog, Clock clock,
                  @Value("${ehc.privacy.retention-years:31}") int retentionYears) {
        this.assessments = assessments;
        this.plans = plans;
        this.children = children;
        this.childIndex = childIndex;
        this.accessLog = accessLog;
        this.clock = clock;
        this.retentionYears = retentionYears;
    }

    @GetMapping("/admin/retention")
    String pastRetention(HttpServletRequest request, Model model) {
        LocalDate today = LocalDate.now(clock);
        Actor actor = Actor.of(SecurityContextHolder.getContext().getAuthentication());
        List<PastRetention> past = new ArrayList<>();
        LocalDate bornBy = today.minusYears(retentionYears);
        Map<String, AssessmentTimeline> cases = assessments.byIds(childIndex.mayBeBornBy(ChildIndex.CASES, bornBy));
        Map<String, Child> named = children.ofAll(List.copyOf(cases.values()), actor);
        cases.forEach((assessmentId, timeline) -> {
            Child child = named.get(assessmentId);
            if (pastRetention(child, today)) {
                past.add(new PastRetention("/cases/" + assessmentId, timeline.reference() != null ? timeline.reference() : assessmentId,
                        child, retainUntil(child)));
                accessLog.caseViewed(assessmentId, "retention list", request);
            }
        });
        // A plan issued here holds its case's details, listed above; the index holds a registered plan's own.
        children.ofPlans(plans.children(childIndex.mayBeBornBy(ChildIndex.PLANS, bornBy)), actor).forEach((planId, child) -> {
            if (pastRetention(child, today)) {
                past.add(new PastRetention("/plans/" + planId, "Registered plan " + planId, child, retainUntil(child)));
                accessLog.caseViewed(planId, "retention list", request);
            }
        });
        past.sort(Comparator.comparing(PastRetention::retainUntil));
        model.addAttribute("past", past);
        model.addAttribute("retentionYears", retentionYears);
        return "admin/retention";
    }

    private boolean pastRetention(Child child, LocalDate today) {
        return child.shown() && retainUntil(child).isBefore(today);
    }

    private LocalDate retainUntil(Child child) {
        return child.dateOfBirth().plusYears(retentionYears);
    }
}
