package uk.ehcworkflow.events.quality;

/** An event in the life of the area's plan-quality checklist. */
public sealed interface ChecklistEvent permits ChecklistPublished {

    String checklistId();
}
