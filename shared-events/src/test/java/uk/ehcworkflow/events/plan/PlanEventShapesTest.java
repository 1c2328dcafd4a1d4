package uk.ehcworkflow.events.plan;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.StoredShape;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * Events are forever: a plan's events stored before a field was added read as they did. A review
 * decision stored before its notice's day was recorded was sent the day it was made; a plan
 * registered before its request could be given was registered without one.
 */
class PlanEventShapesTest {

    @Test
    void a_decision_stored_without_its_notice_was_sent_the_day_it_was_made() throws Exception {
        ReviewDecisionNotified old = StoredShape.read("{\"planId\":\"p1\",\"decision\":\"AMEND\",\"decidedOn\":\"2024-02-10\","
                + "\"meetingHeldOn\":\"2024-01-31\",\"decisionDueBy\":\"2024-02-28\",\"nextReviewDueBy\":\"2025-02-09\","
                + "\"amendedPlanDueBy\":\"2024-04-06\"}", ReviewDecisionNotified.class);

        assertThat(old.noticeSentOn()).isNull();
        assertThat(old.noticeSent()).isEqualTo(parse("2024-02-10"));
    }

    @Test
    void a_decision_recorded_now_keeps_the_day_its_notice_went() throws Exception {
        ReviewDecisionNotified now = new ReviewDecisionNotified("p1", ReviewDecision.AMEND, parse("2025-08-28"),
                parse("2025-08-04"), parse("2025-09-01"), parse("2026-08-27"), parse("2025-10-27"), parse("2025-09-01"));

        assertThat(StoredShape.roundTrip(now)).isEqualTo(now);
    }

    @Test
    void a_registration_stored_without_its_request_reads_as_a_request_not_known() throws Exception {
        PlanRegistered old = StoredShape.read("{\"planId\":\"p1\",\"child\":{\"keyId\":\"p1\",\"sealed\":\"c\"},"
                + "\"issuedOn\":\"2022-03-01\",\"lastReviewDecisionOn\":null,\"reviewDueBy\":\"2023-02-28\","
                + "\"transferredInOn\":null,\"fromAuthority\":null}", PlanRegistered.class);

        assertThat(old.issuedOn()).isEqualTo(parse("2022-03-01"));
        assertThat(old.requestReceivedOn()).isNull();
        assertThat(old.requestSource()).isNull();
    }

    @Test
    void a_registration_made_now_keeps_its_request() throws Exception {
        PlanRegistered now = new PlanRegistered("p1", new SealedPersonalData("p1", "c"), parse("2022-03-01"), null,
                parse("2023-02-28"), null, null, parse("2021-11-15"), RequestSource.PARENT);

        assertThat(StoredShape.roundTrip(now)).isEqualTo(now);
    }
}
