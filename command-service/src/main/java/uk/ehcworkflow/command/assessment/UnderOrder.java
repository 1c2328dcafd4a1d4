package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import java.util.List;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.events.assessment.AssessmentReopened;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/**
 * An assessment a tribunal order reopened (reg 44) goes on under the order: an order to assess
 * overturns the decision not to assess, an order to make a plan the decision not to issue. The
 * overturned decision cannot be taken again, and nothing is dated before the order.
 */
final class UnderOrder {

    static final String ORDERED_TO_ASSESS = "ordered-to-assess";
    static final String ORDERED_TO_ISSUE = "ordered-to-issue";
    static final String NOTHING_TO_REOPEN = "nothing-to-reopen";

    private UnderOrder() {
    }

    /** The decision an order overturns when it reopens an assessment. */
    static Milestone overturnedBy(TribunalOrder order) {
        return switch (order) {
            case ASSESS -> Milestone.DECISION_NOT_TO_ASSESS;
            case ISSUE_PLAN -> Milestone.DECISION_NOT_TO_ISSUE;
            default -> throw new IllegalArgumentException("An order to " + order + " does not reopen an assessment");
        };
    }

    static RuleBroken nothingToReopen(TribunalOrder order, Milestone decision) {
        return new RuleBroken(NOTHING_TO_REOPEN, "The order " + order + " overturns " + decision
                + ", which this assessment does not stand on: it was never recorded or was overturned already.");
    }

    static void check(Milestone next, LocalDate on, List<AssessmentReopened> reopenings) {
        for (AssessmentReopened reopening : reopenings) {
            if (next == reopening.overturned()) {
                throw new RuleBroken(reopening.order() == TribunalOrder.ASSESS ? ORDERED_TO_ASSESS : ORDERED_TO_ISSUE,
                        "The tribunal's order of " + reopening.from() + " (" + reopening.order() + ") overturned "
                                + next + ": it cannot be decided again.");
            }
        }
        if (!reopenings.isEmpty()) {
            LocalDate from = reopenings.get(reopenings.size() - 1).from();
            if (on.isBefore(from)) {
                throw new RuleBroken(StepOrder.STEPS_IN_ORDER, "occurredOn", next + " on " + on + " is before the order of " + from
                        + " the case now continues under.");
            }
        }
    }

    static boolean allows(Milestone next, LocalDate on, List<AssessmentReopened> reopenings) {
        try {
            check(next, on, reopenings);
            return true;
        } catch (RuleBroken refused) {
            return false;
        }
    }
}
