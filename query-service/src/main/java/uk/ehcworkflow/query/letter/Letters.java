package uk.ehcworkflow.query.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.letter.Notice;
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

    /**
     * A notice the case owes, as a list shows it: no personal data. {@code place} is the step's among
     * the case's steps; {@code sent} the record of its sending, null until it is recorded.
     */
    public record Owed(String letterId, int place, Notice notice, LocalDate decidedOn, boolean appealable,
                       AssessmentTimeline.SentLetter sent) {

        public String caseId() {
            return letterId.substring(0, letterId.lastIndexOf('.'));
        }
    }

    private final AssessmentReader assessments;
    private final ChildDetails children;
    private final AreaDetails area;

    Letters(AssessmentReader assessments, ChildDetails children, AreaDetails area) {
        this.assessments = assessments;
        this.children = children;
        this.area = area;
    }

    /** The case's notices, in the order of the steps that made them (the case page lists them so), each with its sending. */
    public List<Owed> owedBy(String caseId, List<AssessmentTimeline.Step> steps, List<AssessmentTimeline.SentLetter> sent) {
        List<Owed> owed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            AssessmentTimeline.Step step = steps.get(i);
            int place = i + 1;
            AssessmentTimeline.SentLetter sending = sent.stream().filter(letter -> letter.step() == place).findFirst()
                    .orElse(null);
            Notice.after(step.milestone()).ifPresent(notice -> owed.add(new Owed(caseId + "." + place, place, notice,
                    step.occurredOn(), notice.appealable(), sending)));
        }
        return owed;
    }

    /** The case's notices, by the case's id. */
    public List<Owed> owedBy(String caseId) {
        AssessmentTimeline timeline = known(caseId);
        return owedBy(caseId, timeline.milestones(), timeline.lettersSent());
    }

    /** One notice the case owes, by its letter's id. */
    public Owed owed(String letterId) {
        int dot = letterId.lastIndexOf('.');
        if (dot < 1) {
            throw new NotFoundException("No letter " + letterId + ": a letter's id is its case's id, a dot and a number.");
        }
        return owedBy(letterId.substring(0, dot)).stream().filter(owed -> owed.letterId().equals(letterId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No letter " + letterId + " is owed."));
    }

    /** The number of the case's last event the read model has taken in, to wait for the next. */
    long lastSequence(String caseId) {
        return known(caseId).lastSequence();
    }

    /** Waits, briefly, until the read model shows an event of the case after that one. */
    void awaitChange(String caseId, long afterSequence) {
        assessments.awaitChange(caseId, afterSequence);
    }

    /**
     * The letter, dated {@code on} (the request's field {@code dateField}): not before the decision
     * it tells of, and naming the child, so not once the child's personal data has been erased.
     */
    public Letter letter(String letterId, LocalDate on, String dateField, Actor actor) {
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
        SaneDates.require(dateField, on);
        if (on.isBefore(step.occurredOn())) {
            throw new InvalidRequestException(dateField, "A letter cannot be dated " + on + ", before the decision it tells of ("
                    + step.occurredOn() + ").");
        }
        Child child = children.of(timeline, actor);
        if (!child.shown()) {
            throw new ConflictException(child.erased() ? "personal-data-erased" : "child-not-shown",
                    "This letter names the child, whose name " + (child.erased() ? "has been erased." : "you may not see."));
        }
        requireReasons(notice.get(), step);
        String officer = timeline.holder() == null ? null : timeline.holder().officer();
        LocalDate finalPlanDue = timeline.reopening().isPresent() ? null : timeline.due().finalPlan();
        return new Letter(letterId, timeline.assessmentId(), place.get(), notice.get(), child.name(), timeline.reference(),
                step.occurredOn(), step.note(), officer, on, finalPlanDue, area);
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
