package uk.ehcworkflow.events.dispute;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.StoredShape;

/** Events are forever: an appeal stored before its receipt, and an outcome before its sending, read as they did. */
class DisputeEventShapesTest {

    @Test
    void an_appeal_stored_with_only_its_registration_came_in_on_that_day() throws Exception {
        AppealRegistered old = StoredShape.read("{\"disputeId\":\"d1\",\"caseId\":\"case-1\",\"registeredOn\":\"2025-03-10\","
                + "\"grounds\":[\"SECTION_I\"],\"appealBy\":\"2025-04-10\",\"late\":false,"
                + "\"responseDueBy\":\"2025-04-22\"}", AppealRegistered.class);

        assertThat(old).isEqualTo(new AppealRegistered("d1", "case-1", parse("2025-03-10"), List.of(AppealGround.SECTION_I),
                parse("2025-04-10"), false, parse("2025-04-22"), null));
        assertThat(old.cameIn()).isEqualTo(parse("2025-03-10"));
    }

    @Test
    void an_appeal_recorded_now_came_in_on_its_receipt_and_may_not_yet_be_registered() throws Exception {
        AppealRegistered now = new AppealRegistered("d1", "case-1", null, List.of(AppealGround.SECTION_I),
                parse("2025-09-01"), false, parse("2025-10-14"), parse("2025-09-01"));

        assertThat(StoredShape.roundTrip(now)).isEqualTo(now);
        assertThat(now.cameIn()).isEqualTo(parse("2025-09-01"));
    }

    @Test
    void an_outcome_stored_without_its_sending_was_sent_the_day_it_was_made() throws Exception {
        AppealDecided old = StoredShape.read("{\"disputeId\":\"d1\",\"caseId\":\"case-1\",\"decidedOn\":\"2025-05-04\","
                + "\"outcome\":\"DISMISSED\",\"orders\":[]}", AppealDecided.class);

        assertThat(old.sentOn()).isNull();
        assertThat(old.sent()).isEqualTo(parse("2025-05-04"));
        AppealDecided now = new AppealDecided("d1", "case-1", parse("2025-05-04"), AppealOutcome.DISMISSED, List.of(),
                parse("2025-05-08"));
        assertThat(StoredShape.roundTrip(now).sent()).isEqualTo(parse("2025-05-08"));
    }
}
