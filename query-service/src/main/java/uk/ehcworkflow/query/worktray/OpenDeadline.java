package uk.ehcworkflow.query.worktray;

import java.time.LocalDate;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.query.assessment.Child;

/**
 * One time limit of an open case that has not yet been met: what is due, by when, and how it
 * stands today.
 *
 * @param child the child's name, or that it was erased
 * @param agency for advice, the agency asked; otherwise null
 * @param daysLeft days until the due date; negative when overdue
 * @param exceptionApplies a recorded permitted exception excuses this time limit
 */
public record OpenDeadline(String assessmentId, String reference, Child child, Kind kind, Agency agency,
                           String adviceRequestId, LocalDate dueOn, long daysLeft, Status status, boolean exceptionApplies) {

    /** The time limits a case officer works to. */
    public enum Kind {
        DECISION("Decision whether to assess"),
        ADVICE("Advice"),
        DRAFT_RESPONSE("Family's 15 days on the draft plan"),
        FINAL_PLAN("Final plan");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a deadline stands today: overdue, due within two weeks, or further off. */
    public enum Status { OVERDUE, DUE_SOON, ON_TRACK }
}
