package uk.ehcworkflow.command.common;

import java.time.Clock;
import java.time.LocalDate;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.PermittedExceptions;
import uk.ehcworkflow.events.assessment.StatutoryException;

/**
 * The rules for recording a permitted exception, for every aggregate with a deadline to excuse:
 * an ADVICE exception names an advice request and no other exception does, its period runs
 * forwards, and it excuses its deadline as {@link PermittedExceptions} defines. Its period may
 * begin before the request (an absence often does), and it may be recorded after the step it
 * excuses: the evidence often arrives later (ADR 15).
 */
public final class ExceptionRules {

    private ExceptionRules() {
    }

    /** What an exception must say before the deadline it names is looked up. */
    public static void checkShape(ExceptionClaim claim) {
        boolean forAdvice = claim.deadline() == Deadline.ADVICE;
        if (forAdvice && claim.adviceRequestId() == null) {
            throw new InvalidField("adviceRequestId", "advice-exception-needs-request", "adviceRequestId is required for an ADVICE exception.");
        }
        if (!forAdvice && claim.adviceRequestId() != null) {
            throw new InvalidField("adviceRequestId", "request-only-for-advice-exception",
                    "adviceRequestId belongs only to an ADVICE exception, not to " + claim.deadline() + ".");
        }
        if (claim.to() != null && claim.to().isBefore(claim.from())) {
            throw new InvalidField("to", "period-ends-before-it-starts", "to " + claim.to() + " is before from " + claim.from() + ".");
        }
    }

    /** Refuses an exception that does not excuse {@code deadline}, falling on {@code deadlineDay}, or has not happened yet. */
    public static void checkExcuses(ExceptionClaim claim, Deadline deadline, LocalDate deadlineDay, Clock clock) {
        PermittedExceptions.flaw(claim.reason(), deadline, deadlineDay, claim.from(), claim.to()).ifPresent(flaw -> {
            throw new RuleBroken(flaw.rule(), explain(flaw, claim, deadline, deadlineDay));
        });
        Dates.notInFuture("from", claim.from(), clock);
        Dates.notInFuture("to", claim.to(), clock);
    }

    private static String explain(PermittedExceptions.Flaw flaw, ExceptionClaim claim, Deadline deadline,
                                  LocalDate deadlineDay) {
        return switch (flaw) {
            case NOT_PERMITTED -> claim.reason() + " does not excuse " + deadline.limit() + "; the regulations allow "
                    + StatutoryException.excusing(deadline) + ".";
            case AFTER_DEADLINE -> "An exception excuses a deadline only if it began on or before it: from "
                    + claim.from() + " is after the last day of " + deadline.limit() + ", " + deadlineDay + ".";
            case TOO_SHORT -> claim.reason() + " excuses " + deadline.limit() + " only if it lasts "
                    + claim.reason().weeksNeededFor(deadline) + " weeks or more (both ends counted): " + claim.from() + " to "
                    + claim.to() + " is shorter.";
            case CORONAVIRUS_PERIOD -> "The coronavirus exception excuses only deadlines that fell from 2020-05-01 to "
                    + "2020-09-25; the last day of " + deadline.limit() + " was " + deadlineDay + ".";
        };
    }
}
