package uk.ehcworkflow.events.dispute;

import static uk.ehcworkflow.events.dispute.ComplianceStep.ACTED_ON;
import static uk.ehcworkflow.events.dispute.ComplianceStep.AMENDED_PLAN_ISSUED;
import static uk.ehcworkflow.events.dispute.ComplianceStep.DECISION_NOT_TO_ISSUE;
import static uk.ehcworkflow.events.dispute.ComplianceStep.DRAFT_PLAN_ISSUED;
import static uk.ehcworkflow.events.dispute.ComplianceStep.FINAL_PLAN_ISSUED;
import static uk.ehcworkflow.events.dispute.ComplianceStep.NOTICE_TO_ASSESS;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;

/**
 * What the tribunal orders, and what each order owes (reg 44), counted from the day the order was
 * sent or, under reg 45, from the day the local authority told the tribunal it would not oppose.
 * Each order is carried out by one of its completing steps; some owe an earlier step on the way.
 */
public enum TribunalOrder {
    /** Notice within 2 weeks; then the final plan within 14 weeks, or a decision not to issue within 10. */
    ASSESS(Map.of(NOTICE_TO_ASSESS, StatutoryCalendar.ORDER_NOTICE_WEEKS),
            Map.of(FINAL_PLAN_ISSUED, StatutoryCalendar.ORDER_PLAN_AFTER_ASSESSMENT_WEEKS,
                    DECISION_NOT_TO_ISSUE, StatutoryCalendar.ORDER_NOT_TO_ISSUE_WEEKS)),
    /** The draft within 5 weeks, the final plan within 11. */
    ISSUE_PLAN(Map.of(DRAFT_PLAN_ISSUED, StatutoryCalendar.ORDER_DRAFT_WEEKS),
            Map.of(FINAL_PLAN_ISSUED, StatutoryCalendar.ORDER_FINAL_PLAN_WEEKS)),
    AMEND_SECTIONS_B_F(Map.of(), Map.of(AMENDED_PLAN_ISSUED, StatutoryCalendar.ORDER_AMEND_WEEKS)),
    AMEND_SECTION_I(Map.of(), Map.of(AMENDED_PLAN_ISSUED, StatutoryCalendar.ORDER_SECTION_I_WEEKS)),
    /** At once: the same day. */
    CONTINUE_TO_MAINTAIN(Map.of(), Map.of(ACTED_ON, 0)),
    /** reg 44(2)(h): on a cessation appeal, keep the plan and amend it, the amended plan within 5 weeks. */
    CONTINUE_AND_AMEND(Map.of(), Map.of(AMENDED_PLAN_ISSUED, StatutoryCalendar.ORDER_CONTINUE_AND_AMEND_WEEKS)),
    CEASE(Map.of(), Map.of(ACTED_ON, 0));

    private final Map<ComplianceStep, Integer> onTheWay;
    private final Map<ComplianceStep, Integer> completing;

    TribunalOrder(Map<ComplianceStep, Integer> onTheWay, Map<ComplianceStep, Integer> completing) {
        this.onTheWay = onTheWay;
        this.completing = completing;
    }

    /** The step that carries out the order unless another is named: the plan, the amended plan, the action. */
    public ComplianceStep usualStep() {
        return switch (this) {
            case ASSESS, ISSUE_PLAN -> FINAL_PLAN_ISSUED;
            case AMEND_SECTIONS_B_F, AMEND_SECTION_I, CONTINUE_AND_AMEND -> AMENDED_PLAN_ISSUED;
            case CONTINUE_TO_MAINTAIN, CEASE -> ACTED_ON;
        };
    }

    /**
     * Whose periods this order keeps when made with the others: an order to amend section I made
     * with one to amend sections B and F is met by the same amended plan, in its 5 weeks (reg 44(2)).
     */
    public TribunalOrder periodsAlongside(Collection<TribunalOrder> madeWith) {
        return this == AMEND_SECTION_I && madeWith.contains(AMEND_SECTIONS_B_F) ? AMEND_SECTIONS_B_F : this;
    }

    /** An order (or agreement) to keep the plan, which withdraws a decision to cease it. */
    public boolean keepsThePlan() {
        return this == CONTINUE_TO_MAINTAIN || this == CONTINUE_AND_AMEND;
    }

    /** Whether this step carries the order out. */
    public boolean completedBy(ComplianceStep step) {
        return completing.containsKey(step);
    }

    /** The last day for a step that carries the order out, counted from the day the periods run from. */
    public LocalDate dueBy(ComplianceStep step, LocalDate from) {
        Integer weeks = completing.get(step);
        if (weeks == null) {
            throw new IllegalArgumentException(step + " does not carry out an order to " + this);
        }
        return StatutoryCalendar.weeksFrom(from, weeks);
    }

    /** Every step this order owes, on the way and at the end, with its last day, earliest first. */
    public List<StepDue> deadlines(LocalDate from) {
        Map<ComplianceStep, LocalDate> all = new LinkedHashMap<>();
        onTheWay.forEach((step, weeks) -> all.put(step, StatutoryCalendar.weeksFrom(from, weeks)));
        completing.forEach((step, weeks) -> all.put(step, StatutoryCalendar.weeksFrom(from, weeks)));
        return all.entrySet().stream().map(e -> new StepDue(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(StepDue::dueBy)).toList();
    }
}
