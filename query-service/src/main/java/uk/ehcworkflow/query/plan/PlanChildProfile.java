package uk.ehcworkflow.query.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.privacy.ChildProfile;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.ChildDetails;

/**
 * A plan's child's details for the returns: for a plan issued here, what its case recorded
 * before the final plan, continued by what the plan recorded since; for a registered plan, the
 * plan's own. Opened only for those {@link ChildDetails#profileOf} shows them to.
 */
@Component
public class PlanChildProfile {

    private final AssessmentReader assessments;
    private final ChildDetails children;

    PlanChildProfile(AssessmentReader assessments, ChildDetails children) {
        this.assessments = assessments;
        this.children = children;
    }

    /** As known now, or with {@code knownAt} as known at that instant. */
    public ChildProfile of(PlanTimeline plan, Instant knownAt, Actor actor) {
        List<SealedPersonalData> recordings = new ArrayList<>();
        if (plan.state().origin() == PlanState.Origin.ISSUED_HERE) {
            AssessmentTimeline assessment = knownAt == null ? assessments.current(plan.planId())
                    : assessments.rebuild(plan.planId(), knownAt);
            if (assessment != null) {
                recordings.addAll(assessment.profiles());
            }
        }
        recordings.addAll(plan.state().profiles());
        return children.profileOf(recordings, actor);
    }
}
