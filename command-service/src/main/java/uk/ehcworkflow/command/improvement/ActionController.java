package uk.ehcworkflow.command.improvement;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.command.web.CommandSender;
import uk.ehcworkflow.events.improvement.Rag;
import uk.ehcworkflow.events.improvement.SuccessCriterion;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

/** The improvement lead's HTTP API for the Written Statement of Action. */
@RestController
@RequestMapping("/api/actions")
class ActionController {

    private final CommandSender commands;

    ActionController(CommandSender commands) {
        this.commands = commands;
    }

    /** Figures a measure may take: up to 12 digits before the point and 4 after, e.g. a count or a percentage. */
    private static final int WHOLE_DIGITS = 12;
    private static final int DECIMALS = 4;

    record CriterionRequest(@NotBlank @Size(max = 1000) String description, @Size(max = 200) String measure,
                            @Digits(integer = WHOLE_DIGITS, fraction = DECIMALS) BigDecimal baseline,
                            @Digits(integer = WHOLE_DIGITS, fraction = DECIMALS) BigDecimal target, LocalDate targetDate) {
    }

    record RegisterRequest(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9]{1,6}([.\\-][A-Za-z0-9]{1,6}){0,5}",
                    message = "must be parts of 1 to 6 letters or digits joined by dots or dashes, e.g. 2.1 or 3.2-a")
            String reference,
            @NotBlank @Size(max = 500) String areaOfWeakness,
            @NotBlank @Size(max = 500) String title,
            @NotEmpty List<@NotBlank @Size(max = 200) String> leads,
            @NotNull LocalDate dueBy,
            @NotEmpty List<@NotNull @Valid CriterionRequest> successCriteria) {
    }

    record RagRequest(@NotNull Rag rag, @NotBlank @Size(max = 2000) String reason, @NotNull LocalDate asOf) {
    }

    record ProgressRequest(@NotBlank @Size(max = 4000) String note, List<@NotBlank @Size(max = 1000) String> evidence) {
    }

    record MeasureRequest(@NotBlank @Size(max = 200) String measure,
                          @NotNull @Digits(integer = WHOLE_DIGITS, fraction = DECIMALS) BigDecimal value,
                          @NotNull LocalDate asOf) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> register(@Valid @RequestBody RegisterRequest body, HttpServletRequest http) {
        Set<String> measures = new HashSet<>();
        for (int i = 0; i < body.successCriteria().size(); i++) {
            String measure = body.successCriteria().get(i).measure();
            if (measure != null && !measures.add(measure)) {
                throw new InvalidRequestException("successCriteria[" + i + "].measure",
                        "Two success criteria measure '" + measure + "'; each measure is named once.");
            }
        }
        String actionId = UUID.randomUUID().toString();
        List<SuccessCriterion> criteria = body.successCriteria().stream()
                .map(c -> new SuccessCriterion(c.description(), c.measure(), c.baseline(), c.target(), c.targetDate()))
                .toList();
        commands.send(new RegisterAction(actionId, body.reference(), body.areaOfWeakness(), body.title(),
                List.copyOf(body.leads()), body.dueBy(), criteria), http);
        return Map.of("actionId", actionId);
    }

    @PostMapping("/{actionId}/rag")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeRag(@PathVariable String actionId, @Valid @RequestBody RagRequest body, HttpServletRequest http) {
        commands.send(new ChangeRag(actionId, body.rag(), body.reason(), body.asOf()), http);
    }

    @PostMapping("/{actionId}/progress")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordProgress(@PathVariable String actionId, @Valid @RequestBody ProgressRequest body, HttpServletRequest http) {
        commands.send(new RecordProgress(actionId, body.note(), body.evidence() == null ? List.of() : List.copyOf(body.evidence())), http);
    }

    @PostMapping("/{actionId}/measures")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordMeasure(@PathVariable String actionId, @Valid @RequestBody MeasureRequest body, HttpServletRequest http) {
        commands.send(new RecordMeasure(actionId, body.measure(), body.value(), body.asOf()), http);
    }
}
