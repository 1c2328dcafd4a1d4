package uk.ehcworkflow.query.improvement;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.readstore.JsonDocuments;

/** The Written Statement of Action board, each action's state and history, and the highlight report. */
@RestController
@RequestMapping("/api/actions")
class ActionQueryController {

    private final MongoDatabase readStore;
    private final JsonDocuments documents;
    private final Clock clock;

    ActionQueryController(MongoDatabase readStore, JsonDocuments documents, Clock clock) {
        this.readStore = readStore;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping
    List<ActionViews.BoardEntry> board() {
        LocalDate today = LocalDate.now(clock);
        return all().stream().sorted(ActionViews.PLAN_ORDER)
                .map(action -> ActionViews.boardEntry(action, today, clock.getZone())).toList();
    }

    @GetMapping("/{actionId}")
    ActionViews.Action action(@PathVariable String actionId) {
        return ActionViews.action(one(actionId), LocalDate.now(clock), clock.getZone());
    }

    @GetMapping("/{actionId}/history")
    List<ActionRecord.Change> history(@PathVariable String actionId) {
        return one(actionId).history();
    }

    /** JSON by default; a readable page for {@code Accept: text/html}, as a browser sends. */
    @GetMapping("/highlight-report")
    ResponseEntity<?> highlightReport(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestHeader(value = "Accept", required = false) String accept) {
        ActionViews.HighlightReport report = ActionViews.highlightReport(all(),
                asOf != null ? asOf : LocalDate.now(clock), clock.getZone());
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(HighlightReportPage.render(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    private ActionRecord one(String actionId) {
        Document stored = readStore.getCollection(ActionProjection.COLLECTION).find(eq("_id", actionId)).first();
        if (stored == null) {
            throw new NotFoundException("No action " + actionId + " is known (yet) to the read side.");
        }
        return documents.fromDocument(stored, ActionRecord.class);
    }

    private List<ActionRecord> all() {
        List<ActionRecord> actions = new ArrayList<>();
        for (Document stored : readStore.getCollection(ActionProjection.COLLECTION).find()) {
            actions.add(documents.fromDocument(stored, ActionRecord.class));
        }
        return actions;
    }
}
