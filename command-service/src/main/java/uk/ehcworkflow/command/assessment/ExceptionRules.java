package uk.ehcworkflow.command.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.events.assessment.Deadline;

/**
 * The rules for recording a permitted exception (reg 5(4), 8(2), 10(4), 13(3); SI 2020/471): an
 * advice exception names an advice request of this assessment and no other exception does, its
 * period runs forwards, and its reason is one the regulations allow for that time limit. It may
 * be recorded after the step it excuses: the evidence often arrives later (ADR 15).
 */
final class ExceptionRules {

    static final String EXCEPTION_NOT_PERMITTED = "exception-not-permitted";
    static final String CORONAVIRUS_PERIOD = "coronavirus-exception-period";

    private ExceptionRules() {
    }

    static void check(ExcuseDeadline command, Map<String, AdviceRequest> adviceRequests, LocalDate requestReceivedOn,
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
        if (forAdvice) {
            AdviceRules.known(adviceRequests, command.adviceRequestId());
        }
        if (!command.reason().excuses(command.deadline())) {
            throw new RuleBroken(EXCEPTION_NOT_PERMITTED,
                    command.reason() + " does not excuse the " + command.deadline() + " deadline.");
        }
        if (!command.reason().couldApplyDuring(command.from(), command.to())) {
            throw new RuleBroken(CORONAVIRUS_PERIOD,
                    "The coronavirus exception covers only periods from 2020-05-01 to 2020-09-25, with an end date.");
        }
        BusinessDates.withinAssessment("from", command.from(), requestReceivedOn, clock);
        Dates.notInFuture("to", command.to(), clock);
    }
}
