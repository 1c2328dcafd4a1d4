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
import uk.ehcworkflow.query.readmodel.ProjectionHarness;

class AuditLogProjectionTest {

    private ProjectionHarness harness;
    private AuditLogProjection projection;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness();
        projection = new AuditLogProjection(harness.collections(), Clock.system(ZoneId.of("Europe/London")));
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

    @Test
    void a_busy_day_is_filed_in_sealed_chunks_so_a_new_entry_never_rewrites_the_whole_day() {
        int cases = Postings.CHUNK * 2 + 50;
        for (int c = 0; c < cases; c++) {
            harness.append(CaseFacts.received("busy-" + c, LocalDate.of(2024, 3, 18)).events());
        }
        for (int from = 0; from < harness.size(); from += 100) {
            harness.deliver(projection, from, Math.min(harness.size(), from + 100));
        }

        Postings day = postings(AuditIndex.day(null, LocalDate.of(2024, 3, 20)));
        assertThat(day.refs().size()).isLessThanOrEqualTo(Postings.CHUNK);
        assertThat(day.sealed()).isEqualTo(2);
        assertThat(filedUnder(AuditIndex.day(null, LocalDate.of(2024, 3, 20)))).hasSize(cases + 2);
        AuditTrailReader trail = new AuditTrailReader(harness.database(), harness.documents());
        AuditTrailReader.Search everything = new AuditTrailReader.Search(null, null, null, null, null, null);
        assertThat(trail.search(everything, 1, 200, ZoneId.of("Europe/London")).entries().get(0).aggregateId())
                .isEqualTo("busy-" + (cases - 1));
        assertThat(trail.search(everything, 3, 200, ZoneId.of("Europe/London")).entries()).hasSize(cases + 2 - 400);
    }

    @Test
    void a_batch_delivered_again_after_its_entries_were_sealed_files_none_of_them_twice() {
        for (int c = 0; c < Postings.CHUNK + 20; c++) {
            harness.append(CaseFacts.received("busy-" + c, LocalDate.of(2024, 3, 18)).events());
        }
        harness.deliver(projection, 0, 200);
        harness.deliver(projection, 200, harness.size());

        harness.deliver(projection, 200, harness.size());
        harness.deliver(projection, 150, harness.size());

        List<String> filed = filedUnder(AuditIndex.day(null, LocalDate.of(2024, 3, 20)));
        assertThat(filed).hasSize(harness.size()).doesNotHaveDuplicates();
    }

    private Postings postings(String key) {
        Document stored = harness.database().getCollection(AuditIndex.POSTINGS).find(new Document("_id", key)).first();
        return harness.documents().fromDocument(stored, Postings.class);
    }

    /** The ids filed under a key: its open part and every chunk it names. */
    private List<String> filedUnder(String key) {
        Postings head = postings(key);
        List<String> ids = new ArrayList<>(head.refs().stream().map(Postings.Ref::id).toList());
        head.chunkIds(key).forEach(chunk -> ids.addAll(postings(chunk).refs().stream().map(Postings.Ref::id).toList()));
        return ids;
    }
}
