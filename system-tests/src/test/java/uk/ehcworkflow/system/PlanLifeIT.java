package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;

/**
 * A plan's life after issue, as a case officer records it and an auditor and a dashboard read it:
 * a final plan, two annual reviews (the first decided and amended late, the second on time), a
 * phase transfer named in time and a cessation; beside it an older plan registered from before,
 * whose review is overdue.
 */
class PlanLifeIT extends RunningServices {

    private String planId;
    private String registeredId;
    /** After the first review was recorded and before the second was. */
    private Instant betweenTheReviews;

    /** Its figures are the whole area's (plans in force, reviews overdue): no other class's plans may count in them. */
    @Override
    protected boolean sharesServices() {
        return false;
    }

    private void officer(String path, String body) {
        Api.Answer answer = api.post("officer", commands.port(), path, body);
        assertThat(answer.status()).as(path + " " + body + ": " + answer.body()).isIn(201, 204);
    }

    @BeforeAll
    void aPlanLivedAndAnOldOneRegistered() throws Exception {
        planId = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Ada Madeup","dateOfBirth":"2015-04-01","requestReceivedOn":"2023-01-09","requestSource":"PARENT"}""")
                .json().get("assessmentId").asText();
        officer("/api/assessments/" + planId + "/milestones", "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2023-02-10\"}");
        officer("/api/assessments/" + planId + "/milestones", "{\"milestone\":\"DRAFT_PLAN_ISSUED\",\"occurredOn\":\"2023-04-03\"}");
        officer("/api/assessments/" + planId + "/milestones", "{\"milestone\":\"FINAL_PLAN_ISSUED\",\"occurredOn\":\"2023-05-02\"}");
        // Straight after the final plan, with no wait: the plan exists on the command side in the same request.
        String plan = "/api/plans/" + planId;
        officer(plan + "/review-meetings", "{\"heldOn\":\"2024-03-20\"}");
        officer(plan + "/review-decisions", "{\"decision\":\"AMEND\",\"decidedOn\":\"2024-04-30\"}");
        officer(plan + "/amended-plans", "{\"issuedOn\":\"2024-07-01\"}");
        api.await("officer", queries.port(), plan, answer -> answer.status() == 200
                && answer.json().get("reviews").size() == 1 && !answer.json().at("/reviews/0/amendedPlanIssuedOn").isNull());
        Thread.sleep(20);
        betweenTheReviews = Instant.now();
        Thread.sleep(20);
        officer(plan + "/review-meetings", "{\"heldOn\":\"2025-03-10\"}");
        officer(plan + "/review-decisions", "{\"decision\":\"MAINTAIN\",\"decidedOn\":\"2025-03-31\"}");
        officer(plan + "/phase-transfer", "{\"transfer\":\"PRIMARY_TO_SECONDARY\",\"transferYear\":2025}");
        // the earlier address still answers: the day given is the amended plan's, an appealable decision of 2025
        officer(plan + "/phase-transfer/setting-named", "{\"namedOn\":\"2025-02-10\",\"setting\":\"Made-up Academy\"}");
        officer(plan + "/cessation", "{\"ceasedOn\":\"2026-03-20\",\"reason\":\"MOVED_TO_ANOTHER_LA\"}");

        registeredId = api.post("officer", commands.port(), "/api/plans", """
                {"childName":"Ben Madeup","dateOfBirth":"2012-01-01","issuedOn":"2022-06-01","lastReviewDecisionOn":"2024-09-15"}""")
                .json().get("planId").asText();
        officer("/api/plans/" + registeredId + "/review-meetings", "{\"heldOn\":\"2025-10-01\"}");
        api.await("officer", queries.port(), plan, answer -> answer.json().get("status").asText().equals("CEASED"));
        api.await("officer", queries.port(), "/api/plans/" + registeredId,
                answer -> answer.status() == 200 && answer.json().get("reviews").size() == 1);
    }

    @Test
    void the_plan_timeline_shows_each_review_with_its_due_dates_and_whether_they_were_met() {
        JsonNode plan = api.get("officer", queries.port(), "/api/plans/" + planId).json();

        assertThat(plan.get("origin").asText()).isEqualTo("ISSUED_HERE");
        assertThat(plan.get("assessmentId").asText()).isEqualTo(planId);
        assertThat(plan.at("/child/name").asText()).isEqualTo("Ada Madeup");
        assertThat(plan.get("issuedOn").asText()).isEqualTo("2023-05-02");
        assertThat(plan.get("status").asText()).isEqualTo("CEASED");
        assertThat(plan.at("/cessation/reason").asText()).isEqualTo("MOVED_TO_ANOTHER_LA");
        assertThat(plan.get("nextReviewDueBy").isNull()).isTrue();

        JsonNode first = plan.at("/reviews/0");
        assertThat(first.get("decisionDueBy").asText()).isEqualTo("2024-04-17");
        assertThat(first.get("decisionWithinFourWeeks").asBoolean()).isFalse();
        assertThat(first.get("amendedPlanDueBy").asText()).isEqualTo("2024-06-25");
        assertThat(first.get("amendedWithinEightWeeks").asBoolean()).isFalse();
        JsonNode second = plan.at("/reviews/1");
        assertThat(second.get("decision").asText()).isEqualTo("MAINTAIN");
        assertThat(second.get("decisionWithinFourWeeks").asBoolean()).isTrue();

        // Each review was owed within the 12 months starting with the issue, then with the last decision.
        assertThat(plan.at("/reviewsDue/0/dueBy").asText()).isEqualTo("2024-05-01");
        assertThat(plan.at("/reviewsDue/0/completedInTime").asBoolean()).isTrue();
        assertThat(plan.at("/reviewsDue/1/dueBy").asText()).isEqualTo("2025-04-29");
        assertThat(plan.get("reviewsDue")).hasSize(2); // the third was not yet due when the plan ceased

        assertThat(plan.at("/phaseTransfers/0/nameBy").asText()).isEqualTo("2025-02-14");
        assertThat(plan.at("/phaseTransfers/0/amendedPlanIssuedOn").asText()).isEqualTo("2025-02-10");
        assertThat(plan.at("/phaseTransfers/0/namedInTime").asBoolean()).isTrue();
    }

    @Test
    void a_registered_plan_counts_its_review_from_the_last_decision_before_it_came_and_shows_it_overdue() {
        JsonNode plan = api.get("officer", queries.port(), "/api/plans/" + registeredId).json();

        assertThat(plan.get("origin").asText()).isEqualTo("REGISTERED");
        assertThat(plan.get("assessmentId").isNull()).isTrue();
        assertThat(plan.get("nextReviewDueBy").asText()).isEqualTo("2025-09-14");
        assertThat(plan.get("reviewOverdue").asBoolean()).isTrue();
        assertThat(plan.at("/child/name").asText()).isEqualTo("Ben Madeup");
    }

    @Test
    void the_review_figures_count_each_step_in_the_year_its_own_date_falls_in() {
        JsonNode y2024 = api.get("dashboard", queries.port(), "/api/reviews/timeliness?year=2024").json();
        assertThat(y2024.get("plansInForce").asLong()).isEqualTo(2);
        assertThat(y2024.get("reviewsDue").asLong()).isEqualTo(1);
        assertThat(y2024.get("percentReviewsCompletedWithinTwelveMonths").asDouble()).isEqualTo(100.0);
        assertThat(y2024.at("/reviewDecisions/AMEND").asLong()).isEqualTo(1);
        assertThat(y2024.get("decisionsWithinFourWeeks").asLong()).isZero();
        assertThat(y2024.get("percentDecisionsWithinFourWeeks").asDouble()).isZero();
        assertThat(y2024.get("amendedPlansIssued").asLong()).isEqualTo(1);
        assertThat(y2024.get("amendedWithinEightWeeks").asLong()).isZero();

        JsonNode y2025 = api.get("dashboard", queries.port(), "/api/reviews/timeliness?year=2025").json();
        assertThat(y2025.get("reviewMeetingsHeld").asLong()).isEqualTo(2);
        assertThat(y2025.at("/reviewDecisions/MAINTAIN").asLong()).isEqualTo(1);
        assertThat(y2025.get("percentDecisionsWithinFourWeeks").asDouble()).isEqualTo(100.0);
        assertThat(y2025.get("reviewsDue").asLong()).isEqualTo(2);
        assertThat(y2025.get("percentReviewsCompletedWithinTwelveMonths").asDouble()).isEqualTo(50.0);
        assertThat(y2025.get("percentAmendedWithinEightWeeks").isNull()).isTrue();
        assertThat(y2025.get("phaseTransfersDue").asLong()).isEqualTo(1);
        assertThat(y2025.get("percentNamedInTime").asDouble()).isEqualTo(100.0);

        JsonNode y2026 = api.get("dashboard", queries.port(), "/api/reviews/timeliness?year=2026").json();
        assertThat(y2026.at("/plansCeasedByReason/MOVED_TO_ANOTHER_LA").asLong()).isEqualTo(1);
        assertThat(y2026.get("plansInForce").asLong()).isEqualTo(1);
    }

    @Test
    void the_overdue_list_names_each_deadline_past_on_the_day_and_the_counts_an_foi_asks_for() {
        JsonNode overdue = api.get("officer", queries.port(), "/api/reviews/overdue?on=2026-06-01").json();

        assertThat(overdue.get("plans").asLong()).isEqualTo(1);
        List<String> deadlines = new ArrayList<>();
        overdue.get("deadlines").forEach(d -> {
            assertThat(d.get("planId").asText()).isEqualTo(registeredId);
            deadlines.add(d.get("deadline").asText() + " " + d.get("dueBy").asText() + " " + d.get("daysOverdue").asLong());
        });
        assertThat(deadlines).containsExactly("REVIEW 2025-09-14 260", "REVIEW_DECISION 2025-10-29 215");
        assertThat(overdue.at("/incompleteReviews/atLeastSixMonthsAfterMeeting").asLong()).isEqualTo(1);
        assertThat(overdue.at("/incompleteReviews/atLeastTwelveMonthsAfterMeeting").asLong()).isZero();
        // Before the registered plan's review fell due, nothing was overdue.
        assertThat(api.get("officer", queries.port(), "/api/reviews/overdue?on=2025-09-14").json().get("plans").asLong())
                .isZero();
    }

    @Test
    void the_plan_as_known_at_a_past_instant_is_rebuilt_from_the_events_recorded_by_then() {
        JsonNode then = api.get("auditor", queries.port(), "/api/plans/" + planId + "?asOf=" + betweenTheReviews).json();

        assertThat(then.get("reviews")).hasSize(1);
        assertThat(then.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(then.get("nextReviewDueBy").asText()).isEqualTo("2025-04-29");
        JsonNode figuresThen = api.get("dashboard", queries.port(),
                "/api/reviews/timeliness?year=2025&asOf=" + betweenTheReviews).json();
        assertThat(figuresThen.get("reviewMeetingsHeld").asLong()).isZero();
        assertThat(api.get("auditor", queries.port(), "/api/plans/" + planId + "?asOf=2020-01-01").status()).isEqualTo(404);
    }

    @Test
    void the_evidence_pack_holds_the_plans_deadlines_its_events_and_an_intact_chain() {
        Api.Answer pack = api.get("auditor", queries.port(), "/api/evidence/plans/" + planId);

        assertThat(pack.status()).isEqualTo(200);
        assertThat(pack.body()).contains("Evidence pack: EHC plan " + planId, "Final amended plan issued",
                "Review decision MAINTAIN notified", "Plan ceased (MOVED_TO_ANOTHER_LA)", "Intact: all 10 events", "Plan put in the caseload of officer (North)")
                .doesNotContain("Ada Madeup");
        assertThat(api.get("auditor", queries.port(), "/api/audit/verify?aggregateId=plan:" + planId).json()
                .get("intact").asBoolean()).isTrue();
        assertThat(api.get("officer", queries.port(), "/api/evidence/plans/" + planId).status()).isEqualTo(403);
    }

    @Test
    void a_rebuilt_plan_read_model_equals_the_live_one_and_reconciles_with_the_store() {
        // What the other tests just recorded must be in the live read models before they are compared.
        api.awaitReadModelsCaughtUp(queries.port(), Duration.ofSeconds(30));
        String before = api.get("officer", queries.port(), "/api/plans/" + planId).body();
        String figures = api.get("dashboard", queries.port(), "/api/reviews/timeliness?year=2025").body();

        assertThat(api.post("admin", queries.port(), "/api/admin/projections/plan-timeline/rebuild", "").status())
                .isEqualTo(202);
        api.await("admin", queries.port(), "/api/admin/projections", answer -> {
            for (JsonNode projection : answer.json()) {
                if (projection.get("name").asText().equals("plan-timeline")) {
                    return projection.at("/lastRebuild/state").asText().equals("FINISHED")
                            && projection.get("processorRunning").asBoolean();
                }
            }
            return false;
        });

        assertThat(api.get("officer", queries.port(), "/api/plans/" + planId).body()).isEqualTo(before);
        assertThat(api.get("dashboard", queries.port(), "/api/reviews/timeliness?year=2025").body()).isEqualTo(figures);
        assertThat(api.get("admin", queries.port(), "/api/admin/projections/plan-timeline/reconcile").json()
                .get("matches").asBoolean()).isTrue();
    }

    @Test
    void an_administrator_erases_a_registered_plans_child_and_a_plan_issued_here_is_erased_with_its_case() {
        // A plan long ceased, so that it counts in no figure or list the other tests read.
        String other = api.post("officer", commands.port(), "/api/plans", """
                {"childName":"Eve Madeup","dateOfBirth":"2003-03-03","issuedOn":"2019-03-01"}""").json().get("planId").asText();
        officer("/api/plans/" + other + "/cessation", "{\"ceasedOn\":\"2019-03-01\",\"reason\":\"MOVED_TO_ANOTHER_LA\"}");
        assertThat(api.post("officer", commands.port(), "/api/plans/" + other + "/erasure", "{\"reason\":\"r\"}").status())
                .isEqualTo(403);
        assertThat(api.post("admin", commands.port(), "/api/plans/" + other + "/erasure",
                "{\"reason\":\"Erasure request\"}").status()).isEqualTo(204);
        JsonNode erased = api.await("officer", queries.port(), "/api/plans/" + other,
                answer -> answer.status() == 200 && answer.json().at("/child/visibility").asText().equals("ERASED")).json();
        assertThat(erased.at("/child/name").isNull()).isTrue();
        assertThat(erased.get("issuedOn").asText()).isEqualTo("2019-03-01");
        assertThat(api.post("admin", commands.port(), "/api/plans/" + other + "/erasure", "{\"reason\":\"again\"}")
                .json().get("rule").asText()).isEqualTo("personal-data-already-erased");
        assertThat(api.post("admin", commands.port(), "/api/plans/" + planId + "/erasure", "{\"reason\":\"r\"}")
                .json().get("rule").asText()).isEqualTo("erased-with-its-case");
    }

    @Test
    void a_plan_transferred_in_owes_its_family_word_in_six_weeks_and_its_review_by_the_later_of_its_dates() {
        // reg 15, in years no other test counts: last review 2019-02-11, transferred 2020-01-20 -> review by
        // 2020-04-19, not 2020-02-10; the family told by 2020-03-02.
        String transferred = api.post("officer", commands.port(), "/api/plans", """
                {"childName":"Kit Madeup","dateOfBirth":"2004-03-03","issuedOn":"2017-05-08","lastReviewDecisionOn":"2019-02-11",
                 "transferredInOn":"2020-01-20","fromAuthority":"Made-up County Council"}""").json().get("planId").asText();
        JsonNode plan = api.await("officer", queries.port(), "/api/plans/" + transferred,
                answer -> answer.status() == 200).json();
        assertThat(plan.get("nextReviewDueBy").asText()).isEqualTo("2020-04-19");
        assertThat(plan.at("/transferredIn/fromAuthority").asText()).isEqualTo("Made-up County Council");
        assertThat(plan.at("/transferredIn/noticeDueBy").asText()).isEqualTo("2020-03-02");
        JsonNode tray = api.get("officer", queries.port(), "/api/work-tray?kind=TRANSFER_NOTICE").json();
        assertThat(tray.get("deadlines").findValuesAsText("planId")).contains(transferred);

        officer("/api/plans/" + transferred + "/transfer-notice", "{\"sentOn\":\"2020-02-03\"}");
        officer("/api/plans/" + transferred + "/cessation", "{\"ceasedOn\":\"2020-03-02\",\"reason\":\"MOVED_TO_ANOTHER_LA\"}");
        api.await("officer", queries.port(), "/api/plans/" + transferred,
                answer -> answer.json().at("/transferredIn/noticeSentOn").asText().equals("2020-02-03"));
        assertThat(api.get("officer", queries.port(), "/api/work-tray?kind=TRANSFER_NOTICE").json().get("deadlines")
                .findValuesAsText("planId")).doesNotContain(transferred);
    }

    @Test
    void bad_input_is_refused_naming_the_field_the_plan_or_the_rule() {
        Api.Answer missing = api.post("officer", commands.port(), "/api/plans/" + registeredId + "/review-decisions",
                "{\"decision\":\"MAINTAIN\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asText()).isEqualTo("decidedOn");

        assertThat(api.post("officer", commands.port(), "/api/plans/no-such-plan/review-meetings",
                "{\"heldOn\":\"2025-01-01\"}").status()).isEqualTo(404);
        assertThat(api.get("officer", queries.port(), "/api/plans/no-such-plan").status()).isEqualTo(404);

        Api.Answer ceased = api.post("officer", commands.port(), "/api/plans/" + planId + "/review-meetings",
                "{\"heldOn\":\"2026-04-01\"}");
        assertThat(ceased.status()).isEqualTo(409);
        assertThat(ceased.json().get("rule").asText()).isEqualTo("plan-ceased");

        Api.Answer twice = api.post("officer", commands.port(), "/api/plans/" + registeredId + "/review-meetings",
                "{\"heldOn\":\"2025-11-01\"}");
        assertThat(twice.json().get("rule").asText()).isEqualTo("review-decision-outstanding");

        assertThat(api.get("dashboard", queries.port(), "/api/plans/" + planId).status()).isEqualTo(403);
        assertThat(api.post("panel", commands.port(), "/api/plans", "{}").status()).isEqualTo(403);
    }
}
