package uk.ehcworkflow.query.dispute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.dispute.AppealOutcome;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/**
 * What a case's (or a plan's) timeline shows of disagreement resolution: the family's rights on
 * each appealable decision recorded on it, and the disputes about them.
 */
public record CaseDisputes(List<AppealRight> appealRights, List<Summary> disputes) {

    /**
     * The family's rights on one decision.
     *
     * @param letterOn       the day the family's clocks run from: the letter's, recorded as sent, or the decision's
 * @param letterRecorded whether the letter was recorded as sent; null where the service records no letters (a plan's)
 * @param appealBy   2 calendar months from the letter, or 1 month from a later mediation certificate
     * @param windowOpen on the day read, no appeal yet and the last day to appeal not passed
     * @param disputeId  the dispute about it, if any
     */
    public record AppealRight(AppealableDecision decision, LocalDate letterOn, Boolean letterRecorded,
                              LocalDate mediationAdviceBy, LocalDate appealBy, boolean windowOpen, String disputeId) {
    }

    /** A dispute about the case, in short; its page has the rest. */
    public record Summary(String disputeId, AppealableDecision decision, LocalDate letterOn, DisputeState.Stage stage,
                          AppealOutcome outcome, List<TribunalOrder> ordersOutstanding, long overdue) {
    }

    /**
     * @param letters  the appealable decisions recorded on the case, in the order recorded, each on its own day
     * @param sentOn   the day each one's letter was recorded as sent, which the family's clocks run from (ADR 39);
     *                 null where the service records no letters
     * @param disputes the disputes about the case
     */
    public static CaseDisputes of(List<DecisionLetter> letters, Map<DecisionLetter, LocalDate> sentOn,
                                  List<DisputeState> disputes, LocalDate on) {
        return of(letters, sentOn == null ? Map.of() : sentOn, sentOn != null, disputes, on);
    }

    /**
     * A plan's decisions, whose family's time runs from the day each step recorded its notice as going
     * where that is later than the decision's own (ADR 44). A plan's steps are its notices, so whether
     * a letter was recorded as sent is not asked.
     *
     * @param noticedOn the day a decision's notice went, where its step recorded a later day than the decision's
     */
    public static CaseDisputes ofPlan(List<DecisionLetter> letters, Map<DecisionLetter, LocalDate> noticedOn,
                                      List<DisputeState> disputes, LocalDate on) {
        return of(letters, noticedOn, false, disputes, on);
    }

    private static CaseDisputes of(List<DecisionLetter> letters, Map<DecisionLetter, LocalDate> sentOn, boolean recordsLetters,
                                   List<DisputeState> disputes, LocalDate on) {
        List<DecisionLetter> known = new ArrayList<>(letters);
        List<AppealRight> rights = letters.stream().map(decided -> {
            LocalDate runsFrom = sentOn.getOrDefault(decided, decided.letterOn());
            DecisionLetter letter = new DecisionLetter(decided.decision(), runsFrom);
            known.add(letter);
            // a dispute names the letter's day, or the decision's if it was opened before the letter was recorded as sent
            DisputeState dispute = disputes.stream().filter(d -> d.letter().equals(letter) || d.letter().equals(decided))
                    .findFirst().orElse(null);
            LocalDate appealBy = dispute == null ? StatutoryCalendar.appealBy(runsFrom, null) : dispute.appealBy();
            boolean appealed = dispute != null && dispute.appeal() != null;
            return new AppealRight(letter.decision(), runsFrom, recordsLetters ? sentOn.containsKey(decided) : null,
                    StatutoryCalendar.mediationAdviceBy(runsFrom), appealBy, !appealed && !StatutoryCalendar.overdueOn(appealBy, on),
                    dispute == null ? null : dispute.disputeId());
        }).toList();
        List<Summary> summaries = disputes.stream().filter(d -> known.contains(d.letter()))
                .map(d -> new Summary(d.disputeId(), d.decision(), d.decisionLetterOn(), d.stage(),
                        d.appeal() == null ? null : d.appeal().outcome(),
                        d.outstandingOrders().stream().map(DisputeState.Order::order).toList(),
                        OpenDisputes.itemsOf(d, on).stream().filter(OpenDisputes.Item::overdue).count()))
                .toList();
        return new CaseDisputes(rights, summaries);
    }
}
