package uk.ehcworkflow.query.pages;

import java.util.List;
import java.util.Locale;
import org.springframework.ui.Model;
import uk.ehcworkflow.platform.problem.NotFoundException;

/** A form a record's page offers for one step, named in the page's address and in the address it posts to. */
public interface FormStep {

    String name();

    /** {@code REVIEW_MEETING} as {@code review-meeting}: {@code ?step=review-meeting}, and {@code POST .../review-meeting}. */
    default String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Opens the form a page's {@code ?step=} names, if it is one of the page's {@code nextSteps}
     * (what the record would accept now); otherwise the page opens with no form.
     */
    static <E extends Enum<E> & FormStep> void open(Class<E> forms, String slug, String page, Model model) {
        if (slug != null && model.getAttribute("nextSteps") instanceof List<?> allowed) {
            E chosen = ofSlug(forms, slug, page);
            if (allowed.contains(chosen.name())) {
                model.addAttribute("step", chosen.name());
            }
        }
    }

    /** The form of that slug, or a 404 naming the page it was looked for on. */
    static <E extends Enum<E> & FormStep> E ofSlug(Class<E> forms, String slug, String page) {
        for (E form : forms.getEnumConstants()) {
            if (form.slug().equals(slug)) {
                return form;
            }
        }
        throw new NotFoundException("No form " + slug + " exists on " + page + ".");
    }
}
