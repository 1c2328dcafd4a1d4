package uk.ehcworkflow.events.quality;

import java.util.List;

/**
 * A version of the checklist was published, whole: audits started from now on are scored against
 * it, and each audit keeps the version it used (ADR 50).
 *
 * @param version 2 and on: version 1 is the checklist the service ships
 */
public record ChecklistPublished(String checklistId, int version, String title, List<ChecklistSection> sections)
        implements ChecklistEvent {
}
