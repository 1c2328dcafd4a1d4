package uk.ehcworkflow.query.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionViewsTest {

    @Test
    void actions_are_in_plan_order_with_numeric_parts_compared_by_value() {
        List<String> references = new ArrayList<>(List.of("2.10", "10.1", "2.9", "2.1-a", "2.1"));
        references.sort(ActionViews::compareReferences);
        assertThat(references).containsExactly("2.1", "2.1-a", "2.9", "2.10", "10.1");
    }

    @Test
    void a_reference_with_a_part_too_long_for_a_number_still_sorts_instead_of_failing_every_reader() {
        List<String> references = new ArrayList<>(List.of("1000000000000000000000000000000", "999", "0002"));
        references.sort(ActionViews::compareReferences);
        assertThat(references).containsExactly("0002", "999", "1000000000000000000000000000000");
    }
}
