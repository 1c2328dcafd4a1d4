package uk.ehcworkflow.events.quality;

/**
 * One thing a good plan does, as an auditor checks it.
 *
 * @param id       stable across versions while the criterion means the same, e.g. {@code outcomes.smart}
 * @param text     the criterion, as the auditor reads it
 * @param guidance where it comes from and what to look for
 */
public record Criterion(String id, String text, String guidance) {
}
