package uk.ehcworkflow.query.advice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.assessment.AdviceRequest;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.Child;

/**
 * One agency's advice requests: outstanding ones first, soonest due first, then those given,
 * latest first. Only the agency's own: another agency's requests never enter the list.
 *
 * @param daysLeft for outstanding advice, days until due (negative when overdue); null once given
 */
public record AgencyAdvice(String assessmentId, String reference, Child child, String adviceRequestId, LocalDate requestedOn,
                    LocalDate dueOn, LocalDate submittedOn, Long daysLeft) {

    public boolean outstanding() {
        return submittedOn == null;
    }

    /** A request as the agency's list shows it on the day. */
    static AgencyAdvice of(AdviceRequest request, Child child, LocalDate today) {
        return new AgencyAdvice(request.assessmentId(), request.reference(), child, request.adviceRequestId(),
                request.requestedOn(), request.dueOn(), request.submittedOn(),
                request.submittedOn() == null ? ChronoUnit.DAYS.between(today, request.dueOn()) : null);
    }

    /** The agency's requests in these cases, in no particular order. */
    static List<AgencyAdvice> of(Agency agency, List<AssessmentTimeline> cases, Map<String, Child> children, LocalDate today) {
        List<AgencyAdvice> requests = new ArrayList<>();
        for (AssessmentTimeline timeline : cases) {
            for (AssessmentTimeline.Advice advice : timeline.advice()) {
                if (advice.agency() == agency) {
                    requests.add(new AgencyAdvice(timeline.assessmentId(), timeline.reference(),
                            children.get(timeline.assessmentId()), advice.adviceRequestId(), advice.requestedOn(),
                            advice.dueOn(), advice.submittedOn(),
                            advice.submittedOn() == null ? ChronoUnit.DAYS.between(today, advice.dueOn()) : null));
                }
            }
        }
        return requests;
    }
}
