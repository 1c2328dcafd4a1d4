package uk.ehcworkflow.command.quality;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.command.web.CommandSender;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.quality.AuditedVersion;
import uk.ehcworkflow.events.quality.AuditorKind;
import uk.ehcworkflow.events.quality.ChecklistSection;
import uk.ehcworkflow.events.quality.Criterion;
import uk.ehcworkflow.events.quality.Grade;
import uk.ehcworkflow.events.quality.Score;
import uk.ehcworkflow.events.quality.ShippedChecklist;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

/** Plan quality's HTTP API (ADR 50): the checklist's versions, and each audit from its start to its closing. */
@RestController
class QualityController {

    /** A criterion's or section's id: lower-case words joined by dots or dashes, e.g. {@code outcomes.smart}. */
    private static final String ID = "[a-z0-9]{1,30}([.\\-][a-z0-9]{1,30}){0,4}";

    private final CommandSender commands;
    private final MonthlySampleSchedule samples;

    QualityController(CommandSender commands, MonthlySampleSchedule samples) {
        this.commands = commands;
        this.samples = samples;
    }

    record CriterionRequest(@NotBlank @Pattern(regexp = ID, message = "must be lower-case words joined by dots or dashes, "
            + "e.g. outcomes.smart") String id, @NotBlank @Size(max = 1000) String text, @Size(max = 2000) String guidance) {
    }

    record SectionRequest(@NotBlank @Pattern(regexp = ID, message = "must be lower-case words joined by dots or dashes, "
            + "e.g. golden-thread") String id, @NotBlank @Size(max = 200) String title,
                          @NotEmpty @Size(max = 50) List<@NotNull @Valid CriterionRequest> criteria) {
    }

    record ChecklistRequest(@NotBlank @Size(max = 200) String title, @NotEmpty @Size(max = 30) List<@NotNull @Valid SectionRequest> sections) {
    }

    record StartRequest(@NotNull AuditedVersion audited, @NotNull AuditorKind auditorKind, List<@NotNull Agency> agenciesPresent,
                        @NotNull LocalDate startedOn) {
    }

    record ScoreRequest(@NotBlank @Size(max = 100) String criterionId, @NotNull Score score, @Size(max = 4000) String comment) {
    }

    record GradeRequest(@NotNull Grade grade, @NotNull LocalDate gradedOn, @Size(max = 4000) String summary) {
    }

    record ActionRequest(@NotBlank @Size(max = 2000) String action, @NotBlank @Size(max = 200) String owner,
                         @NotNull LocalDate dueBy) {
    }

    record DoneRequest(@NotNull LocalDate doneOn) {
    }

    record CloseRequest(@NotNull LocalDate closedOn, @Size(max = 100) String reAuditId) {
    }

    record SampleRequest(@NotNull YearMonth month) {
    }

    /** A month's sample drawn by a manager: one the service did not draw on its first working day, or an earlier month's. */
    @PostMapping("/api/quality/samples")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> drawSample(@Valid @RequestBody SampleRequest body, HttpServletRequest http) {
        DrawMonthlySample draw = samples.drawOf(body.month());
        commands.send(draw, http);
        return Map.of("sampleId", draw.sampleId(), "month", body.month().toString());
    }

    /** A new version of the checklist, whole; each criterion's id once in it. */
    @PostMapping("/api/quality/checklist")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void publish(@Valid @RequestBody ChecklistRequest body, HttpServletRequest http) {
        Set<String> ids = new HashSet<>();
        for (int s = 0; s < body.sections().size(); s++) {
            SectionRequest section = body.sections().get(s);
            if (!ids.add(section.id())) {
                throw new InvalidRequestException("sections[" + s + "].id", "'" + section.id() + "' names two sections or "
                        + "criteria; each id is used once.");
            }
            for (int c = 0; c < section.criteria().size(); c++) {
                if (!ids.add(section.criteria().get(c).id())) {
                    throw new InvalidRequestException("sections[" + s + "].criteria[" + c + "].id", "'"
                            + section.criteria().get(c).id() + "' names two sections or criteria; each id is used once.");
                }
            }
        }
        List<ChecklistSection> sections = body.sections().stream().map(section -> new ChecklistSection(section.id(), section.title(),
                section.criteria().stream().map(c -> new Criterion(c.id(), c.text(), c.guidance() == null ? "" : c.guidance()))
                        .toList())).toList();
        commands.send(new PublishChecklist(ShippedChecklist.ID, body.title(), sections), http);
    }

    @PostMapping("/api/plans/{planId}/audits")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> start(@PathVariable String planId, @Valid @RequestBody StartRequest body, HttpServletRequest http) {
        String auditId = UUID.randomUUID().toString();
        commands.send(new StartPlanAudit(auditId, planId, body.audited(), body.auditorKind(),
                body.agenciesPresent() == null ? List.of() : List.copyOf(new LinkedHashSet<>(body.agenciesPresent())),
                body.startedOn()), http);
        return Map.of("auditId", auditId);
    }

    @PostMapping("/api/audits/{auditId}/scores")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void score(@PathVariable String auditId, @Valid @RequestBody ScoreRequest body, HttpServletRequest http) {
        commands.send(new ScoreCriterion(auditId, body.criterionId(), body.score(), body.comment()), http);
    }

    @PostMapping("/api/audits/{auditId}/grade")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void grade(@PathVariable String auditId, @Valid @RequestBody GradeRequest body, HttpServletRequest http) {
        commands.send(new GradeAudit(auditId, body.grade(), body.gradedOn(), body.summary()), http);
    }

    @PostMapping("/api/audits/{auditId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> agree(@PathVariable String auditId, @Valid @RequestBody ActionRequest body, HttpServletRequest http) {
        String actionId = UUID.randomUUID().toString();
        commands.send(new AgreeAuditAction(auditId, actionId, body.action(), body.owner(), body.dueBy()), http);
        return Map.of("actionId", actionId);
    }

    @PostMapping("/api/audits/{auditId}/actions/{actionId}/done")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void done(@PathVariable String auditId, @PathVariable String actionId, @Valid @RequestBody DoneRequest body,
              HttpServletRequest http) {
        commands.send(new CompleteAuditAction(auditId, actionId, body.doneOn()), http);
    }

    @PostMapping("/api/audits/{auditId}/closure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable String auditId, @Valid @RequestBody CloseRequest body, HttpServletRequest http) {
        commands.send(new ClosePlanAudit(auditId, body.closedOn(), body.reAuditId()), http);
    }
}
