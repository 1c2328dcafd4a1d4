package uk.ehcworkflow.command.quality;

import java.util.List;
import uk.ehcworkflow.events.quality.ChecklistSection;
import uk.ehcworkflow.events.quality.Criterion;
import uk.ehcworkflow.events.quality.ShippedChecklist;

/** One version of the checklist, as an audit is scored against it. */
record ChecklistVersion(String checklistId, int version, String title, List<ChecklistSection> sections) {

    static ChecklistVersion shipped() {
        return new ChecklistVersion(ShippedChecklist.ID, ShippedChecklist.VERSION, ShippedChecklist.TITLE, ShippedChecklist.SECTIONS);
    }

    /** Its criteria's ids, section by section. */
    List<String> criteria() {
        return sections.stream().flatMap(section -> section.criteria().stream()).map(Criterion::id).toList();
    }
}
