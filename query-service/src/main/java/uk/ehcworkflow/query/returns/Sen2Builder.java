package uk.ehcworkflow.query.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.events.plan.Placement;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.events.privacy.ChildProfile;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.ChildDetails;
import uk.ehcworkflow.query.dispute.DisputeState;
import uk.ehcworkflow.query.plan.PlanState;
import uk.ehcworkflow.query.returns.Sen2Person.ActivePlan;
import uk.ehcworkflow.query.returns.Sen2Person.Assessment;
import uk.ehcworkflow.query.returns.Sen2Person.NamedPlan;
import uk.ehcworkflow.query.returns.Sen2Person.Need;
import uk.ehcworkflow.query.returns.Sen2Person.PlacementDetail;
import uk.ehcworkflow.query.returns.Sen2Person.PlanDetail;
import uk.ehcworkflow.query.returns.Sen2Person.Request;

/**
 * Where each SEN2 item comes from, for one collection year: the rules of the DfE's guide as the
 * sources at hand give them (ADR 32). Everything is judged as on census day: a step dated after
 * it has not happened yet. A request or assessment keeps its first outcome when a tribunal later
 * overturned it, and says so by its mediation and tribunal flags; one decided before the flow
 * year is historical (H), with no date.
 */
final class Sen2Builder {

    private static final Pattern LA_CODE = Pattern.compile("[0-9]{3}");

    private final Sen2Codes codes;
    private final CollectionYear year;

    Sen2Builder(Sen2Codes codes, CollectionYear year) {
        this.codes = codes;
        this.year = year;
    }

    /** A plan the return reports: in force on census day, or ceased in the flow year. */
    boolean inScope(PlanState plan) {
        return plan.inForceOn(year.censusDay()) || ceasedInFlow(plan);
    }

    /**
     * A case the return reports: received by census day, and received, decided, assessed or
     * still open in the flow year, or the beginning of a plan the return reports.
     */
    boolean inScope(AssessmentTimeline a, boolean planInScope) {
        LocalDate received = a.requestReceivedOn();
        if (received == null || !year.byCensus(received)) {
            return false;
        }
        return planInScope || year.inFlow(received) || firstDecision(a).map(AssessmentTimeline.Step::occurredOn)
                .filter(year::inFlow).isPresent() || assessmentEnd(a).map(AssessmentTimeline.Step::occurredOn)
                .filter(year::inFlow).isPresent() || openOnCensusDay(a);
    }

    /** The records the return reports. */
    ChildRecords.Scope scope() {
        return new ChildRecords.Scope(this::inScope, this::inScope);
    }

    /** The person of a record: a case and the plan it began (or null), or a plan registered from before. */
    Sen2Person person(ChildRecords.Opened record) {
        return record.assessment() == null ? ofRegisteredPlan(record)
                : person(record, List.of(request(record.assessment(), record.plan(), record.disputes())));
    }

    /**
     * A plan registered from before: its request's outcome is not held, so it is historical (H) and
     * undated, with the day it was received and who made it when the registration gave them. It is
     * carried in every case, because the named plan module is completed for every active plan and an
     * active plan belongs to a request (the DfE guide as the D2I data model gives it, ADR 33).
     */
    private Sen2Person ofRegisteredPlan(ChildRecords.Opened record) {
        PlanState plan = record.plan();
        return person(record, List.of(new Request(plan.requestReceivedOn(), codes.code("requestSource", plan.requestSource()),
                null, null, codes.line("outcome.HISTORICAL"), null, null, null,
                new Assessment(codes.line("outcome.HISTORICAL"), null, null, null, null, null, null, namedPlan(plan)))));
    }

    private Sen2Person person(ChildRecords.Opened record, List<Request> requests) {
        ChildDetails.Returned child = record.child();
        ChildProfile profile = child.profile() == null ? ChildProfile.NONE : child.profile();
        PlanState plan = record.plan();
        ActivePlan active = plan != null && plan.inForceOn(year.censusDay()) ? activePlan(plan) : null;
        String name = child.name().strip();
        int lastSpace = name.lastIndexOf(' ');
        return new Sen2Person(record.sourceId(), record.link(), lastSpace < 0 ? name : name.substring(lastSpace + 1),
                lastSpace < 0 ? null : name.substring(0, lastSpace).strip(), child.dateOfBirth(), codes.code("sex", profile.sex()),
                profile.ethnicity() == null ? null : profile.ethnicity().name(), profile.postcode(), profile.upn(), profile.uln(),
                profile.upnUnknown(), requests, active);
    }

    private Request request(AssessmentTimeline a, PlanState plan, List<DisputeState> disputes) {
        Optional<AssessmentTimeline.Step> decision = firstDecision(a);
        Outcome outcome = outcome(decision, Milestone.DECISION_TO_ASSESS);
        boolean assessed = decision.filter(step -> step.milestone() == Milestone.DECISION_TO_ASSESS).isPresent()
                || a.reopenings().stream().anyMatch(r -> r.order() == TribunalOrder.ASSESS && year.byCensus(r.from()));
        return new Request(a.requestReceivedOn(), codes.code("requestSource", a.requestSource()),
                codes.flag(Boolean.TRUE.equals(a.inYouthAccommodation())), outcome.date(), outcome.code(),
                outcome.decided() ? mediation(disputes, AppealableDecision.DECISION_NOT_TO_ASSESS) : null,
                outcome.decided() ? tribunal(disputes, AppealableDecision.DECISION_NOT_TO_ASSESS) : null,
                codes.flag(exported(a)), assessed ? assessment(a, plan, disputes) : null);
    }

    private Assessment assessment(AssessmentTimeline a, PlanState plan, List<DisputeState> disputes) {
        Optional<AssessmentTimeline.Step> end = assessmentEnd(a);
        Outcome outcome = outcome(end, Milestone.FINAL_PLAN_ISSUED);
        boolean decided = outcome.decided();
        boolean issued = end.filter(step -> step.milestone() == Milestone.FINAL_PLAN_ISSUED).isPresent();
        return new Assessment(outcome.code(), outcome.date(),
                decided ? mediation(disputes, AppealableDecision.DECISION_NOT_TO_ISSUE) : null,
                decided ? tribunal(disputes, AppealableDecision.DECISION_NOT_TO_ISSUE) : null,
                decided ? mediation(disputes, AppealableDecision.FINAL_PLAN_ISSUED) : null,
                decided ? tribunal(disputes, AppealableDecision.FINAL_PLAN_ISSUED) : null,
                decided ? codes.flag(a.exceptionsApply()) : null,
                issued && plan != null ? namedPlan(plan) : null);
    }

    /** An outcome as the return writes it: its code, and its date for a Y or N in the flow year. */
    private record Outcome(String code, LocalDate date) {

        boolean decided() {
            return date != null;
        }
    }

    /**
     * A request's or an assessment's first outcome by census day: none yet (A), a withdrawal or a
     * move away (W), one before the flow year (H, undated), else {@code yes} (Y) or the refusal (N).
     */
    private Outcome outcome(Optional<AssessmentTimeline.Step> first, Milestone yes) {
        if (first.isEmpty()) {
            return new Outcome(codes.line("outcome.PENDING"), null);
        }
        AssessmentTimeline.Step step = first.get();
        if (step.milestone().endsTheRequest()) {
            return new Outcome(codes.line("outcome.WITHDRAWN"), null);
        }
        if (step.occurredOn().isBefore(year.flowFrom())) {
            return new Outcome(codes.line("outcome.HISTORICAL"), null);
        }
        return new Outcome(codes.line(step.milestone() == yes ? "outcome.ASSESSED" : "outcome.NOT_ASSESSED"), step.occurredOn());
    }

    /** Module 4: the plan, what it names on its reference day (census day, or its last day if it ceased), and any cessation. */
    private NamedPlan namedPlan(PlanState plan) {
        boolean ceased = plan.ceasedOn() != null && year.byCensus(plan.ceasedOn());
        LocalDate on = ceased ? plan.ceasedOn().minusDays(1) : year.censusDay();
        List<PlanState.PlacementHeld> held = plan.placementsOn(on);
        Optional<Placement> main = held.stream().map(PlanState.PlacementHeld::placement).filter(Placement::main).findFirst();
        Optional<PlanState.PersonalBudget> budget = plan.personalBudgetOn(on);
        return new NamedPlan(plan.issuedOn(), main.map(p -> codes.code("residential", p.residential())).orElse(null),
                main.map(p -> codes.flag(p.workBased())).orElse(null),
                codes.flag(budget.map(PlanState.PersonalBudget::agreed).orElse(false)),
                codes.flag(budget.map(PlanState.PersonalBudget::organisedArrangements).orElse(false)),
                codes.flag(budget.map(PlanState.PersonalBudget::directPayments).orElse(false)),
                ceased ? plan.ceasedOn() : null, ceased ? codes.code("ceaseReason", plan.cessationReason()) : null,
                held.stream().map(h -> planDetail(h.placement())).toList());
    }

    private PlanDetail planDetail(Placement p) {
        return new PlanDetail(p.urn(), p.ukprn(), p.setting() == null ? null : p.setting().name(), p.settingOther(),
                String.valueOf(p.rank()), codes.flag(p.senUnit()), codes.flag(p.resourcedProvision()));
    }

    /** Module 5: the latest review meeting by census day, its decision if made by then, the latest phase transfer. */
    private ActivePlan activePlan(PlanState plan) {
        LocalDate census = year.censusDay();
        Optional<PlanState.Review> review = plan.reviews().stream().filter(r -> year.byCensus(r.heldOn()))
                .max(Comparator.comparing(PlanState.Review::heldOn));
        Optional<PlanState.Review> decided = review.filter(r -> year.byCensus(r.decidedOn()));
        LocalDate lastReview = decided.map(r -> r.noticeSentOn() != null ? r.noticeSentOn() : r.decidedOn())
                .orElse(review.isEmpty() ? plan.lastReviewDecisionBeforeRegistration() : null);
        Optional<PlanState.Transfer> transfer = plan.transfers().stream().reduce((first, second) -> second);
        String from = plan.fromAuthority();
        return new ActivePlan(from != null && LA_CODE.matcher(from).matches() ? from : null, from, review.map(PlanState.Review::heldOn).orElse(null),
                decided.map(r -> codes.code("reviewOutcome", r.decision())).orElse(null), lastReview,
                decided.filter(r -> r.decision() == ReviewDecision.AMEND).map(PlanState.Review::noticeSentOn).orElse(null),
                transfer.map(PlanState.Transfer::nameBy).orElse(null),
                transfer.map(PlanState.Transfer::metOn).filter(year::byCensus).orElse(null),
                plan.placementsOn(census).stream().map(this::placementDetail).toList(), needs(plan));
    }

    private PlacementDetail placementDetail(PlanState.PlacementHeld held) {
        Placement p = held.placement();
        return new PlacementDetail(p.urn(), p.ukprn(), p.setting() == null ? null : p.setting().name(), p.settingOther(),
                String.valueOf(p.rank()), p.entryOn(), held.leavingOn(), codes.flag(p.senUnit()),
                codes.flag(p.resourcedProvision()), codes.code("residential", p.residential()), codes.flag(p.workBased()));
    }

    private List<Need> needs(PlanState plan) {
        List<Need> needs = new ArrayList<>();
        plan.needsOn(year.censusDay()).ifPresent(n -> {
            needs.add(new Need(n.primary().name(), "1"));
            if (n.secondary() != null) {
                needs.add(new Need(n.secondary().name(), "2"));
            }
        });
        return needs;
    }

    private String mediation(List<DisputeState> disputes, AppealableDecision decision) {
        return codes.flag(about(disputes, decision).anyMatch(d -> (d.certificate() != null && d.certificate().mediationHeld()
                && year.byCensus(d.certificate().issuedOn())) || (d.agreement() != null && year.byCensus(d.agreement().agreedOn()))));
    }

    private String tribunal(List<DisputeState> disputes, AppealableDecision decision) {
        return codes.flag(about(disputes, decision).anyMatch(d -> d.appeal() != null && year.byCensus(d.appeal().receivedOn())));
    }

    private static Stream<DisputeState> about(List<DisputeState> disputes, AppealableDecision decision) {
        return disputes.stream().filter(d -> d.decision() == decision);
    }

    /** The request's first outcome by census day: the decision whether to assess, or a withdrawal or move before it. */
    private Optional<AssessmentTimeline.Step> firstDecision(AssessmentTimeline a) {
        return first(a, step -> step.milestone().isDecisionWhetherToAssess() || step.milestone().endsTheRequest());
    }

    /** The assessment's first outcome by census day: its final plan, a decision not to issue, or a withdrawal or move. */
    private Optional<AssessmentTimeline.Step> assessmentEnd(AssessmentTimeline a) {
        return first(a, step -> step.milestone() == Milestone.FINAL_PLAN_ISSUED
                || step.milestone() == Milestone.DECISION_NOT_TO_ISSUE || step.milestone().endsTheRequest());
    }

    private Optional<AssessmentTimeline.Step> first(AssessmentTimeline a, Predicate<AssessmentTimeline.Step> kind) {
        return a.milestones().stream().filter(kind).filter(step -> year.byCensus(step.occurredOn())).findFirst();
    }

    /** No step by census day closes the case, or a tribunal order reopened it by then. */
    private boolean openOnCensusDay(AssessmentTimeline a) {
        return a.milestones().stream().filter(step -> year.byCensus(step.occurredOn()))
                .noneMatch(step -> step.milestone().closesTheAssessment() && !a.overturned(step));
    }

    /** Moved out of the authority before the assessment ended (the return's "exported"). */
    private boolean exported(AssessmentTimeline a) {
        return first(a, step -> step.milestone() == Milestone.TRANSFERRED_OUT).isPresent()
                && first(a, step -> step.milestone() == Milestone.FINAL_PLAN_ISSUED).isEmpty();
    }

    private boolean ceasedInFlow(PlanState plan) {
        return plan.ceasedOn() != null && year.inFlow(plan.ceasedOn());
    }
}
