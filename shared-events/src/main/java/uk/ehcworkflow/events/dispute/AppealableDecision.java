package uk.ehcworkflow.events.dispute;

import static uk.ehcworkflow.events.dispute.AppealGround.CEASE;
import static uk.ehcworkflow.events.dispute.AppealGround.REFUSAL_TO_AMEND;
import static uk.ehcworkflow.events.dispute.AppealGround.REFUSAL_TO_ASSESS;
import static uk.ehcworkflow.events.dispute.AppealGround.REFUSAL_TO_ISSUE;
import static uk.ehcworkflow.events.dispute.AppealGround.REFUSAL_TO_REASSESS;
import static uk.ehcworkflow.events.dispute.AppealGround.SECTION_B;
import static uk.ehcworkflow.events.dispute.AppealGround.SECTION_F;
import static uk.ehcworkflow.events.dispute.AppealGround.SECTION_I;

import java.util.List;
import java.util.Set;

/**
 * A recorded decision the family may take to mediation and appeal (CFA s51), dated by its
 * letter: the step's own date. The first three are the assessment's; the rest the plan's.
 */
public enum AppealableDecision {
    DECISION_NOT_TO_ASSESS(Record.ASSESSMENT, Set.of(REFUSAL_TO_ASSESS), List.of(TribunalOrder.ASSESS)),
    DECISION_NOT_TO_ISSUE(Record.ASSESSMENT, Set.of(REFUSAL_TO_ISSUE), List.of(TribunalOrder.ISSUE_PLAN)),
    /** The plan's contents: sections B, F and I. */
    FINAL_PLAN_ISSUED(Record.ASSESSMENT, Set.of(SECTION_B, SECTION_F, SECTION_I), Contents.ORDERS),
    /** A review decision to maintain the plan unchanged: a refusal to amend it. */
    REVIEW_MAINTAIN(Record.PLAN, Set.of(REFUSAL_TO_AMEND, SECTION_B, SECTION_F, SECTION_I), Contents.ORDERS),
    REVIEW_CEASE(Record.PLAN, Set.of(CEASE), List.of(TribunalOrder.CONTINUE_TO_MAINTAIN, TribunalOrder.CONTINUE_AND_AMEND,
            TribunalOrder.CEASE)),
    /** A decision to cease made outside a review (CFA s45, reg 31). */
    DECISION_TO_CEASE(Record.PLAN, Set.of(CEASE), List.of(TribunalOrder.CONTINUE_TO_MAINTAIN, TribunalOrder.CONTINUE_AND_AMEND,
            TribunalOrder.CEASE)),
    /** A decision not to amend after all, after a review's proposals or a re-assessment (CFA s51(2)(e)). */
    DECISION_NOT_TO_AMEND(Record.PLAN, Set.of(REFUSAL_TO_AMEND, SECTION_B, SECTION_F, SECTION_I), Contents.ORDERS),
    AMENDED_PLAN_ISSUED(Record.PLAN, Set.of(SECTION_B, SECTION_F, SECTION_I), Contents.ORDERS),
    REASSESSMENT_REFUSED(Record.PLAN, Set.of(REFUSAL_TO_REASSESS), List.of(TribunalOrder.ASSESS)),
    REASSESSED_PLAN_ISSUED(Record.PLAN, Set.of(SECTION_B, SECTION_F, SECTION_I), Contents.ORDERS);

    /** Where the decision is recorded: on the assessment, or on the plan after issue. */
    public enum Record { ASSESSMENT, PLAN }

    private static final class Contents {
        static final List<TribunalOrder> ORDERS = List.of(TribunalOrder.AMEND_SECTIONS_B_F, TribunalOrder.AMEND_SECTION_I);
    }

    private final Record record;
    private final Set<AppealGround> grounds;
    private final List<TribunalOrder> orders;

    AppealableDecision(Record record, Set<AppealGround> grounds, List<TribunalOrder> orders) {
        this.record = record;
        this.grounds = grounds;
        this.orders = orders;
    }

    public Record record() {
        return record;
    }

    /** The grounds an appeal against this decision may give. */
    public Set<AppealGround> grounds() {
        return grounds;
    }

    /** What the tribunal (or an agreement on the matter) can require of the local authority about this decision. */
    public List<TribunalOrder> orders() {
        return orders;
    }

    /** The order a mediation agreement on this decision amounts to unless it says otherwise: the first of {@link #orders}. */
    public TribunalOrder usualOrder() {
        return orders.get(0);
    }
}
