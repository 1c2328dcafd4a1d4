package uk.ehcworkflow.events.letter;

import java.util.Arrays;
import java.util.Optional;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.dispute.DecisionLetter;

/**
 * A statutory notice the local authority sends the family after a step of the assessment or of the
 * plan: which assessment step makes it (a plan's are {@link PlanNotice}'s), the law that requires it, and the template it is written from. The one place
 * that says which steps owe the family a letter. Whether a notice carries the appeal pack is
 * not said here but by {@link DecisionLetter}, which says which decisions are appealable.
 */
public enum Notice {
    /** Notice C: the decision to assess (reg 5(1)-(2)); the 20 weeks continue from the request. */
    DECISION_TO_ASSESS(Milestone.DECISION_TO_ASSESS, "decision-to-assess",
            "We will carry out an education, health and care needs assessment",
            "section 36 of the Children and Families Act 2014 and regulation 5 of the SEND Regulations 2014"),
    /** Notice B: the decision not to assess, with the reasons (s36(5)) and the appeal pack (reg 5(3)). */
    DECISION_NOT_TO_ASSESS(Milestone.DECISION_NOT_TO_ASSESS, "decision-not-to-assess",
            "We have decided not to carry out an education, health and care needs assessment",
            "section 36(5) of the Children and Families Act 2014 and regulation 5 of the SEND Regulations 2014"),
    /** Notice D: the decision not to issue a plan after assessing, with the appeal pack (reg 10(3)). */
    DECISION_NOT_TO_ISSUE(Milestone.DECISION_NOT_TO_ISSUE, "decision-not-to-issue",
            "We have decided not to issue an education, health and care plan",
            "section 36(9) of the Children and Families Act 2014 and regulation 10 of the SEND Regulations 2014"),
    /**
     * Notice E: the draft plan, with the family's right to make representations, to ask for a
     * school or college to be named and to ask for a meeting, within 15 days of its service (CFA
     * s38, reg 13(1)); it names no school (s38(5)).
     */
    DRAFT_PLAN(Milestone.DRAFT_PLAN_ISSUED, "draft-plan",
            "Your child's draft education, health and care plan",
            "section 38 of the Children and Families Act 2014 and regulation 13 of the SEND Regulations 2014"),
    /** Notice F: the final plan, with the appeal pack on its contents (reg 14). */
    FINAL_PLAN(Milestone.FINAL_PLAN_ISSUED, "final-plan",
            "Your child's final education, health and care plan",
            "section 40 of the Children and Families Act 2014 and regulations 13 and 14 of the SEND Regulations 2014"),
    /**
     * Notice G, kept unchanged: the decision after an annual review to keep the plan as it is, a
     * refusal to amend it the family may appeal (reg 20(10), CFA s51(2)(e)).
     */
    REVIEW_MAINTAIN(null, "review-maintain",
            "We will keep your child's education, health and care plan as it is",
            "section 44 of the Children and Families Act 2014 and regulation 20 of the SEND Regulations 2014"),
    /**
     * Notice G, amended: the proposed amendments after a review, with 15 days from service to answer
     * them, and the amended plan due within 8 weeks of the proposals (reg 22).
     */
    PROPOSED_AMENDMENTS(null, "proposed-amendments",
            "We propose to change your child's education, health and care plan",
            "section 44 of the Children and Families Act 2014 and regulations 20 and 22 of the SEND Regulations 2014"),
    /**
     * Notice I: the decision to cease to maintain the plan, after a review or outside one, with the
     * appeal pack where the reason can be appealed (reg 31(3)); the plan is kept meanwhile (s45(4)).
     */
    DECISION_TO_CEASE(null, "decision-to-cease",
            "We have decided to stop maintaining your child's education, health and care plan",
            "section 45 of the Children and Families Act 2014 and regulation 31 of the SEND Regulations 2014"),
    /**
     * Notice J: the plan moved here with the child from another authority: that it was transferred,
     * whether we will assess and when we will review it (reg 15).
     */
    TRANSFER_IN(null, "transfer-in",
            "Your child's education, health and care plan is now maintained by us",
            "section 47 of the Children and Families Act 2014 and regulation 15 of the SEND Regulations 2014"),
    /**
     * The order carried out: what the tribunal (or the authority's concession) ordered, what we did
     * and when, beside the day it was due (reg 44; ADR 48). It tells of no decision the family appeals.
     */
    ORDER_COMPLIED(null, "order-complied",
            "We have done what the tribunal ordered",
            "regulation 44 of the SEND Regulations 2014");

    private final Milestone step;
    private final String template;
    private final String title;
    private final String law;

    Notice(Milestone step, String template, String title, String law) {
        this.step = step;
        this.template = template;
        this.title = title;
        this.law = law;
    }

    /** The notice a recorded step of an assessment owes the family, if it owes one; a plan's are {@link PlanNotice}'s. */
    public static Optional<Notice> after(Milestone step) {
        return Arrays.stream(values()).filter(notice -> notice.step != null && notice.step == step).findFirst();
    }

    /**
     * Whether the family may appeal the decision an assessment's notice tells them of, so that it
     * carries the appeal pack. A plan's notice to cease is appealable or not by its reason: ask
     * {@link DecisionLetter#of(Object)} of its step.
     */
    public boolean appealable() {
        return step != null && DecisionLetter.of(step, null).isPresent();
    }

    /** Whether the notice must give the reasons for the decision: a refusal to assess must (CFA s36(5)(a)). */
    public boolean statesReasons() {
        return this == DECISION_NOT_TO_ASSESS;
    }

    /** The assessment's step that makes this notice; null for a plan's notice. */
    public Milestone step() {
        return step;
    }

    /** The template's name, under {@code letters/}: an area may put its own in its letters folder. */
    public String template() {
        return template;
    }

    /** The letter's heading, in plain words. */
    public String title() {
        return title;
    }

    /** The law that requires the notice, as the letter cites it. */
    public String law() {
        return law;
    }
}
