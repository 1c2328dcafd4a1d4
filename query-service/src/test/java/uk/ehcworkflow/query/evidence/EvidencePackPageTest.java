package uk.ehcworkflow.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.query.common.HtmlPages;
import uk.ehcworkflow.query.common.Templates;

/** The evidence pack's template: a document readable without the system, every value escaped. */
class EvidencePackPageTest {

    private final HtmlPages pages = Templates.pages();

    private String pack(List<Section> sections, boolean intact) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Evidence pack: EHC needs assessment case-1");
        model.put("made", "Made 2025-01-01T10:00:00Z by auditor.");
        model.put("sections", sections);
        model.put("verification", new Verdict(intact));
        model.put("verdict", intact ? "Intact: all 4 events" : "BROKEN at event #1");
        model.put("appendix", "{\"events\": [\"<tag>\"]}");
        return pages.render("evidence/pack", model);
    }

    /** Stands in for the chain verifier's result, of which the page asks only this. */
    public record Verdict(boolean intact) {
    }

    @Test
    void each_section_is_a_headed_table_and_the_pack_ends_with_its_verdict_and_the_json_appendix() {
        String html = pack(List.of(new Section("Steps", List.of("Step", "Happened", "Note"),
                List.of(Arrays.asList("REQUEST_RECEIVED", "2025-01-01", null)))), true);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Evidence pack: EHC needs assessment case-1</title>")
                .contains("<h2>Steps</h2>", "<th>Step</th><th>Happened</th><th>Note</th>")
                .contains("<td>REQUEST_RECEIVED</td><td>2025-01-01</td><td></td>")
                .contains("<p class=\"ok\">Intact: all 4 events</p>")
                .contains("<h2>Appendix: the same in JSON</h2>", "<pre>{&quot;events&quot;: [&quot;&lt;tag&gt;&quot;]}</pre>");
        assertThat(html.indexOf("<h2>Steps</h2>")).isLessThan(html.indexOf("Verification of the recorded history"));
    }

    @Test
    void an_empty_section_says_none_and_a_broken_chain_is_marked_as_broken() {
        String html = pack(List.of(new Section("Panel decisions", List.of("Panel held"), List.of())), false);

        assertThat(html).containsPattern("<h2>Panel decisions</h2>\\s*<p>None.</p>").doesNotContain("<table")
                .contains("<p class=\"broken\">BROKEN at event #1</p>");
    }

    @Test
    void a_note_typed_as_markup_is_shown_as_text() {
        String html = pack(List.of(new Section("Steps", List.of("Note"),
                List.of(List.of("<img src=x onerror=alert(1)>")))), true);

        assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    }
}
