package uk.ehcworkflow.query.timeliness;

import java.time.LocalDate;
import java.util.List;
import uk.ehcworkflow.query.assessment.AssessmentRecord;

/**
 * The timeliness projection's copy of a case, with the business days it counts on (indexed), so
 * that the figures for a period as known on a past date read only the cases that can touch it.
 */
record TimelinessCase(AssessmentRecord record, List<LocalDate> countedOn) {

    static TimelinessCase of(AssessmentRecord record) {
        return new TimelinessCase(record, List.copyOf(Contribution.of(record).keySet()));
    }
}
