package uk.ehcworkflow.command.family;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.command.web.CommandSender;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.Relationship;

/**
 * Inviting a family onto their case, and what a family member signed in to the pages may do there
 * (ADR 43). The officer's addresses are under the case's; the family's under {@code /api/family},
 * which only a family member's page token reaches.
 */
@RestController
class FamilyController {

    private final CommandSender commands;
    private final FamilyMail mail;

    FamilyController(CommandSender commands, FamilyMail mail) {
        this.commands = commands;
        this.mail = mail;
    }

    record InvitationRequest(@NotNull @Size(max = 320) String email, @NotNull Relationship relationship) {
    }

    record WithdrawalRequest(@Size(max = 2000) String reason) {
    }

    record DraftAnswer(@NotNull DraftResponse requests) {
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

    @PostMapping("/api/family/cases/{assessmentId}/draft-response")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answerDraft(@PathVariable String assessmentId, @Valid @RequestBody DraftAnswer body, HttpServletRequest http) {
        commands.send(new AnswerDraft(assessmentId, body.requests()), http);
    }
}
