package uk.ehcworkflow.query.improvement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.platform.input.SaneDates;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.common.HtmlPages;
import uk.ehcworkflow.query.common.TimeParameter;

/** The Written Statement of Action board, each action's state and history, and the highlight report. */
@RestController
@RequestMapping("/api/actions")
class ActionQueryController {

    private final ActionReader actions;
    private final HighlightReportPage page;
    private final Clock clock;

    ActionQueryController(ActionReader actions, HighlightReportPage page, Clock clock) {
        this.actions = actions;
        this.page = page;
        this.clock = clock;
    }

    /** The board now, or with {@code asOf} as it was known at that instant, from the recorded times it keeps. */
    @GetMapping
    List<ActionViews.BoardEntry> board(@RequestParam(required = false) String asOf) {
        Instant knownAt = TimeParameter.endOf("asOf", asOf, clock.getZone());
        LocalDate day = day(knownAt);
        return actions.all().stream()
                .map(action -> knownAt == null ? action : action.knownAt(knownAt))
                .filter(Objects::nonNull)
                .sorted(ActionViews.PLAN_ORDER)
                .map(action -> ActionViews.boardEntry(action, day, clock.getZone())).toList();
    }

    /** One action now, or with {@code asOf} rebuilt from the events recorded by that instant. */
    @GetMapping("/{actionId}")
    ActionViews.Action action(@PathVariable String actionId, @RequestParam(required = false) String asOf) {
        Instant knownAt = TimeParameter.endOf("asOf", asOf, clock.getZone());
        if (knownAt == null) {
            return ActionViews.action(one(actionId), LocalDate.now(clock), clock.getZone());
        }
        ActionTimeline rebuilt = actions.rebuild(actionId, knownAt);
        if (rebuilt == null) {
            throw new NotFoundException("Action " + actionId + " had not been registered by " + knownAt + ".");
        }
        return ActionViews.action(rebuilt, day(knownAt), clock.getZone());
    }

    private LocalDate day(Instant knownAt) {
        return knownAt == null ? LocalDate.now(clock) : knownAt.atZone(clock.getZone()).toLocalDate();
    }

    @GetMapping("/{actionId}/history")
    List<ActionTimeline.Change> history(@PathVariable String actionId) {
        return one(actionId).history();
    }

    /** JSON by default; a readable page for {@code Accept: text/html}, as a browser sends. */
    @GetMapping("/highlight-report")
    ResponseEntity<?> highlightReport(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestHeader(value = "Accept", required = false) String accept) {
        ActionViews.HighlightReport report = ActionViews.highlightReport(actions.all(),
                asOf != null ? SaneDates.require("asOf", asOf) : LocalDate.now(clock), clock.getZone());
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return ResponseEntity.ok().contentType(HtmlPages.HTML).body(page.render(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    private ActionTimeline one(String actionId) {
        ActionTimeline action = actions.current(actionId);
        if (action == null) {
            throw new NotFoundException("No action " + actionId + " is known (yet) to the read side.");
        }
        return action;
    }
}
