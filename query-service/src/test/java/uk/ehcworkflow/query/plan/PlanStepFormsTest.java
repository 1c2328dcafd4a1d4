package uk.ehcworkflow.query.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.plan.PlanStep;
import uk.ehcworkflow.query.pages.PageMessages;
import uk.ehcworkflow.query.pages.StepForm;

/** The plan's page and the plan aggregate name steps alike: the page offers what the aggregate answers, by name. */
class PlanStepFormsTest {

    @Test
    void every_step_a_plan_can_accept_has_a_form_and_every_form_is_a_step_the_plan_knows() {
        assertThat(EhcPlanPages.FORMS.all()).extracting(StepForm::step).containsExactlyInAnyOrder(PlanStep.values());
    }

    @Test
    void every_field_of_every_form_has_its_label_in_the_words_of_the_pages() {
        assertThat(EhcPlanPages.FORMS.all()).flatExtracting(StepForm::fields)
                .filteredOn(field -> !PageMessages.hasLabel(field)).as("fields without a field.NAME in page-messages.properties")
                .isEmpty();
    }
}
