package uk.ehcworkflow.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.query.assessment.CaseFacts;
import uk.ehcworkflow.query.readstore.ProjectionHarness;

class AuditLogProjectionTest {

    private ProjectionHarness harness;
    private AuditLogProjection projection;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness();
        projection = new AuditLogProjection(harness.database(), harness.documents(), Clock.system(ZoneId.of("Europe/London")));
        harness.recordAt(Instant.parse("2024-03-20T10:00:00Z"));
        harness.append(CaseFacts.received("case-1", LocalDate.of(2024, 3, 1))
                .step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 3, 5)).events());
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private List<AuditEntry> entries() {
        List<AuditEntry> entries = new ArrayList<>();
        for (Document stored : harness.database().getCollection(AuditLogProjection.COLLECTION).find()
                .sort(new Document("position", 1))) {
            entries.add(harness.documents().fromDocument(stored, AuditEntry.class));
        }
        return entries;
    }

    @Test
    void each_event_is_kept_with_its_business_date_recorded_time_actor_and_how_late_it_was_recorded() {
        harness.deliver(projection, 0, harness.size());

        assertThat(entries()).hasSize(2);
        AuditEntry decision = entries().get(1);
        assertThat(decision.type()).isEqualTo("MilestoneRecorded");
        assertThat(decision.aggregateId()).isEqualTo("case-1");
        assertThat(decision.aggregateType()).isEqualTo("Assessment");
        assertThat(decision.businessDate()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(decision.lagDays()).isEqualTo(15);
        assertThat(decision.recordedMonth()).isEqualTo("2024-03");
        assertThat(decision.actor()).isEqualTo("officer");
        assertThat(decision.description()).isEqualTo("Milestone DECISION_TO_ASSESS on 2024-03-05");
    }

    @Test
    void a_redelivered_event_rewrites_the_same_entry() {
        harness.deliver(projection, 0, harness.size());
        List<AuditEntry> once = entries();

        harness.deliver(projection, 0, harness.size());

        assertThat(entries()).isEqualTo(once);
    }
}
