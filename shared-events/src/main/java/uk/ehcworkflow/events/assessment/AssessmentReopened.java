package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;
import java.util.List;
import uk.ehcworkflow.events.dispute.StepDue;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/**
 * A tribunal order (or a concession, reg 45) overturned the decision that ended the assessment:
 * the case continues under the order's deadlines instead of the original ones. The original
 * decision stays on the record as it was.
 *
 * @param overturned the decision overturned: not to assess, or not to issue
 * @param from       the day the order's periods run from
 * @param deadlines  what the order owes from that day
 */
public record AssessmentReopened(String assessmentId, String disputeId, TribunalOrder order, Milestone overturned,
                                 LocalDate overturnedOn, LocalDate from, List<StepDue> deadlines) implements AssessmentEvent {
}
