package uk.ehcworkflow.command.quality;

import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.assessment.Assessment;
import uk.ehcworkflow.command.common.Dates;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.command.plan.Plan;
import uk.ehcworkflow.command.plan.PlanId;
import uk.ehcworkflow.events.quality.AuditedVersion;
import uk.ehcworkflow.events.quality.ShippedChecklist;

/**
 * The plans, drafts, checklist and other audits an audit's command looks at: loaded in that
 * command's own unit of work, as a dispute reads its case.
 */
@Component
public class AuditedPlans {

    static final String NO_DRAFT = "no-draft-to-audit";
    static final String NOT_A_RE_AUDIT = "not-a-re-audit";

    private final Repository<Plan> plans;
    private final Repository<Assessment> assessments;
    private final Repository<Checklist> checklists;
    private final Repository<PlanAudit> audits;

    AuditedPlans(Repository<Plan> plans, Repository<Assessment> assessments, Repository<Checklist> checklists,
                 Repository<PlanAudit> audits) {
        this.plans = plans;
        this.assessments = assessments;
        this.checklists = checklists;
        this.audits = audits;
    }

    /**
     * Refuses a plan not known (404), a draft's audit where the case has no draft (409), and an audit
     * dated before what it looks at was issued.
     */
    void requireAuditable(String planId, AuditedVersion audited, LocalDate startedOn) {
        try {
            if (audited == AuditedVersion.DRAFT_BEFORE_ISSUE) {
                LocalDate draftOn = assessments.load(planId).invoke(Assessment::draftIssuedOn).orElseThrow(() -> new RuleBroken(
                        NO_DRAFT, "audited", "No draft plan is recorded on " + planId + ": record the draft on the case first."));
                Dates.notBefore("startedOn", startedOn, "the draft plan issued", draftOn);
            } else {
                Dates.notBefore("startedOn", startedOn, "the plan first issued",
                        plans.load(new PlanId(planId).toString()).invoke(Plan::firstIssuedOn));
            }
        } catch (AggregateNotFoundException unknown) {
            throw new UnknownReference("planId", "No " + (audited == AuditedVersion.DRAFT_BEFORE_ISSUE ? "case " : "plan ")
                    + planId + " is known.");
        }
    }

    /** The checklist as it stands: the area's latest version, or the service's own before the area published one. */
    ChecklistVersion checklist() {
        try {
            return checklists.load(ShippedChecklist.ID).invoke(Checklist::current);
        } catch (AggregateNotFoundException none) {
            return ChecklistVersion.shipped();
        }
    }

    /** Refuses, as the reason an audit closes, anything but a later audit of the same plan. */
    void requireReAudit(String reAuditId, String planId, LocalDate startedOn) {
        boolean reAudits;
        try {
            reAudits = audits.load(reAuditId).invoke(other -> other.looksAgainAt(planId, startedOn));
        } catch (AggregateNotFoundException unknown) {
            throw new UnknownReference("reAuditId", "No audit " + reAuditId + " is known.");
        }
        if (!reAudits) {
            throw new RuleBroken(NOT_A_RE_AUDIT, "reAuditId", "Audit " + reAuditId + " is not an audit of plan " + planId
                    + " started on or after " + startedOn + ": only a later audit of the same plan closes this one.");
        }
    }
}
