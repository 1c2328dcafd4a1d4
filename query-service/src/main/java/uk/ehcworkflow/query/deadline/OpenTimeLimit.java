package uk.ehcworkflow.query.deadline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/**
 * One time limit not yet met, as the open-deadlines read model keeps it: written by the projection
 * that keeps its case, plan or dispute whenever that record changes, and read by due date, whole
 * or for one officer or team, without opening the record. How it stands (overdue, due
 * soon) is worked out on the day it is read, from its due date.
 *
 * @param lapses              it is shown only until its last day passes, and is never overdue: the family's
 *                            time to appeal
 * @param localAreasDuty      the local area can be late with it; the family's window and an appeal awaiting
 *                            the tribunal only close
 * @param caseId              for a dispute's time limit, the assessment or plan whose decision is disputed
 * @param decision            for a dispute's time limit, the decision disputed, with its letter's date
 * @param stalledReviewHeldOn for one time limit of a plan whose last review is incomplete, that review's meeting
 * @param heldBy              whose caseload the record is in; null while in nobody's
 */
public record OpenTimeLimit(DeadlineKind kind, LocalDate dueOn, boolean lapses, boolean localAreasDuty,
                            boolean exceptionApplies, String assessmentId, String planId, String disputeId, String caseId,
                            Agency agency, String adviceRequestId, AppealableDecision decision, LocalDate letterOn,
                            TribunalOrder order, LocalDate stalledReviewHeldOn, Holder heldBy) {

    /** A time limit of an open assessment: its decision, an agency's advice, the draft's 15 days, the plan. */
    public static OpenTimeLimit ofCase(String assessmentId, DeadlineKind kind, LocalDate dueOn, boolean excused,
                                       Agency agency, String adviceRequestId, Holder heldBy) {
        return new OpenTimeLimit(kind, dueOn, false, true, excused, assessmentId, null, null, null, agency, adviceRequestId,
                null, null, null, null, heldBy);
    }

    /** @param assessmentId for a plan issued here, its assessment; null for a plan registered from before */
    public static OpenTimeLimit ofPlan(String planId, String assessmentId, DeadlineKind kind, LocalDate dueOn,
                                       boolean excused, LocalDate stalledReviewHeldOn, Holder heldBy) {
        return new OpenTimeLimit(kind, dueOn, false, true, excused, assessmentId, planId, null, null, null, null, null, null,
                null, stalledReviewHeldOn, heldBy);
    }

    /** @param disputeId null for the family's time to appeal a decision no one has disputed yet */
    public static OpenTimeLimit ofDispute(String disputeId, String caseId, AppealableDecision decision, LocalDate letterOn,
                                          DeadlineKind kind, TribunalOrder order, LocalDate dueOn, boolean localAreasDuty,
                                          Holder heldBy) {
        return new OpenTimeLimit(kind, dueOn, kind == DeadlineKind.APPEAL_WINDOW, localAreasDuty, false, null, null,
                disputeId, caseId, null, null, decision, letterOn, order, null, heldBy);
    }

    /** Whether it is still shown on the day: all are, until met, except a window whose last day has passed. */
    public boolean shownOn(LocalDate day) {
        return !lapses || !StatutoryCalendar.overdueOn(dueOn, day);
    }

    /** Whether the local area is late with it on the day. */
    public boolean overdueOn(LocalDate day) {
        return localAreasDuty && StatutoryCalendar.overdueOn(dueOn, day);
    }

    /**
     * The ids it is kept under, one for each way it is read, each the start of an id that the writer
     * ends with the record and the time limit's place in it: {@code "officer|alice|2027-01-04"}.
     * A window that lapses is kept apart ({@code "lapsing-all|..."}) so that a read starts its windows
     * at the day it is read for, and the many that have lapsed are never read again.
     */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        keys.add(Index.ALL.prefix(lapses, null) + dueOn);
        if (heldBy != null && heldBy.officer() != null) {
            keys.add(Index.OFFICER.prefix(lapses, heldBy.officer()) + dueOn);
        }
        if (heldBy != null && heldBy.team() != null) {
            keys.add(Index.TEAM.prefix(lapses, heldBy.team()) + dueOn);
        }
        if (stalledReviewHeldOn != null) {
            keys.add(Index.STALLED_REVIEW.prefix(false, null) + stalledReviewHeldOn);
        }
        return keys;
    }

    /** The ways the read model is read: each an ordered run of ids. */
    public enum Index {
        ALL("all"), OFFICER("officer"), TEAM("team"),
        /** Plans whose last review is incomplete, by the day of its meeting: the Freedom of Information counts. */
        STALLED_REVIEW("stalled-review");

        private final String name;

        Index(String name) {
            this.name = name;
        }

        /** Where the index's run of ids starts, for one officer or team (encoded, so a name can hold any character). */
        public String prefix(boolean lapsing, String value) {
            String run = (lapsing ? "lapsing-" : "") + name + "|";
            return value == null ? run : run + URLEncoder.encode(value, StandardCharsets.UTF_8) + "|";
        }
    }
}
