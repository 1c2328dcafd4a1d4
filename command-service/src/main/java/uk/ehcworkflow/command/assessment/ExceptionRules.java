package uk.ehcworkflow.command.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.PermittedExceptions;
import uk.ehcworkflow.events.assessment.StatutoryDueDates;

/**
 * The rules for recording a permitted exception: an advice exception names an advice request
 * of this assessment and no other exception does, its period runs forwards, and it excuses the
 * deadline it names as {@link PermittedExceptions} defines. Its period may begin before the
 * request (an absence often does), and it may be recorded after the step it excuses: the
 * evidence often arrives later (ADR 15).
 */
final class ExceptionRules {

    private ExceptionRules() {
    }

    static void check(ExcuseDeadline command, StatutoryDueDates due, Map<String, AdviceRequest> adviceRequests,
                      Clock clock) {
        boolean forAdvice = command.deadline() == Deadline.ADVICE;
        if (forAdvice && command.adviceRequestId() == null) {
            throw new InvalidField("adviceRequestId", "adviceRequestId is required for an ADVICE exception.");
        }
        if (!forAdvice && command.adviceRequestId() != null) {
            throw new InvalidField("adviceRequestId",
                    "adviceRequestId belongs only to an ADVICE exception, not to " + command.deadline() + ".");
        }
        if (command.to() != null && command.to().isBefore(command.from())) {
            throw new InvalidField("to", "to " + command.to() + " is before from " + command.from() + ".");
        }
        LocalDate deadlineDay = forAdvice ? AdviceRules.known(adviceRequests, command.adviceRequestId()).dueOn()
                : due.of(command.deadline());
        PermittedExceptions.flaw(command.reason(), command.deadline(), deadlineDay, command.from(), command.to())
                .ifPresent(flaw -> {
                    throw new RuleBroken(flaw.rule(), explain(flaw, command, deadlineDay));
                });
        Dates.notInFuture("from", command.from(), clock);
        Dates.notInFuture("to", command.to(), clock);
    }

    private static String explain(PermittedExceptions.Flaw flaw, ExcuseDeadline command, LocalDate deadlineDay) {
        return switch (flaw) {
            case NOT_PERMITTED -> command.reason() + " does not excuse the " + command.deadline() + " deadline.";
            case AFTER_DEADLINE -> "An exception excuses a deadline only if it began on or before it: from "
                    + command.from() + " is after the " + command.deadline() + " deadline on " + deadlineDay + ".";
            case TOO_SHORT -> command.reason() + " counts only if it lasts 4 weeks or more (28 days, both ends counted): "
                    + command.from() + " to " + command.to() + " is shorter.";
            case CORONAVIRUS_PERIOD -> "The coronavirus exception excuses only deadlines that fell from 2020-05-01 to "
                    + "2020-09-25; the " + command.deadline() + " deadline fell on " + deadlineDay + ".";
        };
    }
}
