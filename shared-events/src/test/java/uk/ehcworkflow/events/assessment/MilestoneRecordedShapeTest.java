package uk.ehcworkflow.events.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.StoredShape;

/** Events are forever: a step stored before the family's answer was asked for reads as it did. */
class MilestoneRecordedShapeTest {

    @Test
    void a_draft_response_stored_without_what_was_asked_for_reads_with_none_stated() throws Exception {
        MilestoneRecorded old = StoredShape.read("{\"assessmentId\":\"case-1\",\"milestone\":\"DRAFT_RESPONSE_RECEIVED\","
                + "\"occurredOn\":\"2023-05-02\",\"note\":\"by email\"}", MilestoneRecorded.class);

        assertThat(old).isEqualTo(new MilestoneRecorded("case-1", Milestone.DRAFT_RESPONSE_RECEIVED,
                LocalDate.of(2023, 5, 2), "by email", null));
    }

    @Test
    void a_response_recorded_now_keeps_what_the_family_asked_for() throws Exception {
        MilestoneRecorded now = new MilestoneRecorded("case-1", Milestone.DRAFT_RESPONSE_RECEIVED, LocalDate.of(2024, 8, 5),
                null, DraftResponse.NONE);

        assertThat(StoredShape.roundTrip(now)).isEqualTo(now);
        assertThat(DraftResponse.NONE.endsTheResponsePeriod()).isTrue();
        assertThat(DraftResponse.SCHOOL.endsTheResponsePeriod()).isFalse();
        assertThat(DraftResponse.MEETING.endsTheResponsePeriod()).isFalse();
    }
}
