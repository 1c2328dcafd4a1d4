package uk.ehcworkflow.command.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.ehcworkflow.events.assessment.AssessmentReopened;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.assessment.StatutoryDueDates;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.StepDue;

/**
 * The dates a family follows on their page that have passed without their step (ADR 46): the
 * decision whether to assess, each agency's advice and the final plan, or, once a tribunal's order
 * reopened the case, the order's dates. Nothing is owed once the assessment has ended. A date
 * excused by a permitted exception has still passed: the family is told, and their page says why.
 */
final class PassedDates {

    /** A date that passed: which (as {@code FamilyToldOfPassedDate} names it) and its last day. */
    record Passed(String date, LocalDate dueBy) {
    }

    private PassedDates() {
    }

    static List<Passed> on(LocalDate today, StatutoryDueDates due, List<MilestoneRecorded> steps,
                           Map<String, AdviceRequest> advice, List<AssessmentReopened> reopenings) {
        List<Passed> passed = new ArrayList<>();
        if (steps.stream().anyMatch(step -> step.milestone().closesTheAssessment())) {
            return passed;
        }
        if (!reopenings.isEmpty()) {
            AssessmentReopened order = reopenings.get(reopenings.size() - 1);
            for (StepDue ordered : order.deadlines()) {
                Optional<Milestone> step = carriedOutBy(ordered.step());
                boolean met = step.isPresent() && steps.stream().anyMatch(recorded -> recorded.milestone() == step.get()
                        && !recorded.occurredOn().isBefore(order.from()));
                if (step.isPresent() && !met && StatutoryCalendar.overdueOn(ordered.dueBy(), today)) {
                    passed.add(new Passed("ORDER:" + ordered.step(), ordered.dueBy()));
                }
            }
            return passed;
        }
        boolean decided = steps.stream().anyMatch(step -> step.milestone().isDecisionWhetherToAssess());
        if (!decided && StatutoryCalendar.overdueOn(due.decision(), today)) {
            passed.add(new Passed("DECISION", due.decision()));
        }
        advice.forEach((id, request) -> {
            if (request.submittedOn() == null && StatutoryCalendar.overdueOn(request.dueOn(), today)) {
                passed.add(new Passed("ADVICE:" + id, request.dueOn()));
            }
        });
        boolean assessing = steps.stream().anyMatch(step -> step.milestone() == Milestone.DECISION_TO_ASSESS);
        if (assessing && StatutoryCalendar.overdueOn(due.finalPlan(), today)) {
            passed.add(new Passed("FINAL_PLAN", due.finalPlan()));
        }
        return passed;
    }

    /** The case's step that carries out an order's step, where the family's page shows it. */
    private static Optional<Milestone> carriedOutBy(ComplianceStep step) {
        return Optional.ofNullable(switch (step) {
            case NOTICE_TO_ASSESS -> Milestone.DECISION_TO_ASSESS;
            case DRAFT_PLAN_ISSUED -> Milestone.DRAFT_PLAN_ISSUED;
            case FINAL_PLAN_ISSUED -> Milestone.FINAL_PLAN_ISSUED;
            case DECISION_NOT_TO_ISSUE -> Milestone.DECISION_NOT_TO_ISSUE;
            default -> null;
        });
    }
}
