package uk.ehcworkflow.query.pages;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a person reads when a form is refused, written as the GOV.UK Design System asks
 * (say what to do, name the field as the form does, dates as "5 November 2026"). The API keeps
 * its problem+json; this turns its field and rule into words. The wording lives in one bundle,
 * {@code page-messages.properties}: a field's label ({@code field.NAME}), what to say when it is
 * empty or malformed ({@code blank.NAME}, {@code date.NAME}), and each rule ({@code rule.RULE},
 * with {0} the field's label, {1} its label in a sentence, {2} the date the rule compared it with,
 * {3} what happened on that date).
 */
public final class PageMessages {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("page-messages", Locale.UK);
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern MOST_CHARACTERS = Pattern.compile("size must be between \\d+ and (\\d+)");
    /** The bounds a number field gives in the API's words: "rank must be less than or equal to 2". */
    private static final Pattern BOUND = Pattern.compile("must be (less|greater) than or equal to (\\d+)");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern CAMEL = Pattern.compile("\\b[a-z]+(?:[A-Z][a-z0-9]*)+\\b");
    /** What a date was compared with, as the service's refusals name it: "... before the adviser was contacted on 2026-01-05". */
    private static final Pattern COMPARED_WITH = Pattern.compile("before (.+?),? on \\d{4}-\\d{2}-\\d{2}");

    private PageMessages() {
    }

    /** The message for a command the API refused, about the field the page links it to. */
    public static String refusal(CommandRefused refused, String field) {
        String detail = refused.getMessage() == null ? "" : refused.getMessage();
        List<String> dates = dates(detail);
        if (refused.rule() != null && WORDS.containsKey("rule." + refused.rule())
                && (!dates.isEmpty() || !WORDS.getString("rule." + refused.rule()).contains("{2}"))) {
            return say("rule." + refused.rule(), field, dates, comparedWith(detail));
        }
        if (refused.status() == 400 && refused.field() != null) {
            String malformed = malformed(field, detail);
            if (malformed != null) {
                return malformed;
            }
        }
        return plain(detail);
    }

    /** What to say about a field the page itself judged (a filter, a search), by the kind of mistake. */
    public static String invalid(String field, String kind) {
        if (WORDS.containsKey(kind + "." + field)) {
            return WORDS.getString(kind + "." + field);
        }
        // a yes/no question is answered by choosing, empty or not: "Select whether a personal budget was agreed"
        if ((kind.equals("blank") || kind.equals("choice")) && label(field).startsWith("whether ")) {
            return say("whether", field, List.of(), "");
        }
        return say(kind, field, List.of(), "");
    }

    /** A number outside what the field takes (the numbers as written, never "2,026"). */
    public static String range(String field, int least, int most) {
        return MessageFormat.format(WORDS.getString("range"), sentenceStart(label(field)), String.valueOf(least),
                String.valueOf(most));
    }

    /** Whether the bundle has this field's label, as every form's fields must. */
    public static boolean hasLabel(String field) {
        return WORDS.containsKey("field." + field);
    }

    /** Whether the bundle words this rule, as every refusal of a field must be. */
    public static boolean hasWordsFor(String rule) {
        return WORDS.containsKey("rule." + rule);
    }

    /** A field's name as the form shows it, in a sentence ("the date of birth"). */
    public static String label(String field) {
        if (WORDS.containsKey("field." + field)) {
            return WORDS.getString("field." + field);
        }
        return "the " + words(field);
    }

    /** An API detail in plain words: codes and field names as words, dates as people write them. */
    static String plain(String detail) {
        String words = replace(ISO_DATE, detail, date -> spoken(date));
        words = replace(CODE, words, code -> code.toLowerCase(Locale.UK).replace('_', ' '));
        words = replace(CAMEL, words, PageMessages::label);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String malformed(String field, String detail) {
        if (detail.contains("must not be blank") || detail.contains("is required") || detail.contains("must not be null")
                || detail.contains("must not be empty")) {
            return invalid(field, "blank");
        }
        if (detail.contains("expected a real date")) {
            return invalid(field, "date");
        }
        if (detail.contains("expected one of") || detail.contains("expected true or false")) {
            return invalid(field, "choice");
        }
        if (detail.contains("expected a number")) {
            return invalid(field, "number");
        }
        Matcher most = MOST_CHARACTERS.matcher(detail);
        if (most.find()) {
            return MessageFormat.format(WORDS.getString("length"), sentenceStart(label(field)), most.group(1));
        }
        Matcher bound = BOUND.matcher(detail);
        if (bound.find()) {
            String kind = bound.group(1).equals("less") ? "most" : "least";
            String words = WORDS.containsKey(kind + "." + field) ? WORDS.getString(kind + "." + field) : WORDS.getString(kind);
            return MessageFormat.format(words.replace("'", "''"), sentenceStart(label(field)), bound.group(2));
        }
        return null;
    }

    private static String say(String key, String field, List<String> dates, String comparedWith) {
        String label = label(field);
        // {2}: the date the rule compared with, which every refusal names last; {3}: what happened on it
        List<Object> arguments = List.of(sentenceStart(label), label, dates.isEmpty() ? "" : spoken(dates.get(dates.size() - 1)),
                comparedWith);
        return new MessageFormat(WORDS.getString(key).replace("'", "''"), Locale.UK).format(arguments.toArray());
    }

    /** "the day the adviser was contacted", "the day of the draft plan issued", or "the step it follows". */
    private static String comparedWith(String detail) {
        Matcher matcher = COMPARED_WITH.matcher(detail);
        if (!matcher.find()) {
            return "the step it follows";
        }
        String what = matcher.group(1);
        if (CODE.matcher(what).matches()) {
            return "the day of the " + what.toLowerCase(Locale.UK).replace('_', ' ');
        }
        return what.startsWith("the last") ? what : "the day " + what;
    }

    private static List<String> dates(String detail) {
        List<String> dates = new ArrayList<>();
        Matcher matcher = ISO_DATE.matcher(detail);
        while (matcher.find()) {
            dates.add(matcher.group(1));
        }
        return dates;
    }

    /** A date as people write it ("5 November 2026"); anything not a date as it came. */
    public static String spoken(String isoDate) {
        try {
            return SPOKEN.format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException notADate) {
            return isoDate;
        }
    }

    private static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
    }

    private static String sentenceStart(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> change) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(change.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
