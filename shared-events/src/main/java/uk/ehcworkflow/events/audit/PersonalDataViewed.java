package uk.ehcworkflow.events.audit;

/**
 * Someone read a child's case (its timeline, its state on a past date, or its evidence pack).
 * Who and when are in the event's metadata and timestamp; reads are kept as facts like any other.
 */
public record PersonalDataViewed(String assessmentId, String view) {
}
