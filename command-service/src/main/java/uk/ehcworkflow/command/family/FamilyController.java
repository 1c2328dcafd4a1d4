package uk.ehcworkflow.command.family;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.command.plan.PlanId;
import uk.ehcworkflow.command.web.CommandSender;
import uk.ehcworkflow.events.assessment.AdviceFileType;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.Relationship;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.platform.problem.NotFoundException;

/**
 * Inviting a family onto their case, and what a family member signed in to the pages may do there
 * (ADR 43). The officer's addresses are under the case's; the family's under {@code /api/family},
 * which only a family member's page token reaches.
 */
@RestController
class FamilyController {

    private final CommandSender commands;
    private final FamilyMail mail;
    private final FamilyAdviceFiles files;

    FamilyController(CommandSender commands, FamilyMail mail, FamilyAdviceFiles files) {
        this.commands = commands;
        this.mail = mail;
        this.files = files;
    }

    record InvitationRequest(@NotNull @Size(max = 320) String email, @NotNull Relationship relationship) {
    }

    record WithdrawalRequest(@Size(max = 2000) String reason) {
    }

    record DraftAnswer(@NotNull DraftResponse requests) {
    }

    /** @param file the file's bytes in base64, or null with none */
    record AdviceRequest(@Size(max = 20_000) String views, @Size(max = 1000) String fileName, String file) {
    }

    @PostMapping("/api/assessments/{assessmentId}/family-invitations")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> invite(@PathVariable String assessmentId, @Valid @RequestBody InvitationRequest body,
                               HttpServletRequest http) {
        String invitationId = UUID.randomUUID().toString();
        commands.send(new InviteFamilyMember(assessmentId, invitationId, body.email(), body.relationship()), http);
        return Map.of("invitationId", invitationId);
    }

    @PostMapping("/api/assessments/{assessmentId}/family-invitations/{invitationId}/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable String assessmentId, @PathVariable String invitationId,
                  @Valid @RequestBody WithdrawalRequest body, HttpServletRequest http) {
        commands.send(new WithdrawFamilyInvitation(assessmentId, invitationId, body.reason()), http);
    }

    /** How the emails to the case's family went: sent, waiting to be tried again (and why), or given up. No addresses. */
    @GetMapping("/api/assessments/{assessmentId}/family-mail")
    List<FamilyMail.Sending> sendings(@PathVariable String assessmentId) {
        return mail.ofCase(assessmentId);
    }

    @PostMapping("/api/family/cases/{assessmentId}/acceptance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void accept(@PathVariable String assessmentId, HttpServletRequest http) {
        commands.send(new AcceptFamilyInvitation(assessmentId), http);
    }

    @PostMapping("/api/family/disputes/{disputeId}/mediation-request")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void askForMediation(@PathVariable String disputeId, HttpServletRequest http) {
        commands.send(new AskForMediation(disputeId), http);
    }

    @PostMapping("/api/family/plans/{planId}/amendment-response")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answerAmendments(@PathVariable String planId, @Valid @RequestBody DraftAnswer body, HttpServletRequest http) {
        commands.send(new AnswerProposedAmendments(new PlanId(planId), body.requests()), http);
    }

    @PostMapping("/api/family/cases/{assessmentId}/draft-response")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answerDraft(@PathVariable String assessmentId, @Valid @RequestBody DraftAnswer body, HttpServletRequest http) {
        commands.send(new AnswerDraft(assessmentId, body.requests()), http);
    }

    /** A family member's views and advice, with the file they give (reg 6(1)(a); ADR 45). */
    @PostMapping("/api/family/cases/{assessmentId}/advice")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> giveAdvice(@PathVariable String assessmentId, @Valid @RequestBody AdviceRequest body,
                                   HttpServletRequest http) {
        byte[] file;
        try {
            file = body.file() == null ? null : Base64.getDecoder().decode(body.file());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("file", "file must be the file's bytes in base64.");
        }
        String adviceId = UUID.randomUUID().toString();
        commands.send(new GiveFamilyAdvice(assessmentId, adviceId, body.views(), body.fileName(), file), http);
        return Map.of("adviceId", adviceId);
    }

    /**
     * The file a family gave with their advice, for the officers who work the case: the service's own
     * name for it, never run in the browser. Gone once the child's data is erased.
     */
    @GetMapping("/api/assessments/{assessmentId}/family-advice/{adviceId}/file")
    ResponseEntity<byte[]> adviceFile(@PathVariable String assessmentId, @PathVariable String adviceId) {
        byte[] content = files.opened(assessmentId, adviceId).orElseThrow(() -> new NotFoundException("Case "
                + assessmentId + " holds no file given as advice " + adviceId + " (or its child's data was erased)."));
        // only accepted kinds were kept, and the only zip accepted is a Word document
        AdviceFileType type = AdviceFileType.of(content, ".docx").orElseThrow();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("family-advice-" + adviceId + type.extension()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
