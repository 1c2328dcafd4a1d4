package uk.ehcworkflow.command.panel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.command.web.CommandSender;
import uk.ehcworkflow.events.panel.PanelAgency;
import uk.ehcworkflow.events.panel.PanelDecision;
import uk.ehcworkflow.events.panel.PanelKind;

/** The panel clerk's HTTP API: sittings, who attended, what was decided. */
@RestController
@RequestMapping("/api/panels")
class PanelController {

    private final CommandSender commands;

    PanelController(CommandSender commands) {
        this.commands = commands;
    }

    record ScheduleRequest(@NotNull LocalDate heldOn, @NotNull PanelKind kind) {
    }

    record AttendanceRequest(@NotBlank @Size(max = 200) String member, @NotNull PanelAgency agency) {
    }

    record DecisionRequest(@NotBlank @Size(max = 64) String assessmentId, @NotNull PanelDecision decision,
                           @NotBlank @Size(max = 4000) String rationale) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> schedule(@Valid @RequestBody ScheduleRequest body, HttpServletRequest http) {
        String panelId = UUID.randomUUID().toString();
        commands.send(new SchedulePanel(panelId, body.heldOn(), body.kind()), http);
        return Map.of("panelId", panelId);
    }

    @PostMapping("/{panelId}/attendance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void attend(@PathVariable String panelId, @Valid @RequestBody AttendanceRequest body, HttpServletRequest http) {
        commands.send(new RecordAttendance(panelId, body.member().strip(), body.agency()), http);
    }

    @PostMapping("/{panelId}/decisions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decide(@PathVariable String panelId, @Valid @RequestBody DecisionRequest body, HttpServletRequest http) {
        commands.send(new RecordPanelDecision(panelId, body.assessmentId(), body.decision(), body.rationale()), http);
    }
}
