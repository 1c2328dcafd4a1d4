package uk.ehcworkflow.query.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void a_value_that_would_run_as_a_formula_in_a_spreadsheet_is_written_as_text() {
        assertThat(Cells.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(Cells.text("+1")).isEqualTo("'+1");
        assertThat(Cells.text("@sum")).isEqualTo("'@sum");
        assertThat(Cells.text("Made Up")).isEqualTo("Made Up");
        assertThat(Cells.text(LocalDate.of(2026, 1, 15))).isEqualTo("2026-01-15");
        assertThat(Cells.text(null)).isEmpty();
    }

    @Test
    void characters_no_xml_document_can_hold_are_left_out_and_the_rest_kept() {
        assertThat(Cells.carried("Made\u0000 Up\u0007")).isEqualTo("Made Up");
        assertThat(Cells.carried("tab\tand\nline")).isEqualTo("tab\tand\nline");
        assertThat(Cells.text("Jos\u00e9 \ud83d\ude00")).isEqualTo("Jos\u00e9 \ud83d\ude00");
    }

    @Test
    void a_csv_cell_with_a_comma_quote_or_line_break_is_quoted() {
        assertThat(Cells.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(Cells.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Cells.csv("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Cells.csv("plain")).isEqualTo("plain");
    }
}
