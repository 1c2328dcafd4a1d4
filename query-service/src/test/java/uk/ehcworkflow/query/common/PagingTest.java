package uk.ehcworkflow.query.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.platform.problem.InvalidRequestException;

class PagingTest {

    private final List<Integer> seven = List.of(1, 2, 3, 4, 5, 6, 7);

    @Test
    void a_page_is_its_slice_of_the_sorted_list_the_last_one_short_and_any_after_it_empty() {
        assertThat(new Paging(1, 3).slice(seven)).containsExactly(1, 2, 3);
        assertThat(new Paging(3, 3).slice(seven)).containsExactly(7);
        assertThat(new Paging(4, 3).slice(seven)).isEmpty();
        assertThat(new Paging(3, 3).pages(seven.size())).isEqualTo(3);
        assertThat(Paging.first().pages(0)).as("an empty list is one empty page").isEqualTo(1);
    }

    @Test
    void a_page_before_the_first_or_a_size_of_none_or_over_500_is_refused_naming_the_parameter() {
        assertThatThrownBy(() -> Paging.of(0, 50)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("page");
        assertThatThrownBy(() -> Paging.of(1, 0)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> Paging.of(1, 501)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("size");
        assertThat(Paging.of(2, 500)).isEqualTo(new Paging(2, 500));
    }
}
