package uk.ehcworkflow.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class ReadModelScanTest {

    /** A made-up read model document: a plan and whether it is still in force. */
    record Plan(String planId, boolean active) {
    }

    @Test
    void every_document_kept_is_handed_over_once_in_batches_of_bounded_size() {
        try (ProjectionHarness store = new ProjectionHarness()) {
            MongoCollection<Document> plans = store.database().getCollection("plans");
            List<Document> many = new ArrayList<>();
            for (int i = 0; i < 2 * ReadModelScan.BATCH + 403; i++) {
                many.add(store.documents().toDocument("plan-" + i, new Plan("plan-" + i, i % 3 != 0)));
            }
            plans.insertMany(many);

            List<Integer> sizes = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            ReadModelScan.inBatches(plans, store.documents(), Plan.class, Plan::active, batch -> {
                sizes.add(batch.size());
                batch.forEach(plan -> seen.add(plan.planId()));
            });

            assertThat(seen).hasSize(935).doesNotHaveDuplicates().doesNotContain("plan-0", "plan-3")
                    .contains("plan-1", "plan-1402");
            assertThat(sizes).containsExactly(ReadModelScan.BATCH, 435);
        }
    }
}
