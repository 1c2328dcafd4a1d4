package uk.ehcworkflow.events.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank holidays of England and Wales, from the list kept beside this class
 * ({@code bank-holidays-england-and-wales.txt}): data, so that a year is added or a one-off day
 * proclaimed by editing a line, not the code.
 */
final class BankHolidays {

    static final String LIST = "bank-holidays-england-and-wales.txt";
    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2030;

    private static final Set<LocalDate> DAYS = read();

    private BankHolidays() {
    }

    static boolean isBankHoliday(LocalDate day) {
        return DAYS.contains(day);
    }

    static Set<LocalDate> all() {
        return DAYS;
    }

    private static Set<LocalDate> read() {
        try (InputStream list = BankHolidays.class.getResourceAsStream(LIST)) {
            if (list == null) {
                throw new IllegalStateException(LIST + " is missing beside " + BankHolidays.class.getName());
            }
            Set<LocalDate> days = new TreeSet<>();
            new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> days.add(LocalDate.parse(line.substring(0, line.indexOf(' ')))));
            return Collections.unmodifiableSet(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
