package uk.ehcworkflow.query.pages;

import java.util.List;
import java.util.Locale;

/**
 * A form a record's page offers for one step its aggregate can accept: the heading, the API path
 * under the record it posts to, the fields it sends, and which of them are dates. It is named in
 * the page's address ({@code ?step=review-meeting}) and in the address it posts to.
 */
public record StepForm<S extends Enum<S>>(S step, String label, String path, List<String> fields, String... dates) {

    public String name() {
        return step.name();
    }

    /** {@code REVIEW_MEETING} as {@code review-meeting}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
