package uk.ehcworkflow.query.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.plan.PlanStream;
import uk.ehcworkflow.events.quality.Score;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.AssessmentTimelineView;
import uk.ehcworkflow.query.audit.AuditEntry;
import uk.ehcworkflow.query.audit.AuditTrailReader;
import uk.ehcworkflow.query.audit.ChainVerifier;
import uk.ehcworkflow.query.audit.StoredEvents;
import uk.ehcworkflow.query.common.Cells;
import uk.ehcworkflow.query.common.HtmlPages;
import uk.ehcworkflow.query.dispute.CaseDisputes;
import uk.ehcworkflow.query.dispute.DisputeReader;
import uk.ehcworkflow.query.dispute.DisputeState;
import uk.ehcworkflow.query.dispute.DisputeTimeline;
import uk.ehcworkflow.query.dispute.DisputeView;
import uk.ehcworkflow.query.improvement.ActionReader;
import uk.ehcworkflow.query.improvement.ActionTimeline;
import uk.ehcworkflow.query.letter.LettersAsSent;
import uk.ehcworkflow.query.plan.PlanReader;
import uk.ehcworkflow.query.plan.PlanTimeline;
import uk.ehcworkflow.query.plan.PlanView;
import uk.ehcworkflow.query.quality.PlanAuditReader;
import uk.ehcworkflow.query.quality.PlanAuditRecord;

/**
 * Evidence packs: one HTML document per case, plan, dispute or action, readable without the system, with a
 * JSON appendix for tools. Each holds the state and its deadlines, every stored event with its
 * metadata, and the result of verifying the event chain at the moment the pack was made. A case's,
 * plan's or dispute's pack can be made as known at a past instant: the events recorded by then.
 */
@Component
public class EvidencePacks {

    private final AssessmentReader assessments;
    private final ActionReader actions;
    private final PlanReader plans;
    private final DisputeReader disputes;
    private final StoredEvents storedEvents;
    private final ChainVerifier verifier;
    private final AuditTrailReader auditTrail;
    private final ObjectMapper json;
    private final HtmlPages pages;
    private final LettersAsSent letters;
    private final PlanAuditReader planAudits;
    private final Clock clock;

    EvidencePacks(AssessmentReader assessments, ActionReader actions, PlanReader plans, DisputeReader disputes,
                       StoredEvents storedEvents, ChainVerifier verifier, AuditTrailReader auditTrail,
                       ObjectMapper json, HtmlPages pages, LettersAsSent letters, PlanAuditReader planAudits, Clock clock) {
        this.assessments = assessments;
        this.planAudits = planAudits;
        this.disputes = disputes;
        this.actions = actions;
        this.plans = plans;
        this.storedEvents = storedEvents;
        this.verifier = verifier;
        this.auditTrail = auditTrail;
        this.json = json;
        this.pages = pages;
        this.letters = letters;
        this.clock = clock;
    }

    /** How the plan's quality was checked (ADR 50): each audit's scores counted, its grade and actions; none of its words. */
    private static Section qualityAudits(List<PlanAuditRecord> audits) {
        return new Section("Quality audits", List.of("Audit", "Looked at", "Auditor", "Checklist version", "Started",
                "Met / partly / not met", "Grade", "Graded", "Actions done", "Closed"), audits.stream().<List<?>>map(audit -> {
                    Map<Score, Long> scored = audit.scores().values().stream()
                            .collect(Collectors.groupingBy(PlanAuditRecord.Scored::score, Collectors.counting()));
                    long done = audit.actions().stream().filter(action -> action.doneOn() != null).count();
                    return List.of(audit.auditId(), audit.audited(), audit.auditorKind() + " (" + audit.auditor() + ")",
                            audit.checklistVersion(), audit.startedOn(), scored.getOrDefault(Score.MET, 0L) + " / "
                                    + scored.getOrDefault(Score.PARTLY_MET, 0L) + " / " + scored.getOrDefault(Score.NOT_MET, 0L)
                                    + " of " + audit.criteria().size(), orBlank(audit.grade()), orBlank(audit.gradedOn()),
                            done + " of " + audit.actions().size(), orBlank(audit.closedOn()));
                }).toList());
    }

    /** A pack as made: its file's name and the document. */
    public record Pack(String filename, String html) {
    }

    /**
     * A case's pack as known at an instant (now, for the pack an auditor downloads), its deadlines
     * judged on the day given; the caller records the read.
     */
    public Pack assessment(String assessmentId, Instant now, LocalDate today) {
        return assessmentWithLetters(assessmentId, now, today).pack();
    }

    /** A case's pack and the letters it records as sent, each written once for both (ADR 39). */
    public record WithLetters(Pack pack, List<LettersAsSent.Copy> letters) {
    }

    /** The same pack, with the letters its "Letters sent" section checked, for a bundle to carry. */
    public WithLetters assessmentWithLetters(String assessmentId, Instant now, LocalDate today) {
        AssessmentTimeline record = assessments.rebuild(assessmentId, now);
        if (!record.isOpened()) {
            throw new NotFoundException("No assessment " + assessmentId + " exists.");
        }
        AssessmentTimelineView view = AssessmentTimelineView.of(record, today, null,
                disputes.ofCase(assessmentId, now));
        List<EventRow> events = recorded(assessmentId, now);
        ChainVerifier.Verification verification = verifier.verify(assessmentId);

        List<Section> sections = new ArrayList<>(List.of(
                new Section("Summary", List.of("Request received", "Requested by", "Stage", "Status", "Days elapsed",
                                "Issued with advice missing"),
                        List.of(List.of(view.requestReceivedOn(), view.requestSource(), view.stage(), view.status(),
                                view.daysElapsed(), view.issuedWithAdviceMissing() ? "yes" : "no"))),
                new Section("Statutory deadlines", List.of("Deadline", "Due", "Met on", "In time", "Exception applies"),
                        deadlines(record, today)),
                new Section("Steps", List.of("Step", "Happened", "Recorded at", "Recorded by", "Days late in recording", "Note"),
                        record.milestones().stream().<List<?>>map(step -> List.of(step.milestone(), step.occurredOn(),
                                step.recordedAt(), step.recordedBy(), lag(step.occurredOn(), step.recordedAt()),
                                step.note() == null ? "" : step.note())).toList()),
                new Section("Advice", List.of("Agency", "Requested", "Due", "Submitted", "On time", "Exception"),
                        view.advice().stream().<List<?>>map(a -> List.of(a.agency(), a.requestedOn(), a.dueOn(),
                                a.submittedOn() == null ? "not yet" : a.submittedOn(),
                                a.onTime() == null ? "not yet due" : a.onTime() ? "yes" : "no",
                                a.exceptionApplies() ? "yes" : "no")).toList()),
                new Section("Exceptions and their reasons", List.of("Deadline", "Reason", "From", "To", "Evidence", "Recorded at", "Recorded by"),
                        record.exceptions().stream().<List<?>>map(e -> List.of(e.deadline(), e.reason(), e.from(),
                                e.to() == null ? "" : e.to(), e.note(), e.recordedAt(), e.recordedBy())).toList()),
                new Section("Panel decisions", List.of("Panel held", "Decision", "Rationale", "Recorded at", "Recorded by"),
                        record.panelDecisions().stream().<List<?>>map(p -> List.of(p.heldOn(), p.decision(),
                                p.rationale(), p.recordedAt(), p.recordedBy())).toList())));
        List<LettersAsSent.Copy> lettersSent = letters.of(record, Actor.of(SecurityContextHolder.getContext().getAuthentication()));
        sections.add(lettersSent(lettersSent, true));
        sections.add(new Section("Every recorded event", EventRow.HEADERS, rows(events)));
        sections.add(appealRights(view.disputes()));
        sections.add(new Section("Who has viewed this case", List.of("When", "Who", "Role", "What"), viewers(assessmentId, now)));
        return new WithLetters(pack("Evidence pack: EHC needs assessment " + assessmentId, made(now)
                        + " Dates of events are when they happened; \"recorded\" is when they were logged.", sections,
                events, verification, Map.of("assessment", view), "assessment-" + assessmentId), lettersSent);
    }

    /** A Written Statement of Action action's pack as it stands. */
    public Pack action(String actionId) {
        ActionTimeline action = actions.rebuild(actionId, clock.instant());
        if (action == null) {
            throw new NotFoundException("No action " + actionId + " exists.");
        }
        LocalDate today = LocalDate.now(clock);
        List<EventRow> events = storedEvents.all(actionId).stream().map(EventRow::of).toList();
        List<Section> sections = new ArrayList<>(List.of(
                new Section("Summary", List.of("Reference", "Area of weakness", "Action", "Leads", "Due by", "RAG today", "Overdue"),
                        List.of(List.of(action.reference(), action.areaOfWeakness(), action.title(),
                                String.join(", ", action.leads()), action.dueBy(), action.ragOn(today),
                                action.overdueOn(today) ? "yes" : "no"))),
                new Section("Success criteria and measures", List.of("Criterion", "Measure", "Baseline", "Target", "Target date", "Actuals"),
                        action.successCriteria().stream().<List<?>>map(c -> List.of(c.description(),
                                c.measure() == null ? "" : c.measure(), c.baseline() == null ? "" : c.baseline(),
                                c.target() == null ? "" : c.target(), c.targetDate() == null ? "" : c.targetDate(),
                                actuals(action, c.measure(), today))).toList()),
                new Section("RAG history", List.of("From", "To", "Reason", "Effective", "Recorded at", "Recorded by"),
                        action.history().stream().filter(c -> c.what() == ActionTimeline.ChangeKind.RAG_CHANGED)
                                .<List<?>>map(c -> List.of(c.from(), c.to(), c.reason(), c.effectiveOn(),
                                        c.recordedAt(), c.recordedBy())).toList()),
                new Section("Progress and evidence", List.of("Recorded at", "Recorded by", "Update", "Evidence"),
                        action.history().stream().filter(c -> c.what() == ActionTimeline.ChangeKind.PROGRESS_RECORDED)
                                .<List<?>>map(c -> List.of(c.recordedAt(), c.recordedBy(), c.note(),
                                        String.join("; ", c.evidence()))).toList())));
        sections.add(new Section("Every recorded event", EventRow.HEADERS, rows(events)));
        return pack("Evidence pack: Written Statement of Action " + action.reference(), made(clock.instant()), sections,
                events, verifier.verify(actionId), Map.of("action", action.history()), "action-" + action.reference());
    }

    /** A plan's pack as known at an instant, its deadlines judged on the day given; the caller records the read. */
    public Pack plan(String planId, Instant now, LocalDate today) {
        return planWithLetters(planId, now, today).pack();
    }

    /** The same pack, with the letters its "Letters sent" section checked, for a bundle to carry (ADR 44). */
    public WithLetters planWithLetters(String planId, Instant now, LocalDate today) {
        PlanTimeline record = plans.rebuild(planId, now);
        if (!record.exists()) {
            throw new NotFoundException("No plan " + planId + " exists.");
        }
        PlanView view = PlanView.of(record, today, null, disputes.ofCase(planId, now), null);
        String stream = PlanStream.of(planId);
        List<EventRow> events = recorded(stream, now);
        List<Section> sections = new ArrayList<>(List.of(
                new Section("Summary", List.of("Came from", "Issued", "Status", "Next review due by", "Review overdue"),
                        List.of(List.of(view.origin(), view.issuedOn(), view.status(), orBlank(view.nextReviewDueBy()),
                                view.reviewOverdue() ? "yes" : "no"))),
                new Section("Annual reviews owed", List.of("Due by", "Decision notified", "Within 12 months"),
                        view.reviewsDue().stream().<List<?>>map(r -> List.of(r.dueBy(),
                                r.completedOn() != null ? r.completedOn()
                                        : r.endedOtherwiseOn() != null ? "ended " + r.endedOtherwiseOn() : "not yet",
                                r.completedInTime() == null ? orOverdue(r.dueBy(), today) : yesNo(r.completedInTime())))
                                .toList()),
                new Section("Review meetings and decisions", List.of("Meeting", "Decision", "Decided", "Due by",
                        "Within 4 weeks", "Amended plan due by", "Amended plan or withdrawal", "Within 8 weeks",
                        "Recorded at", "Recorded by"),
                        view.reviews().stream().<List<?>>map(r -> List.of(r.heldOn(), orBlank(r.decision()),
                                orBlank(r.decidedOn()), r.decisionDueBy(),
                                r.decisionWithinFourWeeks() == null ? orOverdue(r.decisionDueBy(), today)
                                        : yesNo(r.decisionWithinFourWeeks()),
                                orBlank(r.amendedPlanDueBy()), orBlank(r.amendmentOutcomeOn()),
                                r.amendedWithinEightWeeks() == null ? "" : yesNo(r.amendedWithinEightWeeks()),
                                r.recordedAt(), r.recordedBy())).toList()),
                new Section("Phase transfers", List.of("Transfer", "Year", "Name the setting by", "Named", "In time"),
                        view.phaseTransfers().stream().<List<?>>map(t -> List.of(t.transfer(), t.transferYear(),
                                t.nameBy(), orBlank(t.namedOn()),
                                t.namedInTime() == null ? orOverdue(t.nameBy(), today) : yesNo(t.namedInTime()))).toList()),
                new Section("Re-assessments", List.of("Requested", "Decision due by", "Decided", "Re-assess",
                        "Plan due by", "Plan issued", "Within 14 weeks", "Exception applies"),
                        view.reassessments().stream().<List<?>>map(r -> List.of(r.receivedOn(), r.decisionDueBy(),
                                orBlank(r.decidedOn()), r.reassess() == null ? "" : yesNo(r.reassess()),
                                orBlank(r.finalPlanDueBy()), orBlank(r.issuedOn()),
                                r.withinFourteenWeeks() == null ? "" : yesNo(r.withinFourteenWeeks()),
                                yesNo(r.exceptionApplies()))).toList()),
                new Section("Cessation", List.of("Ceased", "Reason"), view.cessation() == null ? List.of()
                        : List.of(List.of(view.cessation().ceasedOn(), view.cessation().reason())))));
        List<LettersAsSent.Copy> lettersSent = letters.ofPlan(record, Actor.of(SecurityContextHolder.getContext().getAuthentication()));
        sections.add(lettersSent(lettersSent, false));
        sections.add(new Section("Every recorded event", EventRow.HEADERS, rows(events)));
        sections.add(appealRights(view.disputes()));
        sections.add(qualityAudits(planAudits.ofPlan(planId, now)));
        sections.add(new Section("Who has viewed this plan", List.of("When", "Who", "Role", "What"), viewers(planId, now)));
        return new WithLetters(pack("Evidence pack: EHC plan " + planId, made(now)
                        + " Dates of events are when they happened; \"recorded\" is when they were logged.", sections,
                events, verifier.verify(stream), Map.of("plan", view), "plan-" + planId), lettersSent);
    }

    /** A dispute's pack as known at an instant, its deadlines judged on the day given. */
    public Pack dispute(String disputeId, Instant now, LocalDate today) {
        return disputeWithLetters(disputeId, now, today).pack();
    }

    /** The same pack, with the letters its "Letters sent" section checked, for a bundle to carry (ADR 48). */
    public WithLetters disputeWithLetters(String disputeId, Instant now, LocalDate today) {
        DisputeTimeline record = disputes.rebuild(disputeId, now);
        if (!record.exists()) {
            throw new NotFoundException("No dispute " + disputeId + " exists.");
        }
        DisputeView view = DisputeView.of(record, today);
        List<EventRow> events = recorded(disputeId, now);
        DisputeState.Certificate certificate = view.certificate();
        DisputeState.Appeal appeal = view.appeal();
        DisputeState.Agreement agreement = view.agreement();
        List<Section> sections = new ArrayList<>(List.of(
                new Section("Summary", List.of("Case or plan", "Decision", "Letter sent", "Seek mediation advice by",
                                "Appeal by", "Stage"),
                        List.of(List.of(view.caseId(), view.decision(), view.decisionLetterOn(), view.mediationAdviceBy(),
                                view.appealBy(), view.stage()))),
                new Section("Mediation", List.of("Adviser contacted", "Mediation asked for", "Mediation due by", "Certificate",
                                "Held", "Outcome"),
                        view.adviserContactedOn() == null ? List.of() : List.of(List.of(view.adviserContactedOn(),
                                orBlank(view.mediationRequestedOn()), orBlank(view.mediationDueBy()), certificate == null ? "not yet" : certificate.issuedOn(),
                                certificate == null ? "" : yesNo(certificate.mediationHeld()),
                                certificate == null ? "" : certificate.outcome()))),
                new Section("Mediation agreement", List.of("Agreed", "Terms", "Appealable", "Due by", "Carried out", "In time"),
                        agreement == null ? List.of() : List.of(List.of(agreement.agreedOn(), agreement.terms(),
                                yesNo(agreement.appealable()), agreement.dueBy(), orBlank(agreement.compliedOn()),
                                agreement.compliedInTime() == null ? orOverdue(agreement.dueBy(), today)
                                        : yesNo(agreement.compliedInTime())))),
                new Section("Appeal", List.of("Received", "Registered", "Grounds", "Late", "Response due", "Not opposed",
                                "Decided", "Sent", "Outcome"),
                        appeal == null ? List.of() : List.of(List.of(appeal.receivedOn(), orBlank(appeal.registeredOn()),
                                appeal.grounds(), yesNo(appeal.late()), appeal.responseDueBy(),
                                orBlank(appeal.notOpposedOn()), orBlank(appeal.decidedOn()), orBlank(appeal.sentOn()),
                                orBlank(appeal.outcome())))),
                new Section("Orders", List.of("Order", "Periods from", "Due by", "Carried out", "By", "In time"),
                        view.orders().stream().<List<?>>map(o -> List.of(o.order(), o.from(), o.dueBy(),
                                orBlank(o.compliedOn()), orBlank(o.compliedBy()),
                                o.compliedInTime() == null ? orOverdue(o.dueBy(), today) : yesNo(o.compliedInTime())))
                                .toList())));
        List<LettersAsSent.Copy> lettersSent = letters.ofDispute(record, Actor.of(SecurityContextHolder.getContext().getAuthentication()));
        sections.add(lettersSent(lettersSent, false));
        sections.add(new Section("Every recorded event", EventRow.HEADERS, rows(events)));
        return new WithLetters(pack("Evidence pack: dispute " + disputeId, made(now)
                        + " Dates of events are when they happened; \"recorded\" is when they were logged.", sections,
                events, verifier.verify(disputeId), Map.of("dispute", view), "dispute-" + disputeId), lettersSent);
    }

    /**
     * Each letter sent, whether within 5 working days of its decision (ADR 40; an assessment's: a
     * plan's step records its notice's day itself, ADR 44), and whether the letter written again for
     * its day is the one sent: no name, only its digest.
     */
    private static Section lettersSent(List<LettersAsSent.Copy> copies, boolean noticeDue) {
        return new Section("Letters sent to the family", List.of("Letter", "Letter id", "Decision of", "Sent",
                "Within 5 working days", "How", "Served", "SHA-256 of the PDF sent", "Written again for its day",
                "Recorded at", "Recorded by"),
                copies.stream().<List<?>>map(copy -> {
                    LocalDate decided = copy.decidedOn();
                    return List.of(copy.sent().notice(), copy.letterId(), decided, copy.sent().sentOn(),
                        !noticeDue ? "" : StatutoryCalendar.inTime(copy.sent().sentOn(), StatutoryCalendar.noticeDue(decided))
                                ? "yes" : "no",
                        copy.sent().channel(), orBlank(copy.sent().servedOn()), copy.sent().pdfSha256(),
                        copy.matches() == null ? "not written again: " + copy.why()
                                : copy.matches() ? "the same letter (same digest)"
                                : "differs: the area's letter templates or details changed since it was sent",
                        copy.sent().recordedAt(), copy.sent().recordedBy());
                }).toList());
    }

    private static Section appealRights(CaseDisputes disputes) {
        return new Section("Appeal rights and disputes", List.of("Decision", "Letter sent", "Seek mediation advice by",
                "Appeal by", "Dispute"), disputes.appealRights().stream().<List<?>>map(r -> List.of(r.decision(),
                r.letterOn(), r.mediationAdviceBy(), r.appealBy(), orBlank(r.disputeId()))).toList());
    }

    private static Object orBlank(Object value) {
        return value == null ? "" : value;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String orOverdue(LocalDate due, LocalDate today) {
        return StatutoryCalendar.overdueOn(due, today) ? "not met (overdue)" : "not yet due";
    }

    /**
     * Every event of the streams recorded by the instant, in the order they happened (then as
     * recorded), as CSV rows: when, what, which record, when recorded and by whom. No names:
     * events hold none in clear.
     */
    public String chronology(List<String> streams, Instant by) {
        List<EventRow> events = new ArrayList<>();
        streams.forEach(stream -> events.addAll(recorded(stream, by)));
        events.sort(Comparator.comparing((EventRow e) -> e.businessDate() == null ? e.recordedAt().atZone(clock.getZone())
                .toLocalDate() : e.businessDate()).thenComparing(EventRow::recordedAt));
        StringBuilder csv = new StringBuilder("Happened,What,Event,Recorded at,Recorded by,Role\r\n");
        for (EventRow e : events) {
            csv.append(String.join(",", Stream.of(e.businessDate(), e.description(), e.type(), e.recordedAt(),
                    e.recordedBy(), e.role()).map(Cells::csv).toList())).append("\r\n");
        }
        return csv.toString();
    }

    /** The events of a stream recorded by the instant. */
    private List<EventRow> recorded(String stream, Instant by) {
        return storedEvents.all(stream).stream().filter(event -> !event.getTimestamp().isAfter(by)).map(EventRow::of).toList();
    }

    /** The pack as one document, its verification and JSON appendix last. */
    private Pack pack(String title, String made, List<Section> sections, List<EventRow> events,
                                        ChainVerifier.Verification verification, Map<String, Object> state, String name) {
        Map<String, Object> appendix = new LinkedHashMap<>(state);
        appendix.put("events", events);
        appendix.put("verification", verification);
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("made", made);
        model.put("sections", sections);
        model.put("verification", verification);
        model.put("verdict", verdict(verification));
        try {
            model.put("appendix", json.writerWithDefaultPrettyPrinter().writeValueAsString(appendix));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the JSON appendix", e);
        }
        return new Pack("evidence-" + name + ".html", pages.render("evidence/pack", model));
    }

    private static String made(Instant at) {
        return "Made " + at + " by " + SecurityContextHolder.getContext().getAuthentication().getName() + ".";
    }

    private static String verdict(ChainVerifier.Verification verification) {
        if (verification.intact()) {
            return "Intact: all " + verification.events() + " events are in an unbroken SHA-256 chain; "
                    + "none has been edited, removed or reordered since it was recorded.";
        }
        ChainVerifier.BrokenLink link = verification.firstBrokenLink();
        return "BROKEN at event #" + link.sequenceNumber() + " (" + link.type() + ", " + link.eventIdentifier() + "): "
                + link.problem() + ".";
    }

    private static List<List<?>> rows(List<EventRow> events) {
        return events.stream().map(EventRow::cells).<List<?>>map(cells -> cells).toList();
    }

    /**
     * The deadlines the case had: the decision whether to assess, then the 16 weeks of a decision
     * not to issue or the 20 weeks of the plan. A request refused, withdrawn or transferred out has
     * no plan due; a deadline passed and not met says so.
     */
    static List<List<?>> deadlines(AssessmentTimeline record, LocalDate today) {
        String closed = record.endedWithoutDecision().map(step -> "not needed: " + step.milestone()).orElse(null);
        List<List<?>> rows = new ArrayList<>();
        Milestone decision = record.decision().map(AssessmentTimeline.Step::milestone).orElse(Milestone.DECISION_TO_ASSESS);
        rows.add(deadline("Decision whether to assess (" + StatutoryCalendar.DECISION_WEEKS + " weeks)", record, decision,
                record.decision().map(AssessmentTimeline.Step::occurredOn).orElse(null), closed, today));
        if (record.on(Milestone.DECISION_NOT_TO_ISSUE).isPresent()) {
            rows.add(deadline("Decision not to issue (" + StatutoryCalendar.NOT_TO_ISSUE_WEEKS + " weeks)", record,
                    Milestone.DECISION_NOT_TO_ISSUE, record.on(Milestone.DECISION_NOT_TO_ISSUE).get(), null, today));
        } else if (closed == null && decision == Milestone.DECISION_TO_ASSESS) {
            rows.add(deadline("Final plan issued (" + StatutoryCalendar.FINAL_PLAN_WEEKS + " weeks)", record,
                    Milestone.FINAL_PLAN_ISSUED, record.finalPlanIssuedOn().orElse(null), null, today));
        }
        return rows;
    }

    private static List<?> deadline(String name, AssessmentTimeline record, Milestone step, LocalDate metOn, String closed,
                                    LocalDate today) {
        LocalDate due = record.due().of(step);
        String inTime;
        if (metOn != null) {
            inTime = StatutoryCalendar.inTime(metOn, due) ? "yes" : "no";
        } else if (closed != null) {
            inTime = "closed";
        } else {
            inTime = StatutoryCalendar.overdueOn(due, today) ? "not met (overdue)" : "not yet due";
        }
        return List.of(name, due, metOn != null ? metOn : closed != null ? closed : "not yet", inTime,
                record.excusing(step).isEmpty() ? "no" : "yes");
    }

    private static String actuals(ActionTimeline action, String measure, LocalDate today) {
        return action.measuresOn(today).stream().filter(m -> m.measure().equals(measure))
                .flatMap(m -> m.actuals().stream()).map(a -> a.value().toPlainString() + " (" + a.asOf() + ")")
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private long lag(LocalDate happened, Instant recordedAt) {
        return Math.max(0, ChronoUnit.DAYS.between(happened, recordedAt.atZone(clock.getZone()).toLocalDate()));
    }

    private List<List<?>> viewers(String assessmentId, Instant by) {
        List<List<?>> rows = new ArrayList<>();
        for (AuditEntry entry : auditTrail.readsOf(assessmentId)) {
            if (entry.recordedAt().isAfter(by)) {
                continue;
            }
            rows.add(List.of(entry.recordedAt().toString(), entry.actor(), entry.role(), entry.description()));
        }
        return rows;
    }
}
