package uk.ehcworkflow.command.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.quality.ChecklistPublished;
import uk.ehcworkflow.events.quality.ChecklistSection;
import uk.ehcworkflow.events.quality.Criterion;
import uk.ehcworkflow.events.quality.ShippedChecklist;

@DisplayName("The plan-quality checklist: the service's own is version 1, each the area publishes the next, whole")
class ChecklistTest {

    private static final List<ChecklistSection> OURS = List.of(new ChecklistSection("outcomes", "Outcomes",
            List.of(new Criterion("outcomes.smart", "Each outcome is SMART", "CoP 9.66"))));
    private FixtureConfiguration<Checklist> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Checklist.class);
    }

    @Test
    void the_areas_first_version_is_2_and_each_after_it_the_next() {
        fixture.givenNoPriorActivity().when(new PublishChecklist(ShippedChecklist.ID, "Our checklist", OURS))
                .expectEvents(new ChecklistPublished(ShippedChecklist.ID, 2, "Our checklist", OURS));
        fixture.given(new ChecklistPublished(ShippedChecklist.ID, 2, "Our checklist", OURS))
                .when(new PublishChecklist(ShippedChecklist.ID, "Our checklist, revised", OURS))
                .expectEvents(new ChecklistPublished(ShippedChecklist.ID, 3, "Our checklist, revised", OURS))
                .expectState(checklist -> assertThat(checklist.current().version()).isEqualTo(3));
    }

    @Test
    void the_shipped_checklist_covers_each_section_the_regulations_require_and_names_its_sources() {
        ChecklistVersion shipped = ChecklistVersion.shipped();
        assertThat(shipped.version()).isEqualTo(1);
        assertThat(shipped.sections()).extracting(ChecklistSection::id)
                .containsExactly("voice", "needs", "outcomes", "provision", "health-care", "golden-thread");
        assertThat(shipped.criteria()).doesNotHaveDuplicates().contains("outcomes.smart", "provision.specific");
        assertThat(shipped.sections()).allSatisfy(section -> assertThat(section.criteria())
                .allSatisfy(criterion -> assertThat(criterion.guidance()).isNotBlank()));
    }
}
