package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.support.EventStoreDatabase;

/**
 * An auditor preparing for an inspection: picks a case, sees it as it was on a past date,
 * reads its trail and who recorded what late, downloads its evidence pack, and proves the
 * history has not been edited, then sees the proof fail once someone edits the database.
 */
class InspectionEvidenceIT extends RunningServices {

    /** The case every test but the one that edits the database reads: 2024's only case. */
    private String caseId;
    /** An instant after its draft plan was recorded and before its final plan was. */
    private Instant beforeThePlan;

    private void officer(String path, String body) {
        Api.Answer answer = api.post("officer", commands.port(), path, body);
        assertThat(answer.status()).as(answer.body()).isIn(201, 204);
    }

    /** A case logged with steps of {@code year}, all recorded months after they happened. */
    private String logCase(int year) {
        String id = api.post("officer", commands.port(), "/api/assessments", "{\"childName\":\"Fen Madeup\","
                + "\"dateOfBirth\":\"2014-09-09\",\"requestReceivedOn\":\"" + year + "-01-08\",\"requestSource\":\"PARENT\"}")
                .json().get("assessmentId").asText();
        officer("/api/assessments/" + id + "/milestones", "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"" + year + "-02-05\"}");
        officer("/api/assessments/" + id + "/milestones", "{\"milestone\":\"DRAFT_PLAN_ISSUED\",\"occurredOn\":\"" + year + "-04-15\"}");
        return id;
    }

    private void issueFinalPlan(String id, int year) {
        officer("/api/assessments/" + id + "/milestones", "{\"milestone\":\"FINAL_PLAN_ISSUED\",\"occurredOn\":\"" + year + "-05-27\"}");
    }

    /** Its figures are the whole area's (a year's timeliness): no other class's cases of that year may count in them. */
    @Override
    protected boolean sharesServices() {
        return false;
    }

    /** A case whose final plan is recorded late, after an instant at which the read side had everything before it. */
    @BeforeAll
    void aCaseWhoseFinalPlanIsRecordedLate() throws Exception {
        caseId = logCase(2024);
        api.await("dashboard", queries.port(), "/api/timeliness?year=2024",
                answer -> answer.json().get("agreedToAssess").asLong() == 1);
        Thread.sleep(20);
        beforeThePlan = Instant.now();
        Thread.sleep(20);
        issueFinalPlan(caseId, 2024);
        api.await("officer", queries.port(), "/api/assessments/" + caseId,
                answer -> answer.status() == 200 && !answer.json().get("finalPlanIssuedOn").isNull());
    }

    @Test
    void a_step_recorded_late_changes_todays_figures_but_not_the_figures_as_known_before_it_was_recorded() {
        JsonNode today = api.await("dashboard", queries.port(), "/api/timeliness?year=2024",
                answer -> answer.json().get("finalPlansIssued").asLong() == 1).json();
        JsonNode before = api.get("auditor", queries.port(), "/api/timeliness?year=2024&asOf=" + beforeThePlan).json();

        assertThat(today.get("finalPlansIssued").asLong()).isEqualTo(1);
        assertThat(before.get("finalPlansIssued").asLong()).isZero();
        assertThat(before.get("agreedToAssess").asLong()).isEqualTo(1);
        assertThat(api.get("auditor", queries.port(), "/api/timeliness?year=2024&asOf=2024-13-01").status()).isEqualTo(400);
    }

    @Test
    void the_case_as_known_at_a_past_instant_is_rebuilt_from_the_events_recorded_by_then() {
        JsonNode then = api.get("auditor", queries.port(), "/api/assessments/" + caseId + "?asOf=" + beforeThePlan).json();
        JsonNode now = api.get("auditor", queries.port(), "/api/assessments/" + caseId).json();

        assertThat(then.get("stage").asText()).isEqualTo("DRAFT_PLAN_ISSUED");
        assertThat(then.get("milestones")).hasSize(2);
        assertThat(then.get("finalPlanIssuedOn").isNull()).isTrue();
        assertThat(now.get("stage").asText()).isEqualTo("FINAL_PLAN_ISSUED");
        assertThat(api.get("auditor", queries.port(), "/api/assessments/" + caseId + "?asOf=2020-01-01").status())
                .isEqualTo(404);
        assertThat(api.get("auditor", queries.port(), "/api/assessments/" + caseId + "?asOf=soon").status()).isEqualTo(400);
    }

    @Test
    void the_audit_trail_shows_every_event_newest_first_with_who_recorded_it_and_every_auditor_read() {
        assertThat(api.get("auditor", queries.port(), "/api/assessments/" + caseId).status()).isEqualTo(200);
        assertThat(api.get("auditor", queries.port(), "/api/assessments/" + caseId + "?asOf=" + beforeThePlan).status())
                .isEqualTo(200);
        JsonNode trail = api.await("auditor", queries.port(), "/api/audit?aggregateId=" + caseId,
                answer -> answer.json().get("entries").size() >= 6).json();

        JsonNode entries = trail.get("entries");
        assertThat(entries.get(entries.size() - 1).get("type").asText()).isEqualTo("AssessmentOpened");
        assertThat(entries.findValuesAsText("type")).contains("MilestoneRecorded", "PersonalDataViewed");
        JsonNode opened = entries.get(entries.size() - 1);
        assertThat(opened.get("actor").asText()).isEqualTo("officer");
        assertThat(opened.get("role").asText()).isEqualTo("CASE_OFFICER");
        assertThat(opened.get("correlationId").asText()).isNotBlank();
        assertThat(opened.get("businessDate").asText()).isEqualTo("2024-01-08");
        assertThat(opened.get("description").asText()).doesNotContain("Fen");
        assertThat(api.get("auditor", queries.port(), "/api/audit?actor=auditor&type=PersonalDataViewed").json()
                .get("entries").size()).isGreaterThanOrEqualTo(2);
        JsonNode firstPage = api.get("auditor", queries.port(), "/api/audit?aggregateId=" + caseId + "&size=2").json();
        assertThat(firstPage.get("entries")).hasSize(2);
        assertThat(firstPage.get("hasMore").asBoolean()).isTrue();
    }

    @Test
    void backdated_steps_show_in_the_late_recording_view_by_officer_and_month() {
        JsonNode late = api.await("auditor", queries.port(), "/api/audit/late-recording?days=30",
                answer -> answer.json().get("total").asLong() >= 4).json();

        assertThat(late.get("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(late.at("/byOfficer/officer").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(late.get("byMonth").size()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("auditor", queries.port(), "/api/audit/late-recording?days=3650").json().get("total").asLong())
                .isZero();
        assertThat(api.get("auditor", queries.port(), "/api/audit/late-recording?days=100000").status()).isEqualTo(400);
    }

    @Test
    void the_evidence_pack_is_one_readable_document_with_every_event_and_an_intact_chain() {
        Api.Answer pack = api.get("auditor", queries.port(), "/api/evidence/assessments/" + caseId);

        assertThat(pack.status()).isEqualTo(200);
        assertThat(pack.body()).startsWith("<!DOCTYPE html>").contains("Statutory deadlines", "Every recorded event",
                "FINAL_PLAN_ISSUED", "Intact: all 6 events", "Case put in the caseload of officer (North)", "Appendix: the same in JSON").doesNotContain("Fen Madeup");
        assertThat(api.get("auditor", queries.port(), "/api/audit/verify?aggregateId=" + caseId).json()
                .get("intact").asBoolean()).isTrue();
    }

    @Test
    void only_auditors_and_administrators_reach_the_audit_trail_and_evidence() {
        assertThat(api.get("dashboard", queries.port(), "/api/audit").status()).isEqualTo(403);
        assertThat(api.get("officer", queries.port(), "/api/audit").status()).isEqualTo(403);
        assertThat(api.get("dashboard", queries.port(), "/api/evidence/assessments/" + caseId).status()).isEqualTo(403);
        assertThat(api.get("admin", queries.port(), "/api/audit/verify?aggregateId=" + caseId).status()).isEqualTo(200);
        assertThat(api.get(null, queries.port(), "/api/audit").status()).isEqualTo(401);
    }

    @Test
    void an_administrator_rebuilds_every_read_model_and_each_equals_the_live_one_it_replaces() {
        String caseUrl = "/api/assessments/" + caseId;
        // What the other tests just recorded must be in the live read models before they are compared.
        api.awaitReadModelsCaughtUp(queries.port(), Duration.ofSeconds(30));
        String before = api.get("officer", queries.port(), caseUrl).body();
        String figures = api.get("dashboard", queries.port(), "/api/timeliness?year=2024").body();
        List<String> names = new ArrayList<>();
        api.get("admin", queries.port(), "/api/admin/projections").json().forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).contains("assessment-timeline", "timeliness", "panels", "improvement-actions", "audit-log");

        for (String name : names) {
            assertThat(api.post("admin", queries.port(), "/api/admin/projections/" + name + "/rebuild", "").status())
                    .isEqualTo(202);
        }
        api.await("admin", queries.port(), "/api/admin/projections", answer -> {
            for (JsonNode projection : answer.json()) {
                if (!projection.at("/lastRebuild/state").asText().equals("FINISHED") || !projection.get("processorRunning").asBoolean()) {
                    return false;
                }
            }
            return true;
        });

        assertThat(api.get("officer", queries.port(), caseUrl).body()).isEqualTo(before);
        assertThat(api.get("dashboard", queries.port(), "/api/timeliness?year=2024").body()).isEqualTo(figures);
        for (String name : names) {
            JsonNode reconciliation = api.get("admin", queries.port(), "/api/admin/projections/" + name + "/reconcile").json();
            assertThat(reconciliation.get("matches").asBoolean()).as(reconciliation.toString()).isTrue();
        }
    }

    @Test
    void rebuilds_are_for_administrators_only_and_name_a_projection_that_exists() {
        assertThat(api.post("auditor", queries.port(), "/api/admin/projections/timeliness/rebuild", "").status()).isEqualTo(403);
        assertThat(api.get("dashboard", queries.port(), "/api/admin/projections").status()).isEqualTo(403);
        assertThat(api.post("admin", queries.port(), "/api/admin/projections/no-such-model/rebuild", "").status()).isEqualTo(404);
    }

    @Test
    void editing_one_stored_event_directly_in_the_database_breaks_the_chain_at_exactly_that_event() throws Exception {
        String caseId = logCase(2019);
        issueFinalPlan(caseId, 2019);
        try (Connection db = EventStoreDatabase.connect(dataDir);
             PreparedStatement edit = db.prepareStatement("UPDATE DomainEventEntry SET payload = "
                     + "STRINGTOUTF8(REPLACE(UTF8TOSTRING(payload), '2019-02-05', '2019-02-01')) "
                     + "WHERE aggregateIdentifier = ? AND sequenceNumber = 3")) { // 0 opened, 1 its reference, 2 its caseload, 3 the decision
            edit.setString(1, caseId);
            assertThat(edit.executeUpdate()).isOne();
        }

        JsonNode verification = api.get("auditor", queries.port(), "/api/audit/verify?aggregateId=" + caseId).json();
        assertThat(verification.get("intact").asBoolean()).isFalse();
        assertThat(verification.at("/firstBrokenLink/sequenceNumber").asLong()).isEqualTo(3);
        assertThat(verification.at("/firstBrokenLink/type").asText()).isEqualTo("MilestoneRecorded");
        assertThat(verification.at("/firstBrokenLink/problem").asText()).contains("edited");

        Api.Answer started = api.post("auditor", queries.port(), "/api/audit/verifications", "");
        assertThat(started.status()).isEqualTo(202);
        String progress = "/api/audit/verifications/" + started.json().get("verificationId").asText();
        JsonNode whole = api.await("auditor", queries.port(), progress,
                answer -> answer.json().get("state").asText().equals("FINISHED")).json();
        assertThat(whole.get("intact").asBoolean()).isFalse();
        assertThat(whole.get("eventsChecked").asLong()).isEqualTo(whole.get("totalEvents").asLong());
        assertThat(whole.at("/brokenLinks/0/aggregateId").asText()).isEqualTo(caseId);
        assertThat(whole.at("/brokenLinks/0/sequenceNumber").asLong()).isEqualTo(3);
        assertThat(api.get("auditor", queries.port(), "/api/evidence/assessments/" + caseId).body())
                .contains("BROKEN at event #3");
    }
}
