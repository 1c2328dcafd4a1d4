package uk.ehcworkflow.query.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class PageFormTest {

    private static PageForm typed(String... namesAndValues) {
        LinkedMultiValueMap<String, String> input = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            input.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return PageForm.of(input, "occurredOn");
    }

    @Test
    void a_govuk_date_input_becomes_one_iso_date_and_the_csrf_token_never_reaches_the_api() {
        PageForm form = typed("occurredOn-day", "3", "occurredOn-month", "6", "occurredOn-year", "2024",
                "milestone", "DECISION_TO_ASSESS", "_csrf", "secret");

        assertThat(form.body("milestone", "occurredOn", "note"))
                .containsExactly(Map.entry("milestone", "DECISION_TO_ASSESS"), Map.entry("occurredOn", "2024-06-03"));
    }

    @Test
    void what_was_typed_goes_to_the_api_as_it_is_so_the_api_judges_it() {
        PageForm form = typed("occurredOn-day", "31", "occurredOn-month", "2", "occurredOn-year", "2024", "note", "  kept  ");

        assertThat(form.body("occurredOn", "note")).containsEntry("occurredOn", "2024-02-31").containsEntry("note", "kept");
        assertThat(typed("occurredOn-day", "x", "occurredOn-month", "", "occurredOn-year", "").body("occurredOn"))
                .containsEntry("occurredOn", "0000-00-x");
        assertThat(typed().body("occurredOn")).isEmpty();
    }

    @Test
    void a_refusal_links_to_the_field_the_api_named_or_to_the_forms_first_field_for_a_rule() {
        PageForm form = typed();

        assertThat(form.errorFor(new CommandRefused(400, "occurredOn", null, "bad date"), "milestone").href())
                .isEqualTo("#occurredOn-day");
        assertThat(form.errorFor(new CommandRefused(409, null, "steps-in-order", "out of order"), "milestone"))
                .isEqualTo(new PageForm.FormError("milestone", "#milestone", "Out of order"));
    }
}
