package uk.ehcworkflow.query.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a person typed into a form, kept as typed so that a refused form shows it again, and turned
 * into the API's JSON body unchanged: the API, not the page, judges it. A GOV.UK date input's three
 * boxes ({@code name-day}, {@code name-month}, {@code name-year}) become one ISO date.
 */
public final class PageForm {

    /**
     * One line of a GOV.UK error summary, linking to the field it is about, and the message shown
     * beside that field.
     *
     * @param field the form's field (a date's three boxes are one field), or null for the page as a whole
     */
    public record FormError(String field, String href, String message) {

        /** An error about one field: the summary links to its box (a date's day box). */
        public static FormError on(String field, String message) {
            return new FormError(field, "#" + field, message);
        }
    }

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<String>> ticked = new LinkedHashMap<>();
    private final List<String> dateFields;
    private final List<String> listFields = new ArrayList<>();
    private final List<String> hiddenFields = new ArrayList<>();
    private final Map<String, String> anchors = new LinkedHashMap<>();
    private final Map<String, String> apiNames = new LinkedHashMap<>();

    private final boolean sent;

    private PageForm(MultiValueMap<String, String> input, List<String> dateFields, boolean sent) {
        this.sent = sent;
        input.forEach((name, typed) -> {
            if (!"_csrf".equals(name) && !typed.isEmpty()) {
                values.put(name, typed.get(0) == null ? "" : typed.get(0).strip());
                ticked.put(name, typed.stream().filter(Objects::nonNull).map(String::strip).toList());
            }
        });
        this.dateFields = dateFields;
    }

    /** Fields sent as lists (a group of checkboxes): every value ticked, and an empty list when none is. */
    public PageForm lists(String... names) {
        listFields.addAll(List.of(names));
        return this;
    }

    /** Fields the form carries unseen (what the page it came from chose): an error about one is shown on the first field. */
    public PageForm hidden(String... names) {
        hiddenFields.addAll(List.of(names));
        return this;
    }

    /** A field whose box has an id other than its name (two forms on one page each with a note, say). */
    public PageForm anchor(String field, String id) {
        anchors.put(field, id);
        return this;
    }

    /** A field the API names otherwise than the form does ({@code asOf} for the form's {@code measuredOn}). */
    public PageForm sentAs(String apiField, String formField) {
        apiNames.put(apiField, formField);
        return this;
    }

    /** Whether this is what a person sent, rather than a form not yet filled in. */
    public boolean wasSent() {
        return sent;
    }

    /** Every value given for a field, as a group of checkboxes sends them. */
    public List<String> values(String name) {
        return ticked.getOrDefault(name, List.of());
    }

    public static PageForm of(MultiValueMap<String, String> input, String... dateFields) {
        return new PageForm(input, List.of(dateFields), true);
    }

    public static PageForm empty() {
        return new PageForm(new LinkedMultiValueMap<>(), List.of(), false);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** The date as the API takes it ({@code 2024-06-03}), or null when all three boxes are empty. */
    String date(String name) {
        String day = value(name + "-day");
        String month = value(name + "-month");
        String year = value(name + "-year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2);
    }

    private static String pad(String number, int width) {
        return number.length() >= width || !number.chars().allMatch(Character::isDigit)
                ? number : "0".repeat(width - number.length()) + number;
    }

    /** The API's body: the named fields (dates joined), blank ones left out so the API names what is missing. */
    public Map<String, Object> body(String... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : fields) {
            if (listFields.contains(field)) {
                body.put(field, values(field));
                continue;
            }
            String value = dateFields.contains(field) ? date(field) : value(field);
            if (value != null && !value.isEmpty()) {
                body.put(field, value);
            }
        }
        return body;
    }

    /**
     * The summary line for a refusal, in the words of {@link PageMessages}: linked to the field the
     * API named when the form has it, else to the form's first field.
     */
    public FormError errorFor(CommandRefused refused, String firstField) {
        String named = refused.field() == null ? null : apiNames.getOrDefault(refused.field(), refused.field());
        String field = named != null && !hiddenFields.contains(named) && (values.containsKey(named) || dateFields.contains(named))
                ? named : firstField;
        return new FormError(field, "#" + anchor(field), PageMessages.refusal(refused, field));
    }

    /** The box a summary line links to: a date's day box, else the field itself. */
    public String anchor(String field) {
        return anchors.getOrDefault(field, dateFields.contains(field) ? field + "-day" : field);
    }
}
