package uk.ehcworkflow.events.assessment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The reasons the regulations accept for missing a time limit; nothing else (a waiting list,
 * staff shortage, a family asking to wait) is an exception.
 */
public enum StatutoryException {
    /** reg 5(4)(a), 10(4)(a), and so 27(3): a school or post-16 institution closed for 4 weeks or more. */
    SCHOOL_CLOSURE(EnumSet.of(Deadline.DECISION, Deadline.FINAL_PLAN, Deadline.REASSESSED_PLAN)),
    /** reg 5(4)(b), 10(4)(b), and so 27(3): the same for an early years provider. */
    EARLY_YEARS_CLOSURE(EnumSet.of(Deadline.DECISION, Deadline.FINAL_PLAN, Deadline.REASSESSED_PLAN)),
    /** reg 5(4)(c), 8(2)(a), 10(4)(c), and so 27(3); reg 44(3)(a) for an order. */
    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES(EnumSet.allOf(Deadline.class)),
    /**
     * reg 5(4)(d), 8(2)(b), 10(4)(d), and so 27(3): away from the area for 4 weeks or more in a row;
     * reg 44(3)(b): for an order, 2 weeks or more.
     */
    ABSENT_FROM_AREA(EnumSet.allOf(Deadline.class)),
    /** reg 8(2)(c): the child or young person missed an appointment the agency made; reg 44(3)(c), one the authority made. */
    MISSED_APPOINTMENT(EnumSet.of(Deadline.ADVICE, Deadline.TRIBUNAL_ORDER)),
    /**
     * SI 2020/471: the temporary coronavirus exception, for deadlines from 1 May to 25 September
     * 2020 only, and for an assessment's: reg 27(3) names only the reg 13(3) exceptions (ADR 24).
     */
    CORONAVIRUS_2020(EnumSet.of(Deadline.DECISION, Deadline.FINAL_PLAN, Deadline.ADVICE));

    public static final LocalDate CORONAVIRUS_FIRST_DAY = LocalDate.of(2020, 5, 1);
    public static final LocalDate CORONAVIRUS_LAST_DAY = LocalDate.of(2020, 9, 25);

    private final Set<Deadline> excuses;

    StatutoryException(Set<Deadline> excuses) {
        this.excuses = excuses;
    }

    /** The reasons the regulations allow for that deadline, in the order an officer is offered them. */
    public static List<StatutoryException> excusing(Deadline deadline) {
        return Arrays.stream(values()).filter(reason -> reason.excuses(deadline)).toList();
    }

    /** Whether the regulations let this reason excuse that deadline. */
    public boolean excuses(Deadline deadline) {
        return excuses.contains(deadline);
    }

    /**
     * The fewest weeks the circumstances must last to excuse the deadline: closures and absences 4
     * (reg 5(4)(a),(b),(d), 8(2)(b)), an absence excusing an order 2 (reg 44(3)(b)); others none.
     */
    public int weeksNeededFor(Deadline deadline) {
        if (this == ABSENT_FROM_AREA && deadline == Deadline.TRIBUNAL_ORDER) {
            return 2;
        }
        return this == SCHOOL_CLOSURE || this == EARLY_YEARS_CLOSURE || this == ABSENT_FROM_AREA ? 4 : 0;
    }

    /**
     * A closure excuses only when the setting's advice was asked for while it was closing or closed:
     * from 1 week before it closed to 1 week before it reopened (regs 5(4)(a)-(b), 10(4)(a)-(b),
     * 13(3), 27(3)(a)).
     */
    public boolean needsSettingAdviceAskedInTheClosure() {
        return this == SCHOOL_CLOSURE || this == EARLY_YEARS_CLOSURE;
    }

    /** Whether the reason can excuse a deadline falling on that day: the coronavirus one only from 1 May to 25 September 2020. */
    public boolean coversDeadlineOn(LocalDate deadline) {
        return this != CORONAVIRUS_2020 || !deadline.isBefore(CORONAVIRUS_FIRST_DAY) && !deadline.isAfter(CORONAVIRUS_LAST_DAY);
    }
}
