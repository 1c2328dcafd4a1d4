package uk.ehcworkflow.events.plan;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

/** Events are forever: a review decision stored before its notice's day was recorded was sent the day it was made. */
class ReviewDecisionNotifiedShapeTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void a_decision_stored_without_its_notice_was_sent_the_day_it_was_made() throws Exception {
        ReviewDecisionNotified old = json.readValue("{\"planId\":\"p1\",\"decision\":\"AMEND\",\"decidedOn\":\"2024-02-10\","
                + "\"meetingHeldOn\":\"2024-01-31\",\"decisionDueBy\":\"2024-02-28\",\"nextReviewDueBy\":\"2025-02-09\","
                + "\"amendedPlanDueBy\":\"2024-04-06\"}", ReviewDecisionNotified.class);

        assertThat(old.noticeSentOn()).isNull();
        assertThat(old.noticeSent()).isEqualTo(parse("2024-02-10"));
    }

    @Test
    void a_decision_recorded_now_keeps_the_day_its_notice_went() throws Exception {
        ReviewDecisionNotified now = new ReviewDecisionNotified("p1", ReviewDecision.AMEND, parse("2025-08-28"),
                parse("2025-08-04"), parse("2025-09-01"), parse("2026-08-27"), parse("2025-10-27"), parse("2025-09-01"));

        assertThat(json.readValue(json.writeValueAsString(now), ReviewDecisionNotified.class)).isEqualTo(now);
    }
}
