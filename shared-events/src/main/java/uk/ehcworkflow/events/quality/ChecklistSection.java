package uk.ehcworkflow.events.quality;

import java.util.List;

/** A section of the checklist (the child's voice, needs described, outcomes, …) and its criteria. */
public record ChecklistSection(String id, String title, List<Criterion> criteria) {
}
