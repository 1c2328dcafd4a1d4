package uk.ehcworkflow.query.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.platform.problem.NotFoundException;

class StepFormsTest {

    private enum Step { HELD, DECIDED }

    private static final StepForm<Step> HELD = new StepForm<>(Step.HELD, "Held", "held", List.of("heldOn"), "heldOn");

    @Test
    void a_step_the_aggregate_names_without_a_form_stops_the_page_class_loading() {
        assertThatThrownBy(() -> new StepForms<>(Step.class, "a made-up page", HELD))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DECIDED");
    }

    @Test
    void a_form_is_found_by_the_slug_in_its_address_and_an_unknown_slug_is_a_page_not_found() {
        StepForms<Step> forms = new StepForms<>(Step.class, "a made-up page", HELD,
                new StepForm<>(Step.DECIDED, "Decided", "decided", List.of("decidedOn"), "decidedOn"));
        assertThat(forms.ofSlug("decided").step()).isEqualTo(Step.DECIDED);
        assertThatThrownBy(() -> forms.ofSlug("no-such-step")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("a made-up page");
    }
}
