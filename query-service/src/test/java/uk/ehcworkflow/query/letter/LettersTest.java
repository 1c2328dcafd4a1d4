package uk.ehcworkflow.query.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.platform.problem.ConflictException;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;

/** CFA s36(5)(a): a refusal to assess tells the family why, so its letter is never written without reasons. */
class LettersTest {

    private static AssessmentTimeline.Step refusal(String note) {
        return new AssessmentTimeline.Step(Milestone.DECISION_NOT_TO_ASSESS, LocalDate.of(2026, 6, 19),
                Instant.parse("2026-06-19T10:00:00Z"), "officer", note, null);
    }

    @Test
    void a_refusal_recorded_before_reasons_were_required_without_any_cannot_be_written() {
        for (String none : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> Letters.requireReasons(Notice.DECISION_NOT_TO_ASSESS, refusal(none)))
                    .isInstanceOfSatisfying(ConflictException.class,
                            conflict -> assertThat(conflict.rule()).isEqualTo("reasons-not-recorded"));
        }
        assertThatCode(() -> Letters.requireReasons(Notice.DECISION_NOT_TO_ASSESS, refusal("Needs met at SEN support.")))
                .doesNotThrowAnyException();
    }

    @Test
    void a_notice_that_gives_no_reasons_is_written_without_a_note() {
        AssessmentTimeline.Step agreed = new AssessmentTimeline.Step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2026, 6, 19),
                Instant.parse("2026-06-19T10:00:00Z"), "officer", null, null);

        assertThatCode(() -> Letters.requireReasons(Notice.DECISION_TO_ASSESS, agreed)).doesNotThrowAnyException();
    }
}
