package uk.ehcworkflow.query.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import uk.ehcworkflow.platform.input.SaneDates;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

/**
 * A page's filters as typed into its address (the work tray's days, a record as known on a date,
 * the dashboard's period): a value the page cannot use never fails the page; it is shown again
 * with its error beside it, and the page is drawn as if that filter were not given. A date comes
 * as one ISO value ({@code asOf=2026-11-05}, as links and scripts send it) or as the GOV.UK date
 * input's three boxes ({@code asOf-day}, {@code asOf-month}, {@code asOf-year}).
 */
public final class PageFilters {

    private final Map<String, String> query;
    private final List<PageForm.FormError> errors = new ArrayList<>();

    private PageFilters(Map<String, String> query) {
        this.query = query;
    }

    public static PageFilters of(Map<String, String> query) {
        return new PageFilters(query);
    }

    /** The value as typed, stripped; null when absent or blank. */
    public String text(String field) {
        String value = query.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole number from {@code least} to {@code most}, else the default. */
    public int number(String field, int least, int most, int otherwise) {
        String typed = text(field);
        if (typed == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(typed);
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below, as for a number out of range
        }
        fail(field, PageMessages.range(field, least, most));
        return otherwise;
    }

    /** One of the enum's values (as its name, in any case), else null. */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String typed = text(field);
        if (typed == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(typed)) {
                return value;
            }
        }
        fail(field, PageMessages.invalid(field, "choice"));
        return null;
    }

    /** A real date within the dates the service accepts, else null. */
    public LocalDate date(String field) {
        String typed = dateAsTyped(field);
        if (typed == null) {
            return null;
        }
        try {
            return SaneDates.require(field, LocalDate.parse(typed));
        } catch (DateTimeParseException | InvalidRequestException notADate) {
            failDate(field);
            return null;
        }
    }

    /** The end of the day named (a record as known at the end of that day), or an instant as given; else null. */
    public Instant endOfDay(String field, ZoneId zone) {
        String typed = dateAsTyped(field);
        if (typed != null && typed.length() > 10) {
            try {
                return SaneDates.require(field, Instant.parse(typed));
            } catch (DateTimeParseException | InvalidRequestException notAnInstant) {
                failDate(field);
                return null;
            }
        }
        LocalDate day = date(field);
        return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
    }

    /** What a filter the page judges elsewhere says is wrong (a period that makes no sense), else its value. */
    public <T> T judged(Supplier<T> value, Supplier<T> otherwise) {
        try {
            return value.get();
        } catch (InvalidRequestException wrong) {
            fail(wrong.field(), PageMessages.plain(wrong.getMessage()));
            return otherwise.get();
        }
    }

    public void fail(String field, String message) {
        String anchor = query.containsKey(field + "-day") || isDateBoxes(field) ? field + "-day" : field;
        errors.add(new PageForm.FormError(field, "#" + anchor, message));
    }

    /** The day an instant falls on, as people write it ("5 November 2026"). */
    public static String day(Instant instant, ZoneId zone) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(instant.atZone(zone));
    }

    /** The filters as typed, to show them again in the page's form. */
    public PageForm typed() {
        org.springframework.util.LinkedMultiValueMap<String, String> typed = new org.springframework.util.LinkedMultiValueMap<>();
        query.forEach(typed::add);
        return PageForm.of(typed);
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    /** The errors onto the page, and a 400 when there are any. */
    public void show(Model model, HttpServletResponse response) {
        if (!errors.isEmpty()) {
            model.addAttribute("errors", List.copyOf(errors));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
    }

    private boolean isDateBoxes(String field) {
        return query.containsKey(field + "-month") || query.containsKey(field + "-year");
    }

    private String dateAsTyped(String field) {
        if (!isDateBoxes(field) && !query.containsKey(field + "-day")) {
            return text(field);
        }
        String day = orEmpty(text(field + "-day"));
        String month = orEmpty(text(field + "-month"));
        String year = orEmpty(text(field + "-year"));
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        if (!(day + month + year).chars().allMatch(Character::isDigit) || day.isEmpty() || month.isEmpty() || year.length() != 4
                || day.length() > 2 || month.length() > 2) {
            return "not a date";
        }
        return year + "-" + (month.length() == 1 ? "0" : "") + month + "-" + (day.length() == 1 ? "0" : "") + day;
    }

    private void failDate(String field) {
        fail(field, PageMessages.invalid(field, "date"));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
