package uk.ehcworkflow.command.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The disputes about a decision to cease, as they stand on a day: what a plan asks before it is
 * ceased. The disputes are answered by their own aggregates, loaded in the ceasing command's
 * unit of work.
 */
public interface CessationChallenges {

    /** Where the family's challenge stands. */
    enum Standing {
        /** No dispute, or every one ended without overturning the decision. */
        NONE_RUNNING,
        /** A dispute may still reach, or is before, the tribunal. */
        RUNNING,
        /** An order or agreement to keep the plan withdrew the decision. */
        DECISION_WITHDRAWN
    }

    Standing on(List<String> disputeIds, LocalDate day);
}
