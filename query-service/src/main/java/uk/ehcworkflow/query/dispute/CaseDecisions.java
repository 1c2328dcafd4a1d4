package uk.ehcworkflow.query.dispute;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.query.deadline.DeadlineKind;
import uk.ehcworkflow.query.deadline.OpenTimeLimit;

/**
 * One assessment's or plan's appealable decisions whose window may still be open, and who holds
 * it: what the open-deadlines read model needs to list the family's time to appeal a decision that
 * nobody has disputed yet, in the caseload of whoever holds the case or plan. Once disputed, the
 * dispute lists its own window. A window whose last day passed before the event being handled was
 * recorded is dropped: it can never be shown again, and a case's decisions over the years are not
 * carried for ever.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class CaseDecisions {

    private String caseId;
    private Holder holder;
    private final List<Window> windows = new ArrayList<>();

    /** @param disputed a dispute about this decision has been opened */
    record Window(DecisionLetter letter, boolean disputed) {
    }

    /** The family's time to appeal a decision nobody has disputed yet: the Tribunal's rule 20(1), as {@link StatutoryCalendar#appealBy} counts it. */
    static OpenTimeLimit window(String caseId, DecisionLetter letter, Holder holder) {
        return OpenTimeLimit.ofDispute(null, caseId, letter.decision(), letter.letterOn(), DeadlineKind.APPEAL_WINDOW, null,
                StatutoryCalendar.appealBy(letter.letterOn(), null), false, holder);
    }

    CaseDecisions of(String caseId) {
        this.caseId = caseId;
        return this;
    }

    /** @return whether anything changed */
    boolean heldBy(Holder holder) {
        boolean changed = !Objects.equals(this.holder, holder);
        this.holder = holder;
        return changed;
    }

    boolean decided(DecisionLetter letter, LocalDate recordedOn) {
        forgetLapsed(recordedOn);
        if (windows.stream().anyMatch(window -> window.letter().equals(letter))) {
            return false;
        }
        windows.add(new Window(letter, false));
        return true;
    }

    boolean disputed(DecisionLetter letter, LocalDate recordedOn) {
        forgetLapsed(recordedOn);
        windows.removeIf(window -> window.letter().equals(letter));
        windows.add(new Window(letter, true));
        return true;
    }

    /**
     * The decision's letter was recorded as sent: unless the decision is disputed already, its window
     * runs from that day (ADR 39), whether or not the window from the decision's own day had lapsed.
     */
    boolean sent(DecisionLetter decided, LocalDate sentOn, LocalDate recordedOn) {
        forgetLapsed(recordedOn);
        if (windows.stream().anyMatch(window -> window.disputed() && window.letter().equals(decided))) {
            return false;
        }
        windows.removeIf(window -> window.letter().equals(decided));
        DecisionLetter letter = new DecisionLetter(decided.decision(), sentOn);
        if (windows.stream().noneMatch(window -> window.letter().equals(letter)) && !lapsed(letter, recordedOn)) {
            windows.add(new Window(letter, false));
        }
        return true;
    }

    /** The windows of decisions nobody has disputed, each in the caseload of whoever holds the case or plan now. */
    List<OpenTimeLimit> openTimeLimits() {
        return windows.stream().filter(window -> !window.disputed()).map(window -> window(caseId, window.letter(), holder))
                .toList();
    }

    private void forgetLapsed(LocalDate recordedOn) {
        windows.removeIf(window -> lapsed(window.letter(), recordedOn));
    }

    private static boolean lapsed(DecisionLetter letter, LocalDate on) {
        return StatutoryCalendar.overdueOn(StatutoryCalendar.appealBy(letter.letterOn(), null), on);
    }
}
