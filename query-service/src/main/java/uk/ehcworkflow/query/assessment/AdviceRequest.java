package uk.ehcworkflow.query.assessment;

import java.time.LocalDate;
import java.util.List;
import uk.ehcworkflow.events.common.Agency;

/**
 * One advice request as an agency's list reads it, kept by the assessment projection for every
 * case, open or closed: outstanding ones by their due date, soonest first, and given ones latest
 * first, each agency's apart from every other's.
 *
 * @param submittedOn null while outstanding
 */
public record AdviceRequest(String assessmentId, String reference, String adviceRequestId, Agency agency,
                            LocalDate requestedOn, LocalDate dueOn, LocalDate submittedOn) {

    /** The request's outstanding or given run for its agency, as the read model keeps it. */
    public List<String> keys() {
        return List.of(submittedOn == null ? outstanding(agency) + dueOn : given(agency) + latestFirst(submittedOn));
    }

    static String outstanding(Agency agency) {
        return "outstanding|" + agency.name() + "|";
    }

    static String given(Agency agency) {
        return "given|" + agency.name() + "|";
    }

    /** A day as a key that sorts later days first: 2026-12-06 as 99999999 - 20261206. */
    private static String latestFirst(LocalDate day) {
        return String.format("%08d", 99_999_999 - (day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth()));
    }

    static List<AdviceRequest> of(AssessmentTimeline timeline) {
        return timeline.advice().stream().map(advice -> new AdviceRequest(timeline.assessmentId(), timeline.reference(),
                advice.adviceRequestId(), advice.agency(), advice.requestedOn(), advice.dueOn(), advice.submittedOn())).toList();
    }
}
