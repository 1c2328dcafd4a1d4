package uk.ehcworkflow.events.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.plan.ResidentialWeeks;

/** One mapping file writes a return and reads one back. */
class Sen2CodeBookTest {

    private final Sen2CodeBook codes = new Sen2CodeBook(null);

    @Test
    void a_value_is_written_by_its_line_and_a_value_without_one_is_an_error_not_a_guess() {
        assertThat(codes.code("requestSource", RequestSource.HEALTH)).isEqualTo("3");
        assertThatThrownBy(() -> codes.line("requestSource.NOBODY")).hasMessageContaining("requestSource.NOBODY");
    }

    @Test
    void a_code_read_back_is_the_first_value_written_so_and_an_unknown_code_is_none() {
        assertThat(codes.valueOf("requestSource", "1", RequestSource.class)).contains(RequestSource.PARENT);
        assertThat(codes.valueOf("requestSource", " 4 ", RequestSource.class)).contains(RequestSource.SOCIAL_CARE);
        assertThat(codes.valueOf("residential", "B", ResidentialWeeks.class)).contains(ResidentialWeeks.FROM_39_TO_52);
        assertThat(codes.valueOf("requestSource", "9", RequestSource.class)).isEmpty();
        assertThat(codes.valueOf("requestSource", null, RequestSource.class)).isEmpty();
    }

    @Test
    void a_flag_reads_back_as_yes_no_or_nothing() {
        assertThat(codes.flagOf("1")).contains(true);
        assertThat(codes.flagOf("0")).contains(false);
        assertThat(codes.flagOf("Y")).isEmpty();
        assertThat(codes.flagOf(null)).isEmpty();
    }
}
