package uk.ehcworkflow.command.dispute;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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
import uk.ehcworkflow.command.assessment.LetterSentRequest;
import uk.ehcworkflow.command.caseload.AssignmentRequest;
import uk.ehcworkflow.command.common.AggregateQuestions;
import uk.ehcworkflow.command.web.CommandSender;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.dispute.AppealGround;
import uk.ehcworkflow.events.dispute.AppealOutcome;
import uk.ehcworkflow.events.dispute.AppealableDecision;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.DisputeStep;
import uk.ehcworkflow.events.dispute.MediationOutcome;
import uk.ehcworkflow.events.dispute.TribunalOrder;

/** The case officer's HTTP API for disagreements: mediation, appeals, and carrying out what they settle. */
@RestController
@RequestMapping("/api/disputes")
class DisputeController {

    private final CommandSender commands;
    private final Repository<Dispute> disputes;
    private final Clock clock;

    DisputeController(CommandSender commands, Repository<Dispute> disputes, Clock clock) {
        this.commands = commands;
        this.disputes = disputes;
        this.clock = clock;
    }

    record OpenRequest(@NotBlank @Size(max = 100) String caseId, @NotNull AppealableDecision decision,
                       @NotNull LocalDate decisionLetterOn, LocalDate adviserContactedOn) {
    }

    record CertificateRequest(@NotNull LocalDate issuedOn, @NotNull Boolean mediationHeld,
                              @NotNull MediationOutcome outcome) {
    }

    record AgreementRequest(@NotNull LocalDate agreedOn, @NotBlank @Size(max = 2000) String terms,
                            @NotNull Boolean appealable, TribunalOrder order) {
    }

    record AgreementComplianceRequest(@NotNull LocalDate compliedOn, ComplianceStep step) {
    }

    record AppealRequest(@NotNull LocalDate receivedOn, LocalDate registeredOn,
                         @NotEmpty @Size(max = 8) List<@NotNull AppealGround> grounds) {
    }

    record MediationRequest(@NotNull LocalDate on) {
    }

    record ResponseDueRequest(@NotNull LocalDate dueOn) {
    }

    record NotOpposedRequest(@NotNull LocalDate on) {
    }

    record OutcomeRequest(@NotNull LocalDate decidedOn, LocalDate sentOn, @NotNull AppealOutcome outcome,
                          @NotNull @Size(max = 6) List<@NotNull TribunalOrder> orders) {
    }

    record OrderExceptionRequest(@NotNull TribunalOrder order, @NotNull StatutoryException reason, @NotNull LocalDate from,
                                 LocalDate to, @NotBlank @Size(max = 2000) String note) {
    }

    record ComplianceRequest(@NotNull TribunalOrder order, @NotNull LocalDate compliedOn, ComplianceStep step) {
    }

    /** What the dispute's page may offer today, and the orders still to carry out. */
    record NextSteps(List<DisputeStep> steps, List<TribunalOrder> outstandingOrders) {
    }

    @GetMapping("/{disputeId}/next-steps")
    NextSteps nextSteps(@PathVariable String disputeId) {
        return AggregateQuestions.ask(disputes, disputeId,
                dispute -> new NextSteps(dispute.nextSteps(LocalDate.now(clock)), dispute.outstandingOrders()),
                "No dispute " + disputeId + " is known.");
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> open(@Valid @RequestBody OpenRequest body, HttpServletRequest http) {
        String disputeId = UUID.randomUUID().toString();
        commands.send(new OpenDispute(disputeId, body.caseId().strip(), body.decision(), body.decisionLetterOn(),
                body.adviserContactedOn()), http);
        return Map.of("disputeId", disputeId);
    }

    @PostMapping("/{disputeId}/certificate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void certificate(@PathVariable String disputeId, @Valid @RequestBody CertificateRequest body, HttpServletRequest http) {
        commands.send(new RecordMediationCertificate(disputeId, body.issuedOn(), body.mediationHeld(), body.outcome()), http);
    }

    @PostMapping("/{disputeId}/agreement")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void agreement(@PathVariable String disputeId, @Valid @RequestBody AgreementRequest body, HttpServletRequest http) {
        commands.send(new RecordMediationAgreement(disputeId, body.agreedOn(), body.terms().strip(), body.appealable(),
                body.order()), http);
    }

    @PostMapping("/{disputeId}/agreement/compliance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void agreementCompliance(@PathVariable String disputeId, @Valid @RequestBody AgreementComplianceRequest body,
                             HttpServletRequest http) {
        commands.send(new RecordAgreementCompliance(disputeId, body.compliedOn(), body.step()), http);
    }

    @PostMapping("/{disputeId}/appeal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void appeal(@PathVariable String disputeId, @Valid @RequestBody AppealRequest body, HttpServletRequest http) {
        commands.send(new RegisterAppeal(disputeId, body.receivedOn(), body.registeredOn(),
                body.grounds().stream().distinct().toList()), http);
    }

    /** Puts the dispute in an officer's caseload (officers and managers). */
    @PutMapping("/{disputeId}/assignment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assign(@PathVariable String disputeId, @Valid @RequestBody AssignmentRequest body, HttpServletRequest http) {
        commands.send(new AssignDispute(disputeId, body.officer().strip(), body.teamOrNone()), http);
    }

    @PostMapping("/{disputeId}/mediation-requested")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void mediationRequested(@PathVariable String disputeId, @Valid @RequestBody MediationRequest body,
                            HttpServletRequest http) {
        commands.send(new RecordMediationRequest(disputeId, body.on()), http);
    }

    @PostMapping("/{disputeId}/response-due")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void responseDue(@PathVariable String disputeId, @Valid @RequestBody ResponseDueRequest body, HttpServletRequest http) {
        commands.send(new RecordResponseDue(disputeId, body.dueOn()), http);
    }

    @PostMapping("/{disputeId}/not-opposed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void notOpposed(@PathVariable String disputeId, @Valid @RequestBody NotOpposedRequest body, HttpServletRequest http) {
        commands.send(new DeclineToOppose(disputeId, body.on()), http);
    }

    @PostMapping("/{disputeId}/outcome")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void outcome(@PathVariable String disputeId, @Valid @RequestBody OutcomeRequest body, HttpServletRequest http) {
        commands.send(new RecordAppealOutcome(disputeId, body.decidedOn(), body.sentOn(), body.outcome(),
                List.copyOf(body.orders())), http);
    }

    @PostMapping("/{disputeId}/order-exceptions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void orderException(@PathVariable String disputeId, @Valid @RequestBody OrderExceptionRequest body,
                        HttpServletRequest http) {
        commands.send(new ExcuseOrderDeadline(disputeId, body.order(), body.reason(), body.from(), body.to(),
                body.note().strip()), http);
    }

    @PostMapping("/{disputeId}/compliance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void compliance(@PathVariable String disputeId, @Valid @RequestBody ComplianceRequest body, HttpServletRequest http) {
        commands.send(new RecordOrderCompliance(disputeId, body.order(), body.compliedOn(), body.step()), http);
    }

    /** The letter the dispute's event numbered {@code event} owed was sent: the query service posts it with the PDF's digest (ADR 48). */
    @PostMapping("/{disputeId}/letters/{event}/sent")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void letterSent(@PathVariable String disputeId, @PathVariable int event, @Valid @RequestBody LetterSentRequest body,
                    HttpServletRequest http) {
        commands.send(new RecordDisputeLetterSent(disputeId, event, body.sentOn(), body.channel(), body.servedOn(),
                body.pdfSha256()), http);
    }
}
