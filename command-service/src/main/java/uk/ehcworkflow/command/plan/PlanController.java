package uk.ehcworkflow.command.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import uk.ehcworkflow.command.assessment.ExceptionRequest;
import uk.ehcworkflow.command.assessment.LetterSentRequest;
import uk.ehcworkflow.command.caseload.AssignmentRequest;
import uk.ehcworkflow.command.child.ChildProfileRequest;
import uk.ehcworkflow.command.common.AggregateQuestions;
import uk.ehcworkflow.command.web.CommandSender;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.plan.CessationReason;
import uk.ehcworkflow.events.plan.PhaseTransfer;
import uk.ehcworkflow.events.plan.PlanStep;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.events.plan.SenNeed;
import uk.ehcworkflow.events.privacy.PersonalDetails;

/** The case officer's HTTP API for a plan's life after issue: reviews, amendments, transfers, re-assessment, ceasing. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final CommandSender commands;
    private final Repository<Plan> plans;
    private final Clock clock;

    PlanController(CommandSender commands, Repository<Plan> plans, Clock clock) {
        this.commands = commands;
        this.plans = plans;
        this.clock = clock;
    }

    record RegisterRequest(@NotBlank @Size(max = 200) String childName, @NotNull @PastOrPresent LocalDate dateOfBirth,
                           @NotNull LocalDate issuedOn, LocalDate lastReviewDecisionOn, LocalDate transferredInOn,
                           @Size(max = 200) String fromAuthority, @PastOrPresent LocalDate requestReceivedOn,
                           RequestSource requestSource) {
    }

    record MeetingRequest(@NotNull LocalDate heldOn) {
    }

    record DecisionRequest(@NotNull ReviewDecision decision, @NotNull LocalDate decidedOn, LocalDate noticeSentOn) {
    }

    /** The family's answer to proposed amendments or to a re-assessment's draft. */
    record AnswerRequest(@NotNull LocalDate receivedOn, @NotNull DraftResponse requests) {
    }

    record IssueRequest(@NotNull LocalDate issuedOn) {
    }

    record WithdrawalRequest(@NotNull LocalDate decidedOn, @NotBlank @Size(max = 2000) String reason) {
    }

    record TransferRequest(@NotNull PhaseTransfer transfer, @Min(2000) @Max(2100) Integer transferYear, LocalDate moveOn) {
    }

    /** Before the transfer's amended plan was asked for, the setting's naming was posted; it is that plan. */
    record NamingRequest(@NotNull LocalDate namedOn, @NotBlank @Size(max = 200) String setting) {
    }

    /** @param placement where the amended plan places the child, recorded as a placement; optional */
    record TransferPlanRequest(@NotNull LocalDate issuedOn, @NotBlank @Size(max = 200) String setting,
                               @Valid PlacementRequest placement) {
    }

    record TransferNoticeRequest(@NotNull LocalDate sentOn) {
    }

    record DraftRequest(@NotNull LocalDate servedOn) {
    }

    record NotAmendedRequest(@NotNull LocalDate decidedOn) {
    }

    record CessationRequest(@NotNull LocalDate ceasedOn, @NotNull CessationReason reason, LocalDate leftEducationOn) {
    }

    record CessationDecisionRequest(@NotNull LocalDate decidedOn, @NotNull CessationReason reason) {
    }

    record ReassessmentRequest(@NotNull LocalDate receivedOn) {
    }

    record ReassessmentDecisionRequest(@NotNull Boolean reassess, @NotNull LocalDate decidedOn) {
    }

    record ErasureRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record NeedsRequest(@NotNull SenNeed primary, SenNeed secondary, @NotNull LocalDate from) {
    }

    record PlacementEndRequest(@NotNull LocalDate leavingOn) {
    }

    record PersonalBudgetRequest(@NotNull Boolean agreed, Boolean organisedArrangements, Boolean directPayments,
                                 @NotNull LocalDate from) {
    }

    /** What the plan's page may offer today, and the re-assessment its re-assessment steps are about. */
    record NextSteps(List<PlanStep> steps, String reassessmentId) {
    }

    @GetMapping("/{planId}/next-steps")
    NextSteps nextSteps(@PathVariable String planId) {
        return AggregateQuestions.ask(plans, new PlanId(planId).toString(),
                plan -> new NextSteps(plan.nextSteps(LocalDate.now(clock)), plan.currentReassessment()),
                "No plan " + planId + " is known.");
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> register(@Valid @RequestBody RegisterRequest body, HttpServletRequest http) {
        String planId = UUID.randomUUID().toString();
        commands.send(new RegisterPlan(new PlanId(planId), new PersonalDetails(body.childName().strip(), body.dateOfBirth()),
                body.issuedOn(), body.lastReviewDecisionOn(), body.transferredInOn(),
                body.fromAuthority() == null || body.fromAuthority().isBlank() ? null : body.fromAuthority().strip(),
                body.requestReceivedOn(), body.requestSource()), http);
        return Map.of("planId", planId);
    }

    @PostMapping("/{planId}/review-meetings")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void holdMeeting(@PathVariable String planId, @Valid @RequestBody MeetingRequest body, HttpServletRequest http) {
        commands.send(new HoldReviewMeeting(new PlanId(planId), body.heldOn()), http);
    }

    @PostMapping("/{planId}/review-decisions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decide(@PathVariable String planId, @Valid @RequestBody DecisionRequest body, HttpServletRequest http) {
        commands.send(new NotifyReviewDecision(new PlanId(planId), body.decision(), body.decidedOn(), body.noticeSentOn()),
                http);
    }

    @PostMapping("/{planId}/amendment-response")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void amendmentResponse(@PathVariable String planId, @Valid @RequestBody AnswerRequest body,
                           HttpServletRequest http) {
        commands.send(new RecordAmendmentResponse(new PlanId(planId), body.receivedOn(), body.requests()), http);
    }

    @PostMapping("/{planId}/amended-plans")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void issueAmended(@PathVariable String planId, @Valid @RequestBody IssueRequest body, HttpServletRequest http) {
        commands.send(new IssueAmendedPlan(new PlanId(planId), body.issuedOn()), http);
    }

    @PostMapping("/{planId}/amendments-withdrawn")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable String planId, @Valid @RequestBody WithdrawalRequest body, HttpServletRequest http) {
        commands.send(new WithdrawAmendments(new PlanId(planId), body.decidedOn(), body.reason()), http);
    }

    @PostMapping("/{planId}/phase-transfer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setTransfer(@PathVariable String planId, @Valid @RequestBody TransferRequest body, HttpServletRequest http) {
        commands.send(new SetPhaseTransfer(new PlanId(planId), body.transfer(), body.transferYear(), body.moveOn()), http);
    }

    @PostMapping("/{planId}/phase-transfer/amended-plan")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void issueTransferPlan(@PathVariable String planId, @Valid @RequestBody TransferPlanRequest body,
                           HttpServletRequest http) {
        commands.send(new IssueTransferPlan(new PlanId(planId), body.issuedOn(), body.setting().strip(),
                body.placement() == null ? null : PlacementRequest.newId(), PlacementRequest.placementOf(body.placement())),
                http);
    }

    /** The earlier address: the day the setting was named is taken as the day its amended plan was issued. */
    @PostMapping("/{planId}/phase-transfer/setting-named")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void nameSetting(@PathVariable String planId, @Valid @RequestBody NamingRequest body, HttpServletRequest http) {
        commands.send(new IssueTransferPlan(new PlanId(planId), body.namedOn(), body.setting().strip(), null, null), http);
    }

    @PostMapping("/{planId}/transfer-notice")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void transferNotice(@PathVariable String planId, @Valid @RequestBody TransferNoticeRequest body,
                        HttpServletRequest http) {
        commands.send(new RecordTransferNotice(new PlanId(planId), body.sentOn()), http);
    }

    /** The letter the plan's event numbered {@code event} owed was sent: the query service posts it with the PDF's digest (ADR 44). */
    @PostMapping("/{planId}/letters/{event}/sent")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void letterSent(@PathVariable String planId, @PathVariable int event, @Valid @RequestBody LetterSentRequest body,
                    HttpServletRequest http) {
        commands.send(new RecordPlanLetterSent(new PlanId(planId), event, body.sentOn(), body.channel(), body.servedOn(),
                body.pdfSha256()), http);
    }

    @PostMapping("/{planId}/cessation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cease(@PathVariable String planId, @Valid @RequestBody CessationRequest body, HttpServletRequest http) {
        commands.send(new CeasePlan(new PlanId(planId), body.ceasedOn(), body.reason(), body.leftEducationOn()), http);
    }

    @PostMapping("/{planId}/cessation-decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decideCessation(@PathVariable String planId, @Valid @RequestBody CessationDecisionRequest body,
                         HttpServletRequest http) {
        commands.send(new DecideCessation(new PlanId(planId), body.decidedOn(), body.reason()), http);
    }

    @PostMapping("/{planId}/reassessments")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> requestReassessment(@PathVariable String planId, @Valid @RequestBody ReassessmentRequest body,
                                            HttpServletRequest http) {
        String reassessmentId = UUID.randomUUID().toString();
        commands.send(new RequestReassessment(new PlanId(planId), reassessmentId, body.receivedOn()), http);
        return Map.of("reassessmentId", reassessmentId);
    }

    @PostMapping("/{planId}/reassessments/{reassessmentId}/decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decideReassessment(@PathVariable String planId, @PathVariable String reassessmentId,
                            @Valid @RequestBody ReassessmentDecisionRequest body, HttpServletRequest http) {
        commands.send(new DecideReassessment(new PlanId(planId), reassessmentId, body.reassess(), body.decidedOn()), http);
    }

    @PostMapping("/{planId}/reassessments/{reassessmentId}/draft")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void serveReassessmentDraft(@PathVariable String planId, @PathVariable String reassessmentId,
                                @Valid @RequestBody DraftRequest body, HttpServletRequest http) {
        commands.send(new ServeReassessmentDraft(new PlanId(planId), reassessmentId, body.servedOn()), http);
    }

    @PostMapping("/{planId}/reassessments/{reassessmentId}/draft-response")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answerReassessmentDraft(@PathVariable String planId, @PathVariable String reassessmentId,
                                 @Valid @RequestBody AnswerRequest body, HttpServletRequest http) {
        commands.send(new RecordReassessmentDraftResponse(new PlanId(planId), reassessmentId, body.receivedOn(),
                body.requests()), http);
    }

    @PostMapping("/{planId}/reassessments/{reassessmentId}/not-amended")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decideNotToAmend(@PathVariable String planId, @PathVariable String reassessmentId,
                          @Valid @RequestBody NotAmendedRequest body, HttpServletRequest http) {
        commands.send(new DecideNotToAmend(new PlanId(planId), reassessmentId, body.decidedOn()), http);
    }

    @PostMapping("/{planId}/reassessments/{reassessmentId}/final-plan")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void issueReassessed(@PathVariable String planId, @PathVariable String reassessmentId,
                         @Valid @RequestBody IssueRequest body, HttpServletRequest http) {
        commands.send(new IssueReassessedPlan(new PlanId(planId), reassessmentId, body.issuedOn()), http);
    }

    /** The child's details the returns ask for: the fields given replace what was recorded, the rest stay. */
    /** Puts the plan in an officer's caseload (officers and managers). */
    @PutMapping("/{planId}/assignment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assign(@PathVariable String planId, @Valid @RequestBody AssignmentRequest body, HttpServletRequest http) {
        commands.send(new AssignPlan(new PlanId(planId), body.officer().strip(), body.teamOrNone()), http);
    }

    @PutMapping("/{planId}/child")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordChild(@PathVariable String planId, @Valid @RequestBody ChildProfileRequest body, HttpServletRequest http) {
        commands.send(new RecordPlanChildProfile(new PlanId(planId), body.profile()), http);
    }

    @PostMapping("/{planId}/needs")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordNeeds(@PathVariable String planId, @Valid @RequestBody NeedsRequest body, HttpServletRequest http) {
        commands.send(new RecordNeeds(new PlanId(planId), body.primary(), body.secondary(), body.from()), http);
    }

    @PostMapping("/{planId}/placements")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> startPlacement(@PathVariable String planId, @Valid @RequestBody PlacementRequest body,
                                       HttpServletRequest http) {
        String placementId = PlacementRequest.newId();
        commands.send(new StartPlacement(new PlanId(planId), placementId, body.placement()), http);
        return Map.of("placementId", placementId);
    }

    /** Ends a placement: the child's last day there. */
    @PutMapping("/{planId}/placements/{placementId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void endPlacement(@PathVariable String planId, @PathVariable String placementId,
                      @Valid @RequestBody PlacementEndRequest body, HttpServletRequest http) {
        commands.send(new EndPlacement(new PlanId(planId), placementId, body.leavingOn()), http);
    }

    @PutMapping("/{planId}/personal-budget")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordPersonalBudget(@PathVariable String planId, @Valid @RequestBody PersonalBudgetRequest body,
                              HttpServletRequest http) {
        commands.send(new RecordPersonalBudget(new PlanId(planId), body.agreed(),
                Boolean.TRUE.equals(body.organisedArrangements()), Boolean.TRUE.equals(body.directPayments()), body.from()),
                http);
    }

    /** An administrator erases a registered plan's child's name and date of birth (an erasure request, or retention ended). */
    @PostMapping("/{planId}/erasure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(@PathVariable String planId, @Valid @RequestBody ErasureRequest body, HttpServletRequest http) {
        commands.send(new ErasePlanPersonalData(new PlanId(planId), body.reason()), http);
    }

    @PostMapping("/{planId}/reassessments/{reassessmentId}/exceptions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void excuse(@PathVariable String planId, @PathVariable String reassessmentId,
                @Valid @RequestBody ExceptionRequest body, HttpServletRequest http) {
        commands.send(new ExcuseReassessmentDeadline(new PlanId(planId), reassessmentId, body.deadline(), body.reason(),
                body.adviceRequestId(), body.from(), body.to(), body.note()), http);
    }
}
