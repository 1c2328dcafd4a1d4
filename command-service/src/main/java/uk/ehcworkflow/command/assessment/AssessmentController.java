package uk.ehcworkflow.command.assessment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.Repository;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.command.caseload.AssignmentRequest;
import uk.ehcworkflow.command.child.ChildProfileRequest;
import uk.ehcworkflow.command.common.AggregateQuestions;
import uk.ehcworkflow.command.plan.PlacementRequest;
import uk.ehcworkflow.command.web.CommandSender;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.privacy.PersonalDetails;

/** The case officer's and agencies' HTTP API for logging the steps of an assessment. */
@RestController
@RequestMapping("/api/assessments")
class AssessmentController {

    private final CommandSender commands;
    private final CaseReferences references;
    private final Repository<Assessment> assessments;
    private final Clock clock;

    AssessmentController(CommandSender commands, CaseReferences references,
                         Repository<Assessment> assessments, Clock clock) {
        this.commands = commands;
        this.references = references;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** The steps the rules would accept today, so that a form offers nothing the service would refuse. */
    @GetMapping("/{assessmentId}/next-steps")
    Assessment.NextSteps nextSteps(@PathVariable String assessmentId) {
        return AggregateQuestions.ask(assessments, assessmentId, assessment -> assessment.nextSteps(LocalDate.now(clock)),
                "No assessment " + assessmentId + " is known.");
    }

    record OpenRequest(
            @NotBlank @Size(max = 200) String childName,
            @NotNull @PastOrPresent LocalDate dateOfBirth,
            @NotNull LocalDate requestReceivedOn,
            @NotNull RequestSource requestSource,
            Boolean inYouthAccommodation) {
    }

    /**
     * @param requests  with DRAFT_RESPONSE_RECEIVED only: what the family asked for (NONE, SCHOOL or MEETING)
     * @param placement with FINAL_PLAN_ISSUED only: where the plan places the child, recorded on the plan
     */
    record MilestoneRequest(@NotNull Milestone milestone, @NotNull LocalDate occurredOn, @Size(max = 2000) String note,
                            DraftResponse requests, @Valid PlacementRequest placement) {
    }

    record AdviceRequestRequest(@NotNull Agency agency, @NotNull LocalDate requestedOn) {
    }

    record SubmissionRequest(@NotNull LocalDate submittedOn, @Size(max = 4000) String summary) {
    }

    record ErasureRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> open(@Valid @RequestBody OpenRequest body, HttpServletRequest http) {
        String assessmentId = UUID.randomUUID().toString();
        commands.send(new OpenAssessment(assessmentId, body.requestReceivedOn(), body.requestSource(),
                new PersonalDetails(body.childName().strip(), body.dateOfBirth()), body.inYouthAccommodation()), http);
        return Map.of("assessmentId", assessmentId, "reference", references.of(assessmentId).orElseThrow());
    }

    @PostMapping("/{assessmentId}/milestones")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordMilestone(@PathVariable String assessmentId, @Valid @RequestBody MilestoneRequest body,
                         HttpServletRequest http) {
        commands.send(new RecordMilestone(assessmentId, body.milestone(), body.occurredOn(), body.note(),
                body.requests(), body.placement() == null ? null : PlacementRequest.newId(),
                PlacementRequest.placementOf(body.placement())), http);
    }

    /** The notice the case's step numbered {@code step} owed went to the family (ADR 39). */
    @PostMapping("/{assessmentId}/letters/{step}/sent")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordLetterSent(@PathVariable String assessmentId, @PathVariable int step, @Valid @RequestBody LetterSentRequest body,
                          HttpServletRequest http) {
        commands.send(new RecordLetterSent(assessmentId, step, body.sentOn(), body.channel(), body.servedOn(),
                body.pdfSha256()), http);
    }

    @PostMapping("/{assessmentId}/advice-requests")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> requestAdvice(@PathVariable String assessmentId, @Valid @RequestBody AdviceRequestRequest body,
                                      HttpServletRequest http) {
        String adviceRequestId = UUID.randomUUID().toString();
        commands.send(new RequestAdvice(assessmentId, adviceRequestId, body.agency(), body.requestedOn()), http);
        return Map.of("adviceRequestId", adviceRequestId);
    }

    @PostMapping("/{assessmentId}/advice-requests/{adviceRequestId}/submission")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void submitAdvice(@PathVariable String assessmentId, @PathVariable String adviceRequestId,
                      @Valid @RequestBody SubmissionRequest body, HttpServletRequest http) {
        commands.send(new SubmitAdvice(assessmentId, adviceRequestId, body.submittedOn(), body.summary()), http);
    }

    @PostMapping("/{assessmentId}/exceptions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordException(@PathVariable String assessmentId, @Valid @RequestBody ExceptionRequest body,
                         HttpServletRequest http) {
        commands.send(new ExcuseDeadline(assessmentId, body.deadline(), body.reason(), body.adviceRequestId(),
                body.from(), body.to(), body.note()), http);
    }

    /** Puts the case in an officer's caseload (officers and managers). */
    @PutMapping("/{assessmentId}/assignment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assign(@PathVariable String assessmentId, @Valid @RequestBody AssignmentRequest body, HttpServletRequest http) {
        commands.send(new AssignCase(assessmentId, body.officer().strip(), body.teamOrNone()), http);
    }

    /** The child's details the returns ask for: the fields given replace what was recorded, the rest stay. */
    @PutMapping("/{assessmentId}/child")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordChild(@PathVariable String assessmentId, @Valid @RequestBody ChildProfileRequest body, HttpServletRequest http) {
        commands.send(new RecordChildProfile(assessmentId, body.profile()), http);
    }

    /** An administrator erases the child's name and date of birth (an erasure request, or retention ended). */
    @PostMapping("/{assessmentId}/erasure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(@PathVariable String assessmentId, @Valid @RequestBody ErasureRequest body, HttpServletRequest http) {
        commands.send(new ErasePersonalData(assessmentId, body.reason()), http);
    }
}
