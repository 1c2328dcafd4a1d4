package uk.ehcworkflow.query.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.quality.ShippedChecklist;

class ChecklistTextTest {

    @Test
    void the_shipped_checklist_written_as_lines_reads_back_as_the_same_sections_and_criteria() {
        List<Map<String, Object>> read = ChecklistText.read(ChecklistText.write(ShippedChecklist.SECTIONS));

        assertThat(read).hasSize(ShippedChecklist.SECTIONS.size());
        assertThat(read.get(0)).containsEntry("id", "voice").containsEntry("title", ShippedChecklist.SECTIONS.get(0).title());
        Object firstCriterion = ((List<?>) read.get(2).get("criteria")).get(0);
        assertThat(firstCriterion).asInstanceOf(MAP).containsEntry("id", "outcomes.smart")
                .containsEntry("text", ShippedChecklist.SECTIONS.get(2).criteria().get(0).text())
                .containsEntry("guidance", ShippedChecklist.SECTIONS.get(2).criteria().get(0).guidance());
    }

    @Test
    void a_criterion_without_guidance_has_none_and_a_line_that_is_neither_is_named_by_its_number() {
        assertThat(ChecklistText.read("# outcomes | Outcomes\noutcomes.smart | SMART\n").get(0).get("criteria"))
                .isEqualTo(List.of(Map.of("id", "outcomes.smart", "text", "SMART", "guidance", "")));
        assertThatThrownBy(() -> ChecklistText.read("outcomes.smart | SMART")).hasMessageContaining("Line 1 comes before any section");
        assertThatThrownBy(() -> ChecklistText.read("# outcomes | Outcomes\n\njust words")).hasMessageContaining("Line 3 is not a criterion");
        assertThatThrownBy(() -> ChecklistText.read("# outcomes")).hasMessageContaining("Line 1 begins a section");
    }
}
