package uk.ehcworkflow.query.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.plan.PlanStep;
import uk.ehcworkflow.query.pages.StepForm;

/** The plan's page and the plan aggregate name steps alike: the page offers what the aggregate answers, by name. */
class PlanStepFormsTest {

    @Test
    void every_step_a_plan_can_accept_has_a_form_and_every_form_is_a_step_the_plan_knows() {
        assertThat(EhcPlanPages.FORMS.all()).extracting(StepForm::step).containsExactlyInAnyOrder(PlanStep.values());
    }
}
