package uk.ehcworkflow.query.family;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.dispute.DisputeReader;
import uk.ehcworkflow.query.plan.PlanReader;

/** A case as its family would be told it, for the people who work the case; reading it is reading the case. */
@Component
class FamilyViews {

    private final AssessmentReader assessments;
    private final PlanReader plans;
    private final DisputeReader disputes;
    private final AccessLog accessLog;
    private final Clock clock;

    FamilyViews(AssessmentReader assessments, PlanReader plans, DisputeReader disputes, AccessLog accessLog, Clock clock) {
        this.assessments = assessments;
        this.plans = plans;
        this.disputes = disputes;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    AssessmentTimeline timeline(String assessmentId) {
        AssessmentTimeline timeline = assessments.current(assessmentId);
        if (timeline == null) {
            throw new NotFoundException("No assessment " + assessmentId + " is known (yet) to the read side.");
        }
        return timeline;
    }

    FamilyView of(AssessmentTimeline timeline, HttpServletRequest request) {
        accessLog.caseViewed(timeline.assessmentId(), "what the family sees", request);
        return FamilyView.of(timeline, plans.current(timeline.assessmentId()), disputes.aboutCase(timeline.assessmentId()),
                LocalDate.now(clock));
    }
}
