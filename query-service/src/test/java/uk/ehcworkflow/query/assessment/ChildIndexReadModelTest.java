package uk.ehcworkflow.query.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.AssessmentEvent;
import uk.ehcworkflow.events.assessment.PersonalDataErased;
import uk.ehcworkflow.events.privacy.PersonalDetails;
import uk.ehcworkflow.query.readmodel.DerivedDifference;
import uk.ehcworkflow.query.readmodel.ProjectionHarness;

@DisplayName("The child index: a child found by the start of their names, or by birth, opening only the cases it names")
class ChildIndexReadModelTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);

    private final TestKeyStore keyStore = new TestKeyStore();
    private ProjectionHarness harness;
    private AssessmentTimelineProjection projection;
    private ChildIndexReader reader;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness();
        projection = new AssessmentTimelineProjection(harness.collections(), keyStore.childIndex());
        reader = keyStore.reader(harness.database());
        named("sam", "Sam Okafor", LocalDate.of(2012, 3, 4));
        named("zoe", "Noëlle Smith-Jones", LocalDate.of(2010, 9, 1));
        named("brien", "Aoife O'Brien", LocalDate.of(2015, 1, 20));
        named("grown-up", "Old Invented", LocalDate.of(1990, 1, 2));
    }

    @AfterEach
    void tearDown() {
        harness.close();
        keyStore.close();
    }

    private void named(String id, String name, LocalDate born) {
        harness.append(CaseFacts.received(id, RECEIVED).child(keyStore.seal(id, name, born)).events());
    }

    /** What the page shows: the cases the index names, opened and checked against what was typed. */
    private Set<String> found(String typed) {
        Set<String> candidates = reader.mayBeNamed(ChildIndex.CASES, typed);
        Map<String, PersonalDetails> opened = keyStore.childDetails().openedForIndex(candidates.stream()
                .collect(Collectors.toMap(id -> id, id -> harness.events(uk.ehcworkflow.events.assessment.AssessmentOpened.class)
                        .stream().filter(event -> event.assessmentId().equals(id)).findFirst().orElseThrow().child())));
        return opened.entrySet().stream().filter(entry -> ChildIndex.matches(entry.getValue().name(), typed))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    @Test
    void a_child_is_found_by_the_start_of_any_of_their_names_in_any_case_without_accents_or_apostrophes() {
        harness.deliver(projection, 0, harness.size());

        assertThat(found("sam")).containsExactly("sam");
        assertThat(found("OKA")).containsExactly("sam");
        assertThat(found("sam ok")).containsExactly("sam");
        assertThat(found("noel jones")).containsExactly("zoe");
        assertThat(found("smith-jo")).containsExactly("zoe");
        assertThat(found("o'bri")).containsExactly("brien");
        assertThat(found("obri")).containsExactly("brien");
        assertThat(found("kafor")).as("the middle of a name is not its start").isEmpty();
        assertThat(found("sam smith")).as("every word typed begins one of the names").isEmpty();
    }

    @Test
    void the_index_holds_keyed_hashes_of_two_letters_not_names_and_a_few_entries_a_child() {
        harness.deliver(projection, 0, harness.size());

        List<String> ids = stored();
        assertThat(ids).filteredOn(id -> id.endsWith("|sam|0") || id.endsWith("|sam|1") || id.endsWith("|sam|2"))
                .as("a name entry for each of two names and one for the decade of birth")
                .hasSize(3).allMatch(id -> id.matches("(name\\|[0-9a-f]{2}|born\\|[0-9a-f]{4})\\|sam\\|\\d"));
        assertThat(String.join(" ", ids) + harness.database().getCollection(ChildIndex.CASES).find().into(new ArrayList<>()))
                .doesNotContainIgnoringCase("sam|o").doesNotContainIgnoringCase("okafor").doesNotContain("2012").doesNotContain("2010");
    }

    @Test
    void an_erased_child_leaves_the_index_and_a_batch_delivered_again_writes_the_same() {
        harness.deliver(projection, 0, harness.size());
        List<String> once = stored();
        harness.deliver(projection, 0, harness.size());
        assertThat(stored()).isEqualTo(once);

        keyStore.erase("zoe");
        harness.append(List.<AssessmentEvent>of(new PersonalDataErased("zoe", "made-up request")));
        harness.deliver(projection, harness.size() - 1, harness.size());

        assertThat(reader.mayBeNamed(ChildIndex.CASES, "noelle smith")).doesNotContain("zoe");
        assertThat(stored()).noneMatch(id -> id.contains("|zoe|")).contains("record|sam");
    }

    @Test
    void the_children_born_long_enough_ago_are_read_from_their_decades_of_birth() {
        harness.deliver(projection, 0, harness.size());

        assertThat(reader.mayBeBornBy(ChildIndex.CASES, LocalDate.of(1995, 12, 7))).containsExactly("grown-up");
        assertThat(reader.mayBeBornBy(ChildIndex.CASES, LocalDate.of(2009, 12, 31))).containsExactly("grown-up");
        assertThat(reader.mayBeBornBy(ChildIndex.CASES, LocalDate.of(2010, 1, 1)))
                .as("a decade is read whole: the page checks each date").containsExactlyInAnyOrder("grown-up", "zoe", "sam", "brien");
    }

    @Test
    void a_reconciliation_finds_a_case_whose_index_entries_are_not_those_its_child_owes() {
        harness.deliver(projection, 0, harness.size());
        Map<String, Long> atHead = projection.eventsPerAggregate();
        assertThat(projection.derivedDifferences(atHead)).isEmpty();

        harness.database().getCollection(ChildIndex.CASES).deleteOne(Filters.eq("_id", "record|sam"));
        assertThat(projection.derivedDifferences(atHead)).extracting(DerivedDifference::recordId).containsExactly("sam");
    }

    private List<String> stored() {
        return harness.database().getCollection(ChildIndex.CASES).find()
                .map(document -> document.getString("_id")).into(new ArrayList<>()).stream().sorted().toList();
    }
}
