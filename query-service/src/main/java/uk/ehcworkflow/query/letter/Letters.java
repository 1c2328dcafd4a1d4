package uk.ehcworkflow.query.letter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import uk.ehcworkflow.events.dispute.DisputeLetterSent;
import uk.ehcworkflow.events.dispute.OrderComplied;
import uk.ehcworkflow.events.letter.DisputeNotice;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.events.letter.PlanNotice;
import uk.ehcworkflow.events.plan.CessationDecided;
import uk.ehcworkflow.events.plan.PlanEvent;
import uk.ehcworkflow.events.plan.PlanLetterSent;
import uk.ehcworkflow.events.plan.PlanRegistered;
import uk.ehcworkflow.events.plan.ReassessmentDecided;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.platform.input.SaneDates;
import uk.ehcworkflow.platform.problem.ConflictException;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.Child;
import uk.ehcworkflow.query.assessment.ChildDetails;
import uk.ehcworkflow.query.dispute.DisputeReader;
import uk.ehcworkflow.query.dispute.DisputeTimeline;
import uk.ehcworkflow.query.plan.PlanReader;
import uk.ehcworkflow.query.plan.PlanState;
import uk.ehcworkflow.query.plan.PlanTimeline;

/**
 * The statutory notices a case's or a plan's recorded steps owe the family, each found again by
 * its id ({@link LetterId}).
 */
@Component
public class Letters {

    /**
     * A notice the case, plan or dispute owes, as a list shows it: no personal data. {@code place} is
     * the step's among the case's steps, or the owing event's number in the plan's or dispute's
     * history; {@code sent} the record of its sending, null until it is recorded; {@code noticeOn},
     * for a plan's, the day its step recorded the notice as going, which the letter is dated (null for
     * the others, dated when sent).
     */
    public record Owed(String letterId, int place, Notice notice, LocalDate decidedOn, boolean appealable,
                       AssessmentTimeline.SentLetter sent, LocalDate noticeOn) {

        public String caseId() {
            return LetterId.parse(letterId).recordId();
        }

        /** The page of its case, plan or dispute. */
        public String recordPage() {
            LetterId id = LetterId.parse(letterId);
            return id.kind().pages() + UriUtils.encodePathSegment(id.recordId(), StandardCharsets.UTF_8);
        }

        /** The letter's page, under its case's, plan's or dispute's. */
        public String page() {
            return recordPage() + "/letters/" + place;
        }

        /** Whether it is a plan's letter, dated the day its step recorded the notice as going (ADR 44). */
        public boolean ofPlan() {
            return LetterId.parse(letterId).kind() == LetterId.Kind.PLAN;
        }

        /** "case", "plan" or "dispute", as a page says where to go back to. */
        public String record() {
            return LetterId.parse(letterId).kind().name().toLowerCase(Locale.ROOT);
        }
    }

    private final AssessmentReader assessments;
    private final PlanReader plans;
    private final DisputeReader disputes;
    private final ChildDetails children;
    private final AreaDetails area;
    private final Clock clock;

    Letters(AssessmentReader assessments, PlanReader plans, DisputeReader disputes, ChildDetails children, AreaDetails area,
            Clock clock) {
        this.assessments = assessments;
        this.plans = plans;
        this.disputes = disputes;
        this.children = children;
        this.area = area;
        this.clock = clock;
    }

    /** The case's notices, in the order of the steps that made them (the case page lists them so), each with its sending. */
    public List<Owed> owedBy(String caseId, List<AssessmentTimeline.Step> steps, List<AssessmentTimeline.SentLetter> sent) {
        List<Owed> owed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            AssessmentTimeline.Step step = steps.get(i);
            int place = i + 1;
            AssessmentTimeline.SentLetter sending = sent.stream().filter(letter -> letter.step() == place).findFirst()
                    .orElse(null);
            Notice.after(step.milestone()).ifPresent(notice -> owed.add(new Owed(LetterId.of(LetterId.Kind.CASE, caseId, place).toString(),
                    place, notice, step.occurredOn(), notice.appealable(), sending, null)));
        }
        return owed;
    }

    /** The case's notices, by the case's id. */
    public List<Owed> owedBy(String caseId) {
        AssessmentTimeline timeline = knownCase(caseId);
        return owedBy(caseId, timeline.milestones(), timeline.lettersSent());
    }

    /** The plan's notices, in the order of its history, each with its sending once recorded (ADR 44). */
    public List<Owed> owedByPlan(PlanTimeline plan) {
        List<Owed> owed = new ArrayList<>();
        for (PlanTimeline.Fact fact : plan.facts()) {
            int event = (int) fact.sequence() + 1;
            PlanNotice.of(fact.event()).ifPresent(notice -> owed.add(new Owed(LetterId.of(LetterId.Kind.PLAN, plan.planId(), event).toString(),
                    event, notice.notice(), notice.decidedOn(), notice.appealable(), sending(plan, event), notice.sentOn())));
        }
        return owed;
    }

    /** The plan's notices, by the plan's id. */
    public List<Owed> owedByPlan(String planId) {
        return owedByPlan(knownPlan(planId));
    }

    /** The dispute's notices, in the order of its history, each with its sending once recorded (ADR 48). */
    public List<Owed> owedByDispute(DisputeTimeline dispute) {
        List<Owed> owed = new ArrayList<>();
        for (DisputeTimeline.Fact fact : dispute.facts()) {
            int event = (int) fact.sequence() + 1;
            DisputeNotice.of(fact.event()).ifPresent(notice -> owed.add(new Owed(
                    LetterId.of(LetterId.Kind.DISPUTE, dispute.disputeId(), event).toString(), event, notice.notice(),
                    notice.complied().compliedOn(), false, disputeSending(dispute, event), null)));
        }
        return owed;
    }

    /** The dispute's notices, by its id. */
    public List<Owed> owedByDispute(String disputeId) {
        return owedByDispute(knownDispute(disputeId));
    }

    private static AssessmentTimeline.SentLetter disputeSending(DisputeTimeline dispute, int event) {
        return dispute.facts().stream()
                .filter(fact -> fact.event() instanceof DisputeLetterSent sent && sent.event() == event)
                .map(fact -> {
                    DisputeLetterSent sent = (DisputeLetterSent) fact.event();
                    return new AssessmentTimeline.SentLetter(event, sent.notice(), sent.sentOn(), sent.channel(),
                            sent.servedOn(), sent.pdfSha256(), fact.recordedAt(), fact.recordedBy());
                }).findFirst().orElse(null);
    }

    /** The record of a plan's letter sent, as a case's is kept. */
    private static AssessmentTimeline.SentLetter sending(PlanTimeline plan, int event) {
        return plan.facts().stream()
                .filter(fact -> fact.event() instanceof PlanLetterSent sent && sent.event() == event)
                .map(fact -> {
                    PlanLetterSent sent = (PlanLetterSent) fact.event();
                    return new AssessmentTimeline.SentLetter(event, sent.notice(), sent.sentOn(), sent.channel(),
                            sent.servedOn(), sent.pdfSha256(), fact.recordedAt(), fact.recordedBy());
                }).findFirst().orElse(null);
    }

    /** One notice a case, plan or dispute owes, by its letter's id. */
    public Owed owed(String letterId) {
        LetterId id = LetterId.parse(letterId);
        List<Owed> all = switch (id.kind()) {
            case CASE -> owedBy(id.recordId());
            case PLAN -> owedByPlan(id.recordId());
            case DISPUTE -> owedByDispute(id.recordId());
        };
        return all.stream()
                .filter(owed -> owed.letterId().equals(id.toString())).findFirst()
                .orElseThrow(() -> new NotFoundException("No letter " + letterId + " is owed."));
    }

    /** The number of the last event of the letter's case, plan or dispute the read model has taken in, to wait for the next. */
    long lastSequence(String letterId) {
        LetterId id = LetterId.parse(letterId);
        return switch (id.kind()) {
            case CASE -> knownCase(id.recordId()).lastSequence();
            case PLAN -> knownPlan(id.recordId()).lastSequence();
            case DISPUTE -> knownDispute(id.recordId()).lastSequence();
        };
    }

    /** Waits, briefly, until the read model shows an event of the letter's case, plan or dispute after that one. */
    void awaitChange(String letterId, long afterSequence) {
        LetterId id = LetterId.parse(letterId);
        switch (id.kind()) {
            case CASE -> assessments.awaitChange(id.recordId(), afterSequence);
            case PLAN -> plans.awaitChange(id.recordId(), afterSequence);
            case DISPUTE -> disputes.awaitChange(id.recordId(), afterSequence);
        }
    }

    /**
     * The letter, dated {@code on} (the request's field {@code dateField}; by default today): not
     * before the decision it tells of, and naming the child, so not once the child's personal data
     * has been erased. A plan's letter is dated the day its step recorded the notice as going, and by
     * default is (ADR 44).
     */
    public Letter letter(String letterId, LocalDate on, String dateField, Actor actor) {
        LetterId id = LetterId.parse(letterId);
        return switch (id.kind()) {
            case CASE -> caseLetter(id, on, dateField, actor);
            case PLAN -> planLetter(id, on, dateField, actor);
            case DISPUTE -> disputeLetter(id, on, dateField, actor);
        };
    }

    private Letter caseLetter(LetterId id, LocalDate on, String dateField, Actor actor) {
        AssessmentTimeline timeline = knownCase(id.recordId());
        List<AssessmentTimeline.Step> steps = timeline.milestones();
        Optional<Notice> notice = id.number() <= steps.size()
                ? Notice.after(steps.get(id.number() - 1).milestone()) : Optional.empty();
        if (notice.isEmpty()) {
            throw new NotFoundException("Case " + timeline.assessmentId() + " owes no letter numbered " + id.number() + ".");
        }
        AssessmentTimeline.Step step = steps.get(id.number() - 1);
        LocalDate letterOn = dated(on == null ? LocalDate.now(clock) : on, dateField, step.occurredOn());
        Child child = named(children.of(timeline, actor));
        requireReasons(notice.get(), step);
        String officer = timeline.holder() == null ? null : timeline.holder().officer();
        LocalDate finalPlanDue = timeline.reopening().isPresent() ? null : timeline.due().finalPlan();
        return new Letter(id.toString(), timeline.assessmentId(), id.number(), notice.get(), child.name(),
                timeline.reference(), step.occurredOn(), step.note(), officer, letterOn, finalPlanDue,
                notice.get().appealable(), null, null, area);
    }

    private Letter planLetter(LetterId id, LocalDate on, String dateField, Actor actor) {
        PlanTimeline plan = knownPlan(id.recordId());
        PlanEvent event = plan.facts().stream().filter(fact -> fact.sequence() + 1 == id.number()).findFirst()
                .map(PlanTimeline.Fact::event).orElse(null);
        PlanNotice notice = event == null ? null : PlanNotice.of(event).orElse(null);
        if (notice == null) {
            throw new NotFoundException("Plan " + plan.planId() + " owes no letter for an event numbered " + id.number() + ".");
        }
        if (on != null && !on.equals(notice.sentOn())) {
            throw new InvalidRequestException(dateField, "This notice went to the family on " + notice.sentOn()
                    + ", as its step records, and the plan's time limits run from that day: its letter is dated then, not "
                    + on + ".");
        }
        PlanState state = plan.state();
        AssessmentTimeline assessment = state.origin() == PlanState.Origin.ISSUED_HERE ? assessments.current(plan.planId())
                : null;
        // a family reads their plan's letters as their case's (ADR 43): the case's invitations say whose child it is
        Child child = named(assessment != null && actor.role() == Role.FAMILY ? children.of(assessment, actor)
                : children.ofPlans(Map.of(plan.planId(), plan.child()), actor).get(plan.planId()));
        String reference = assessment != null && assessment.reference() != null ? assessment.reference() : plan.planId();
        String officer = state.holder() == null ? null : state.holder().officer();
        return new Letter(id.toString(), plan.planId(), id.number(), notice.notice(), child.name(), reference,
                notice.decidedOn(), null, officer, notice.sentOn(), null, notice.appealable(), details(event, id.number() - 1, plan),
                null, area);
    }

    /** An order carried out, told to the family of the case or plan it was about, dated when sent (ADR 48). */
    private Letter disputeLetter(LetterId id, LocalDate on, String dateField, Actor actor) {
        DisputeTimeline dispute = knownDispute(id.recordId());
        DisputeNotice notice = dispute.facts().stream().filter(fact -> fact.sequence() + 1 == id.number())
                .map(fact -> DisputeNotice.of(fact.event())).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new NotFoundException("Dispute " + dispute.disputeId() + " owes no letter for an event "
                        + "numbered " + id.number() + "."));
        OrderComplied complied = notice.complied();
        LocalDate letterOn = dated(on == null ? LocalDate.now(clock) : on, dateField, complied.compliedOn());
        String caseId = complied.caseId();
        AssessmentTimeline assessment = assessments.current(caseId);
        PlanTimeline plan = assessment == null ? plans.current(caseId) : null;
        if (assessment == null && (plan == null || !plan.exists())) {
            throw new NotFoundException("The case or plan " + caseId + " the dispute is about is not known (yet) to the read side.");
        }
        Child child = named(assessment != null ? children.of(assessment, actor)
                : children.ofPlans(Map.of(caseId, plan.child()), actor).get(caseId));
        String reference = assessment != null && assessment.reference() != null ? assessment.reference() : caseId;
        String officer = dispute.state().holder() == null ? null : dispute.state().holder().officer();
        return new Letter(id.toString(), dispute.disputeId(), id.number(), notice.notice(), child.name(), reference,
                complied.compliedOn(), null, officer, letterOn, null, false, null,
                new Letter.OrderLetter(complied.order(), complied.step(), complied.dueBy(), complied.inTime()), area);
    }

    /**
     * What the plan's letter says of the plan, from the step that owed it: a transfer's review as its
     * registration counted it, and whether a re-assessment had been decided on by the notice's step.
     */
    private static Letter.PlanLetter details(PlanEvent event, long sequence, PlanTimeline plan) {
        if (event instanceof ReviewDecisionNotified decision) {
            return new Letter.PlanLetter(decision.meetingHeldOn(), decision.nextReviewDueBy(), null, null, null, false);
        } else if (event instanceof CessationDecided cessation) {
            return new Letter.PlanLetter(null, null, null, null, cessation.reason(), false);
        }
        PlanRegistered registered = plan.facts().stream().map(PlanTimeline.Fact::event)
                .filter(PlanRegistered.class::isInstance).map(PlanRegistered.class::cast).findFirst().orElseThrow();
        boolean assessing = plan.facts().stream().filter(fact -> fact.sequence() < sequence)
                .anyMatch(fact -> fact.event() instanceof ReassessmentDecided decided && decided.reassess());
        return new Letter.PlanLetter(null, registered.firstReviewDueBy(), registered.transferredInOn(),
                registered.fromAuthority(), null, assessing);
    }

    private static LocalDate dated(LocalDate on, String dateField, LocalDate decidedOn) {
        SaneDates.require(dateField, on);
        if (on.isBefore(decidedOn)) {
            throw new InvalidRequestException(dateField, "A letter cannot be dated " + on + ", before the decision it tells of ("
                    + decidedOn + ").");
        }
        return on;
    }

    private static Child named(Child child) {
        if (!child.shown()) {
            throw new ConflictException(child.erased() ? "personal-data-erased" : "child-not-shown",
                    "This letter names the child, whose name " + (child.erased() ? "has been erased." : "you may not see."));
        }
        return child;
    }

    /**
     * A notice that must give its reasons is not written without them. A refusal is recorded with its
     * reasons now, but one recorded before they were required may have none (ADR 40).
     */
    static void requireReasons(Notice notice, AssessmentTimeline.Step step) {
        if (notice.statesReasons() && (step.note() == null || step.note().isBlank())) {
            throw new ConflictException("reasons-not-recorded", "This notice must give the reasons for the decision ("
                    + notice.law() + "), and none were recorded with the step: it cannot be written without them.");
        }
    }

    private AssessmentTimeline knownCase(String caseId) {
        AssessmentTimeline timeline = assessments.current(caseId);
        if (timeline == null) {
            throw new NotFoundException("No assessment " + caseId + " is known (yet) to the read side.");
        }
        return timeline;
    }

    private DisputeTimeline knownDispute(String disputeId) {
        DisputeTimeline dispute = disputes.current(disputeId);
        if (dispute == null || !dispute.exists()) {
            throw new NotFoundException("No dispute " + disputeId + " is known (yet) to the read side.");
        }
        return dispute;
    }

    private PlanTimeline knownPlan(String planId) {
        PlanTimeline plan = plans.current(planId);
        if (plan == null || !plan.exists()) {
            throw new NotFoundException("No plan " + planId + " is known (yet) to the read side.");
        }
        return plan;
    }
}
