package uk.ehcworkflow.query.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ehcworkflow.events.quality.ChecklistSection;
import uk.ehcworkflow.events.quality.Criterion;

/**
 * The checklist as an administrator edits it on a page: a line {@code # id | title} begins a
 * section, and each line {@code id | text | guidance} under it is a criterion (guidance optional).
 * The command API checks the ids and lengths; this only reads the lines, naming the first it cannot.
 */
final class ChecklistText {

    /** A line that is neither a section's heading nor a criterion. */
    static final class Unreadable extends IllegalArgumentException {
        Unreadable(String message) {
            super(message);
        }
    }

    private ChecklistText() {
    }

    static String write(List<ChecklistSection> sections) {
        StringBuilder text = new StringBuilder();
        for (ChecklistSection section : sections) {
            text.append("# ").append(section.id()).append(" | ").append(section.title()).append('\n');
            for (Criterion criterion : section.criteria()) {
                text.append(criterion.id()).append(" | ").append(criterion.text());
                if (!criterion.guidance().isBlank()) {
                    text.append(" | ").append(criterion.guidance());
                }
                text.append('\n');
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The sections as the command API takes them: {@code [{id, title, criteria[{id, text, guidance}]}]}. */
    static List<Map<String, Object>> read(String text) {
        List<Map<String, Object>> sections = new ArrayList<>();
        List<Map<String, Object>> criteria = null;
        String[] lines = text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String[] parts = line.substring(1).split("\\|", 2);
                if (parts.length < 2) {
                    throw new Unreadable("Line " + (n + 1) + " begins a section but does not give its id and title as "
                            + "\"# id | title\".");
                }
                criteria = new ArrayList<>();
                Map<String, Object> section = new LinkedHashMap<>();
                section.put("id", parts[0].strip());
                section.put("title", parts[1].strip());
                section.put("criteria", criteria);
                sections.add(section);
                continue;
            }
            String[] parts = line.split("\\|", 3);
            if (criteria == null || parts.length < 2) {
                throw new Unreadable("Line " + (n + 1) + (criteria == null ? " comes before any section: begin one with \"# id | title\"."
                        : " is not a criterion written as \"id | text | guidance\"."));
            }
            Map<String, Object> criterion = new LinkedHashMap<>();
            criterion.put("id", parts[0].strip());
            criterion.put("text", parts[1].strip());
            criterion.put("guidance", parts.length == 3 ? parts[2].strip() : "");
            criteria.add(criterion);
        }
        return sections;
    }
}
