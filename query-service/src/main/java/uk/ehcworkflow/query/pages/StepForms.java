package uk.ehcworkflow.query.pages;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import uk.ehcworkflow.platform.problem.NotFoundException;

/**
 * The forms of one kind of record's page, one for every step its aggregate names: a step the
 * aggregate could offer with no form here fails when the page class loads, not on the day it is
 * offered.
 */
public final class StepForms<S extends Enum<S>> {

    private final String page;
    private final Map<S, StepForm<S>> forms;

    /** @param page how an error names the page, "a plan's page" */
    @SafeVarargs
    public StepForms(Class<S> steps, String page, StepForm<S>... forms) {
        this.page = page;
        this.forms = new EnumMap<>(steps);
        for (StepForm<S> form : forms) {
            if (this.forms.put(form.step(), form) != null) {
                throw new IllegalStateException("Two forms for " + form.step() + " on " + page);
            }
        }
        List<S> without = Arrays.stream(steps.getEnumConstants()).filter(step -> !this.forms.containsKey(step)).toList();
        if (!without.isEmpty()) {
            throw new IllegalStateException("No form on " + page + " for " + without);
        }
    }

    /** In the order the page lists them. */
    public Collection<StepForm<S>> all() {
        return forms.values();
    }

    /** The form of that slug, or a 404 naming the page it was looked for on. */
    public StepForm<S> ofSlug(String slug) {
        return forms.values().stream().filter(form -> form.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new NotFoundException("No form " + slug + " exists on " + page + "."));
    }

    /**
     * Opens the form a page's {@code ?step=} names, if it is one of the page's {@code nextSteps}
     * (what the record would accept now); otherwise the page opens with no form.
     */
    public void open(String slug, Model model) {
        if (slug != null && model.getAttribute("nextSteps") instanceof List<?> allowed) {
            StepForm<S> chosen = ofSlug(slug);
            if (allowed.contains(chosen.name())) {
                show(chosen, model.asMap());
            }
        }
    }

    /** Puts the form on the page being built: its step's name, and the form itself for its heading and address. */
    public static void show(StepForm<?> form, Map<String, Object> model) {
        model.put("step", form.name());
        model.put("stepForm", form);
    }
}
