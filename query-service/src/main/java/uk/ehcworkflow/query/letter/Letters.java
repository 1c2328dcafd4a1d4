package uk.ehcworkflow.query.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.input.SaneDates;
import uk.ehcworkflow.platform.problem.ConflictException;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.Child;
import uk.ehcworkflow.query.assessment.ChildDetails;

/**
 * The statutory notices a case's recorded steps owe the family, each found again by its id: the
 * case's id and the step's place among the case's steps ({@code <case>.<n>}), which no later
 * step changes.
 */
@Component
public class Letters {

    /** A notice the case owes, as a list shows it: no personal data. {@code place} is the step's among the case's steps. */
    public record Owed(String letterId, int place, Notice notice, LocalDate decidedOn, boolean appealable) {
    }

    private final AssessmentReader assessments;
    private final ChildDetails children;
    private final AreaDetails area;

    Letters(AssessmentReader assessments, ChildDetails children, AreaDetails area) {
        this.assessments = assessments;
        this.children = children;
        this.area = area;
    }

    /** The case's notices, in the order of the steps that made them (the case page lists them so). */
    public List<Owed> owedBy(String caseId, List<AssessmentTimeline.Step> steps) {
        List<Owed> owed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            AssessmentTimeline.Step step = steps.get(i);
            int place = i + 1;
            Notice.after(step.milestone()).ifPresent(notice -> owed.add(new Owed(caseId + "." + place, place, notice,
                    step.occurredOn(), notice.appealable())));
        }
        return owed;
    }

    /** The case's notices, by the case's id. */
    public List<Owed> owedBy(String caseId) {
        return owedBy(caseId, known(caseId).milestones());
    }

    /**
     * The letter, dated {@code on}: not before the decision it tells of, and naming the child,
     * so not once the child's personal data has been erased.
     */
    public Letter letter(String letterId, LocalDate on, Actor actor) {
        int dot = letterId.lastIndexOf('.');
        Optional<Integer> place = dot < 1 ? Optional.empty() : number(letterId.substring(dot + 1));
        if (place.isEmpty()) {
            throw new NotFoundException("No letter " + letterId + ": a letter's id is its case's id, a dot and a number.");
        }
        AssessmentTimeline timeline = known(letterId.substring(0, dot));
        List<AssessmentTimeline.Step> steps = timeline.milestones();
        Optional<Notice> notice = place.get() <= steps.size()
                ? Notice.after(steps.get(place.get() - 1).milestone()) : Optional.empty();
        if (notice.isEmpty()) {
            throw new NotFoundException("Case " + timeline.assessmentId() + " owes no letter numbered " + place.get() + ".");
        }
        AssessmentTimeline.Step step = steps.get(place.get() - 1);
        SaneDates.require("on", on);
        if (on.isBefore(step.occurredOn())) {
            throw new InvalidRequestException("on", "A letter cannot be dated " + on + ", before the decision it tells of ("
                    + step.occurredOn() + ").");
        }
        Child child = children.of(timeline, actor);
        if (!child.shown()) {
            throw new ConflictException(child.erased() ? "personal-data-erased" : "child-not-shown",
                    "This letter names the child, whose name " + (child.erased() ? "has been erased." : "you may not see."));
        }
        if (notice.get().statesReasons() && (step.note() == null || step.note().isBlank())) {
            throw new ConflictException("reasons-not-recorded", "This notice must give the reasons for the decision ("
                    + notice.get().law() + "), and none were recorded with it: record them with the step first.");
        }
        String officer = timeline.holder() == null ? null : timeline.holder().officer();
        LocalDate finalPlanDue = timeline.reopening().isPresent() ? null : timeline.due().finalPlan();
        return new Letter(letterId, timeline.assessmentId(), notice.get(), child.name(), timeline.reference(),
                step.occurredOn(), step.note(), officer, on, finalPlanDue, area);
    }

    private AssessmentTimeline known(String caseId) {
        AssessmentTimeline timeline = assessments.current(caseId);
        if (timeline == null) {
            throw new NotFoundException("No assessment " + caseId + " is known (yet) to the read side.");
        }
        return timeline;
    }

    private static Optional<Integer> number(String text) {
        if (!text.matches("[1-9][0-9]{0,3}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }
}
