package uk.ehcworkflow.query.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.dispute.DisputeStep;
import uk.ehcworkflow.query.pages.StepForm;

/** The dispute's page and the dispute aggregate name steps alike: the page offers what the aggregate answers, by name. */
class DisputeStepFormsTest {

    @Test
    void every_step_a_dispute_can_accept_has_a_form_and_every_form_is_a_step_the_dispute_knows() {
        assertThat(DisputePages.FORMS.all()).extracting(StepForm::step).containsExactlyInAnyOrder(DisputeStep.values());
    }
}
