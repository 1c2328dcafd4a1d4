package uk.ehcworkflow.events.plan;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.common.SealedPersonalData;

/** Events are forever: a plan registered before its request could be given was registered without one. */
class PlanRegisteredShapeTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void a_registration_stored_without_its_request_reads_as_a_request_not_known() throws Exception {
        PlanRegistered old = json.readValue("{\"planId\":\"p1\",\"child\":{\"keyId\":\"p1\",\"sealed\":\"c\"},"
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

        assertThat(json.readValue(json.writeValueAsString(now), PlanRegistered.class)).isEqualTo(now);
    }
}
