package uk.ehcworkflow.query.timeliness;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;

/** The timeliness figures for a period, with the same figures month by month. */
public record TimelinessReport(
        LocalDate from,
        LocalDate to,
        @JsonUnwrapped TimelinessFigures figures,
        List<Month> months) {

    /** One calendar month's figures (only the days of it inside the period). */
    public record Month(String month, @JsonUnwrapped TimelinessFigures figures) {
    }
}
