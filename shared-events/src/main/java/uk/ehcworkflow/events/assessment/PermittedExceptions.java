package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;
import java.util.Optional;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;

/**
 * Whether a recorded exception excuses a deadline (reg 5(4), 8(2), 10(4), 13(3); SI 2020/471):
 * its reason is one the regulations allow for that time limit, its circumstances began on or
 * before the deadline, a closure or absence lasted 4 weeks or more, and the coronavirus
 * exception only for a deadline from 1 May to 25 September 2020. The command side refuses an
 * exception with a flaw; the read side asks the same of each recorded exception against the day
 * of the deadline a step had, so both agree and exceptions recorded under earlier rules count
 * only where these allow them.
 */
public final class PermittedExceptions {

    /** Why an exception does not excuse a deadline, with the rule's name as the API reports it. */
    public enum Flaw {
        NOT_PERMITTED("exception-not-permitted"),
        AFTER_DEADLINE("exception-after-deadline"),
        TOO_SHORT("exception-too-short"),
        CORONAVIRUS_PERIOD("coronavirus-exception-period");

        private final String rule;

        Flaw(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    private PermittedExceptions() {
    }

    /** The first reason the exception does not excuse {@code deadline}, which falls on {@code deadlineDay}; empty if it does. */
    public static Optional<Flaw> flaw(StatutoryException reason, Deadline deadline, LocalDate deadlineDay,
                                      LocalDate from, LocalDate to) {
        if (!reason.excuses(deadline)) {
            return Optional.of(Flaw.NOT_PERMITTED);
        }
        if (from.isAfter(deadlineDay)) {
            return Optional.of(Flaw.AFTER_DEADLINE);
        }
        if (!StatutoryCalendar.lastsWeeks(from, to, reason.weeksNeededFor(deadline))) {
            return Optional.of(Flaw.TOO_SHORT);
        }
        if (!reason.coversDeadlineOn(deadlineDay)) {
            return Optional.of(Flaw.CORONAVIRUS_PERIOD);
        }
        return Optional.empty();
    }

    public static boolean excuses(StatutoryException reason, Deadline deadline, LocalDate deadlineDay,
                                  LocalDate from, LocalDate to) {
        return flaw(reason, deadline, deadlineDay, from, to).isEmpty();
    }
}
