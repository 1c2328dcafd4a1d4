package uk.ehcworkflow.query.assessment;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.LocalDate;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.readstore.JsonDocuments;

/** Reads one assessment's timeline. */
@RestController
class AssessmentQueryController {

    private final MongoDatabase readStore;
    private final JsonDocuments documents;
    private final Clock clock;

    AssessmentQueryController(MongoDatabase readStore, JsonDocuments documents, Clock clock) {
        this.readStore = readStore;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/api/assessments/{assessmentId}")
    AssessmentTimelineView timeline(@PathVariable String assessmentId) {
        Document stored = readStore.getCollection(AssessmentTimelineProjection.COLLECTION)
                .find(eq("_id", assessmentId)).first();
        if (stored == null) {
            throw new NotFoundException("No assessment " + assessmentId + " is known (yet) to the read side.");
        }
        return AssessmentTimelineView.of(documents.fromDocument(stored, AssessmentRecord.class), LocalDate.now(clock));
    }
}
