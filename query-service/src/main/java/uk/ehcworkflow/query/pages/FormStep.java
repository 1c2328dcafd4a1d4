package uk.ehcworkflow.query.pages;

import java.util.Locale;
import uk.ehcworkflow.platform.problem.NotFoundException;

/** A form a record's page offers for one step, named in the page's address and in the address it posts to. */
public interface FormStep {

    String name();

    /** {@code REVIEW_MEETING} as {@code review-meeting}: {@code ?step=review-meeting}, and {@code POST .../review-meeting}. */
    default String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
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
