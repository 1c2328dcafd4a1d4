package uk.ehcworkflow.command.dispute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.assessment.Assessment;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.command.family.CaseFamilies;
import uk.ehcworkflow.command.family.FamilyMail;
import uk.ehcworkflow.command.plan.Plan;
import uk.ehcworkflow.command.plan.PlanId;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.DecisionLetter;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/**
 * The assessments and plans whose decisions are disputed, as a dispute's command sees them: loaded
 * in that command's own unit of work, so what it reads and what it changes there are stored with
 * the dispute's event, or not at all.
 */
@Component
public class DisputedCases {

    static final String DECISION_NOT_RECORDED = "decision-not-recorded";
    static final String STEP_NOT_RECORDED = "step-not-recorded";

    private final Repository<Assessment> assessments;
    private final Repository<Plan> plans;
    private final FamilyMail mail;
    private final Clock clock;
    private final CaseFamilies families;

    DisputedCases(Repository<Assessment> assessments, Repository<Plan> plans, FamilyMail mail, Clock clock,
                  CaseFamilies families) {
        this.assessments = assessments;
        this.plans = plans;
        this.mail = mail;
        this.clock = clock;
        this.families = families;
    }

    /** Refuses a decision that is not on record on that case (409), or a case that does not exist (404). */
    void requireOnRecord(String caseId, DecisionLetter letter) {
        boolean onRecord = letter.decision().record() == AppealableDecision.Record.ASSESSMENT
                ? ask(assessments, caseId, "No assessment " + caseId + " is known.", assessment -> assessment.disputable(letter))
                : ask(plans, new PlanId(caseId).toString(), "No plan " + caseId + " is known.", plan -> plan.disputable(letter));
        if (!onRecord) {
            throw new RuleBroken(DECISION_NOT_RECORDED, "No " + letter.decision() + " whose letter is dated " + letter.letterOn()
                    + " is recorded on " + caseId + ": a dispute is about a decision on record, on the day its letter was "
                    + "sent (the decision's own day where no letter is recorded as sent).");
        }
    }

    /** Refuses an order said to be carried out by a step of the reopened case that the case does not have on that day. */
    void requireCarriedOut(String caseId, DecisionLetter step) {
        if (!recorded(caseId, step)) {
            throw new RuleBroken(STEP_NOT_RECORDED, "The case has no " + step.decision() + " dated " + step.letterOn()
                    + ": record it on the case first; the order is carried out by the case's own step.");
        }
    }

    private boolean recorded(String caseId, DecisionLetter letter) {
        return letter.decision().record() == AppealableDecision.Record.ASSESSMENT
                ? ask(assessments, caseId, "No assessment " + caseId + " is known.", assessment -> assessment.recorded(letter))
                : ask(plans, new PlanId(caseId).toString(), "No plan " + caseId + " is known.", plan -> plan.recorded(letter));
    }

    /**
     * Refuses anyone but a family member whose invitation to the case stands and was taken up (ADR 43):
     * a case that is not theirs is, to them, not found.
     */
    void requireFamilyMember(String caseId, String role, String user) {
        families.requireFamilyMember(caseId, role, user);
    }

    /** Tells a plan that one of its decisions is disputed, in the opening command's unit of work. */
    void disputed(String caseId, String disputeId, DecisionLetter letter) {
        if (letter.decision().record() == AppealableDecision.Record.PLAN) {
            plans.load(new PlanId(caseId).toString()).execute(plan -> plan.disputed(disputeId, letter));
        }
    }

    /** Reopens the assessment whose decision an order (or an agreement) overturns. */
    void reopen(String caseId, String disputeId, TribunalOrder order, LocalDate from) {
        assessments.load(caseId).execute(assessment -> assessment.reopen(disputeId, order, from, LocalDate.now(clock), mail));
    }

    private static <A> boolean ask(Repository<A> repository, String id, String notFound, Function<A, Boolean> question) {
        try {
            return repository.load(id).invoke(question);
        } catch (AggregateNotFoundException unknown) {
            throw new UnknownReference("caseId", notFound);
        }
    }
}
