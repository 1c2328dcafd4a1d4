package uk.ehcworkflow.query.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.dispute.DisputeStep;
import uk.ehcworkflow.query.pages.PageMessages;
import uk.ehcworkflow.query.pages.StepForm;

/** The dispute's page and the dispute aggregate name steps alike: the page offers what the aggregate answers, by name. */
class DisputeStepFormsTest {

    @Test
    void every_step_a_dispute_can_accept_has_a_form_and_every_form_is_a_step_the_dispute_knows() {
        assertThat(DisputePages.FORMS.all()).extracting(StepForm::step).containsExactlyInAnyOrder(DisputeStep.values());
    }

    @Test
    void every_field_of_every_form_has_its_label_in_the_words_of_the_pages() {
        assertThat(DisputePages.FORMS.all()).flatExtracting(StepForm::fields)
                .filteredOn(field -> !PageMessages.hasLabel(field)).as("fields without a field.NAME in page-messages.properties")
                .isEmpty();
    }
}
