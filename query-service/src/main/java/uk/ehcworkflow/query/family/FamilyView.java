package uk.ehcworkflow.query.family;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.ehcworkflow.events.assessment.AdviceFileType;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.DisputeLetterSent;
import uk.ehcworkflow.events.plan.PlanLetterSent;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.dispute.DisputeTimeline;
import uk.ehcworkflow.query.plan.PlanTimeline;

/**
 * Where a family's case is, in the words a parent would use (CoP 11.1: families "know where they
 * are in the decision-making process"): what is happening now, each key date and whether it was
 * met, who to talk to, the letters sent to them and what they can do next. No code, no id, no
 * statutory shorthand; every date is one the service holds the area to.
 *
 * @param now      one or two sentences: where the case is and what happens next
 * @param dates    the key dates, in the order they fall due
 * @param letters  the letters recorded as sent to the family, oldest first
 * @param canDo    what the family can do now
 * @param adviceGiven the views and advice the family gave here, oldest first
 */
public record FamilyView(String reference, String now, List<KeyDate> dates, String caseOfficer, List<SentLetter> letters,
                         List<String> canDo, List<AdviceGiven> adviceGiven) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A date the family was promised: what, by when, and when it happened if it has. */
    public record KeyDate(String what, LocalDate dueBy, LocalDate metOn, boolean late) {

        /** "Done on 3 March 2026", "Due by 12 March 2026", or that it is late. */
        public String status() {
            if (metOn != null) {
                return "Done on " + day(metOn) + (late ? ", after the date it was due" : "");
            }
            return (late ? "Late: it was due by " : "Due by ") + day(dueBy);
        }
    }

    /**
     * A letter sent to the family: its title, when it went, where they download it from their page
     * and where an officer opens it, and the page element's id that names it.
     */
    public record SentLetter(String title, LocalDate sentOn, String familyPath, String officerPath, String anchor) {

        static SentLetter ofCase(String caseId, int step, String title, LocalDate sentOn) {
            return new SentLetter(title, sentOn, "/family/cases/" + caseId + "/letters/" + step,
                    "/cases/" + caseId + "/letters/" + step + "/pdf?on=" + sentOn, "family-letter-" + step);
        }

        /** A letter of the plan the case's final plan began (ADR 44), by the plan's event that owed it: the plan has the case's id. */
        static SentLetter ofPlan(String caseId, int event, String title, LocalDate sentOn) {
            return new SentLetter(title, sentOn, "/family/cases/" + caseId + "/plan-letters/" + event,
                    "/plans/" + caseId + "/letters/" + event + "/pdf", "family-letter-p" + event);
        }

        /** A letter of a dispute about the case or its plan (ADR 48), by the dispute's event that owed it. */
        static SentLetter ofDispute(String caseId, String disputeId, int event, String title, LocalDate sentOn) {
            return new SentLetter(title, sentOn, "/family/cases/" + caseId + "/disputes/" + disputeId + "/letters/" + event,
                    "/disputes/" + disputeId + "/letters/" + event + "/pdf", "family-letter-" + disputeId + "-d" + event);
        }
    }

    /** Views and advice the family gave: when, and whether with a file. */
    public record AdviceGiven(LocalDate givenOn, AdviceFileType file) {
    }

    public static FamilyView of(AssessmentTimeline timeline, LocalDate today) {
        return of(timeline, null, List.of(), today);
    }

    /**
     * @param plan     the plan the case's final plan began, whose letters are the family's too; null before it
     * @param disputes the disputes about the case or its plan, whose letters are the family's too
     */
    public static FamilyView of(AssessmentTimeline timeline, PlanTimeline plan, List<DisputeTimeline> disputes, LocalDate today) {
        String caseId = timeline.assessmentId();
        List<SentLetter> letters = new ArrayList<>(timeline.lettersSent().stream()
                .map(sent -> SentLetter.ofCase(caseId, sent.step(), sent.notice().title(), sent.sentOn())).toList());
        if (plan != null) {
            plan.facts().stream().filter(fact -> fact.event() instanceof PlanLetterSent)
                    .map(fact -> (PlanLetterSent) fact.event())
                    .forEach(sent -> letters.add(SentLetter.ofPlan(caseId, sent.event(), sent.notice().title(), sent.sentOn())));
        }
        disputes.forEach(dispute -> dispute.facts().stream().filter(fact -> fact.event() instanceof DisputeLetterSent)
                .map(fact -> (DisputeLetterSent) fact.event())
                .forEach(sent -> letters.add(SentLetter.ofDispute(caseId, dispute.disputeId(), sent.event(),
                        sent.notice().title(), sent.sentOn()))));
        letters.sort(Comparator.comparing(SentLetter::sentOn));
        String officer = timeline.holder() == null ? null : timeline.holder().officer();
        return new FamilyView(timeline.reference(), now(timeline, today), dates(timeline, today), officer, List.copyOf(letters),
                canDo(timeline, today), timeline.familyAdvice().stream()
                .map(given -> new AdviceGiven(given.givenOn(), given.file())).toList());
    }

    /** The statutory dates, or for a case a tribunal order reopened, the order's. */
    private static List<KeyDate> dates(AssessmentTimeline timeline, LocalDate today) {
        List<KeyDate> dates = new ArrayList<>();
        if (timeline.reopening().isPresent()) {
            for (AssessmentTimeline.OrderedStep step : timeline.underOrder()) {
                orderedStepName(step.step()).ifPresent(what -> dates.add(keyDate(what, step.dueBy(), step.metOn(), today)));
            }
            return List.copyOf(dates);
        }
        Optional<AssessmentTimeline.Step> decision = timeline.decision();
        dates.add(keyDate("Our decision whether to assess", timeline.due().decision(),
                decision.map(AssessmentTimeline.Step::occurredOn).orElse(null), today));
        for (AssessmentTimeline.Advice advice : timeline.advice()) {
            String name = adviceName(advice.agency());
            dates.add(keyDate(Character.toUpperCase(name.charAt(0)) + name.substring(1), advice.dueOn(), advice.submittedOn(),
                    today));
        }
        timeline.draftAnswerDue().ifPresent(lastDay ->
                dates.add(new KeyDate("Your 15 days to comment on the draft plan", lastDay, null, false)));
        boolean assessing = decision.filter(step -> step.milestone() == Milestone.DECISION_TO_ASSESS).isPresent();
        if (assessing) {
            dates.add(keyDate("The final EHC plan", timeline.due().finalPlan(), timeline.finalPlanIssuedOn().orElse(null),
                    today));
        }
        dates.sort(Comparator.comparing(KeyDate::dueBy));
        return List.copyOf(dates);
    }

    private static Optional<String> orderedStepName(ComplianceStep step) {
        return Optional.ofNullable(switch (step) {
            case NOTICE_TO_ASSESS -> "Telling you we will assess, as the tribunal ordered";
            case DRAFT_PLAN_ISSUED -> "The draft EHC plan, as the tribunal ordered";
            case FINAL_PLAN_ISSUED -> "The final EHC plan, as the tribunal ordered";
            case DECISION_NOT_TO_ISSUE -> "Our decision whether to issue a plan, as the tribunal ordered";
            default -> null;
        });
    }

    /** Where the case is, said as a case officer would say it on the phone. */
    private static String now(AssessmentTimeline timeline, LocalDate today) {
        Optional<AssessmentTimeline.Step> ended = timeline.endedWithoutDecision();
        if (ended.isPresent()) {
            return ended.get().milestone() == Milestone.TRANSFERRED_OUT
                    ? "Your case moved to another local authority on " + day(ended.get().occurredOn()) + "."
                    : "The request was withdrawn on " + day(ended.get().occurredOn()) + ".";
        }
        Optional<LocalDate> planIssued = timeline.finalPlanIssuedOn();
        if (planIssued.isPresent()) {
            return "Your child's EHC plan was issued on " + day(planIssued.get()) + ". We will review it with you at least "
                    + "once a year.";
        }
        if (timeline.reopening().isPresent()) {
            return "The tribunal ordered us to look again at our decision. We are doing what it ordered, by the dates "
                    + "it set, below.";
        }
        Optional<LocalDate> notIssued = timeline.standing(Milestone.DECISION_NOT_TO_ISSUE);
        if (notIssued.isPresent()) {
            return "We decided on " + day(notIssued.get()) + " not to issue an EHC plan. "
                    + letterExplains(timeline, Milestone.DECISION_NOT_TO_ISSUE);
        }
        Optional<AssessmentTimeline.Step> decision = timeline.decision();
        if (decision.isEmpty()) {
            return "We are deciding whether to carry out an EHC needs assessment. We will tell you by "
                    + day(timeline.due().decision()) + ".";
        }
        if (decision.get().milestone() == Milestone.DECISION_NOT_TO_ASSESS) {
            return "We decided on " + day(decision.get().occurredOn()) + " not to carry out an EHC needs assessment. "
                    + letterExplains(timeline, Milestone.DECISION_NOT_TO_ASSESS);
        }
        Optional<LocalDate> answerBy = timeline.draftAnswerDue().filter(lastDay -> !today.isAfter(lastDay));
        if (answerBy.isPresent()) {
            return "We have sent you the draft EHC plan. You have until " + day(answerBy.get()) + " to tell us what you "
                    + "think, ask for a school or college, or ask for a meeting.";
        }
        if (timeline.on(Milestone.DRAFT_PLAN_ISSUED).isPresent()) {
            return "We are finishing the EHC plan. The final plan is due by " + day(timeline.due().finalPlan()) + ".";
        }
        Optional<AssessmentTimeline.Advice> awaited = timeline.advice().stream().filter(advice -> advice.submittedOn() == null)
                .min(Comparator.comparing(AssessmentTimeline.Advice::dueOn));
        return awaited.map(advice -> "We are collecting advice about your child; the " + adviceName(advice.agency())
                        + " is due by " + day(advice.dueOn()) + ".")
                .orElse("We are carrying out the assessment and will write the draft EHC plan next. The final plan is due by "
                        + day(timeline.due().finalPlan()) + ".");
    }

    /** That the decision's letter says why and how to appeal: sent, or (not yet recorded as sent) to come. */
    private static String letterExplains(AssessmentTimeline timeline, Milestone decision) {
        List<AssessmentTimeline.Step> steps = timeline.milestones();
        for (int place = steps.size(); place >= 1; place--) {
            if (steps.get(place - 1).milestone() == decision && timeline.letterSent(place).isPresent()) {
                return "Our letter of " + day(timeline.letterSent(place).get().sentOn()) + " explains why and how you can "
                        + "appeal.";
            }
        }
        return "We will send you a letter explaining why and how you can appeal.";
    }

    private static List<String> canDo(AssessmentTimeline timeline, LocalDate today) {
        List<String> canDo = new ArrayList<>();
        if (!timeline.isOpen()) {
            if (timeline.finalPlanIssuedOn().isPresent()) {
                canDo.add("If you disagree with what the plan says about your child's needs, the help it sets out or the "
                        + "school or college it names, ask us for mediation or appeal to the tribunal: the letter with the "
                        + "plan gives your dates.");
            } else if (timeline.endedWithoutDecision().isEmpty()) {
                canDo.add("Ask us for mediation, or appeal to the tribunal: our letter gives your dates.");
            }
            canDo.add("Talk to your case officer about anything you are unsure of.");
            return canDo;
        }
        canDo.add("Send us your views, and your child's, at any time: on this page, in writing or by talking to us.");
        timeline.draftAnswerDue().filter(lastDay -> !today.isAfter(lastDay))
                .ifPresent(lastDay -> canDo.add("Tell us what you think of the draft plan, ask for a school or college to be "
                        + "named, or ask for a meeting."));
        canDo.add("Talk to your case officer about anything you are unsure of.");
        return canDo;
    }

    private static KeyDate keyDate(String what, LocalDate dueBy, LocalDate metOn, LocalDate today) {
        boolean late = metOn != null ? !StatutoryCalendar.inTime(metOn, dueBy) : StatutoryCalendar.overdueOn(dueBy, today);
        return new KeyDate(what, dueBy, metOn, late);
    }

    private static String adviceName(Agency agency) {
        return switch (agency) {
            case EDUCATIONAL_PSYCHOLOGY -> "educational psychologist's advice";
            case HEALTH -> "health advice";
            case SOCIAL_CARE -> "social care advice";
            case EDUCATION -> "advice from your child's school or setting";
            case OTHER -> "other advice we asked for";
        };
    }

    private static String day(LocalDate day) {
        return day.format(DAY);
    }
}
