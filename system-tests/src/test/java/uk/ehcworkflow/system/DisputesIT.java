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
 * Disagreement resolution as a case officer records it and a dashboard and an auditor read it: a
 * refusal to assess taken to mediation (not resolved), appealed, conceded with an order to assess
 * and complied with late, the case going on under the order; a final plan appealed on section I,
 * upheld and complied with in time; a refusal to issue appealed and dismissed; and a mediation
 * still open past its 30 days.
 */
class DisputesIT extends RunningServices {

    private String refused;
    private String conceded;
    private String planned;
    private String sectionI;
    private String dismissed;
    private String mediating;
    /** After the conceded dispute's appeal was registered and before its outcome. */
    private Instant beforeTheOutcome;

    /** Its figures are the whole area's (appeals, mediations, orders of a year): no other class's disputes may count in them. */
    @Override
    protected boolean sharesServices() {
        return false;
    }

    private Api.Answer officer(String path, String body) {
        Api.Answer answer = api.post("officer", commands.port(), path, body);
        assertThat(answer.status()).as(path + " " + body + ": " + answer.body()).isIn(201, 204);
        return answer;
    }

    private String open(String name, String received) {
        return officer("/api/assessments", "{\"childName\":\"" + name + "\",\"dateOfBirth\":\"2016-05-05\","
                + "\"requestReceivedOn\":\"" + received + "\",\"requestSource\":\"PARENT\"}").json().get("assessmentId").asText();
    }

    private void step(String caseId, String milestone, String on) {
        officer("/api/assessments/" + caseId + "/milestones", "{\"milestone\":\"" + milestone + "\",\"occurredOn\":\"" + on
                + "\",\"note\":\"Made-up reasons for the record.\"}");
    }

    private String dispute(String caseId, String decision, String letter, String adviser) {
        return officer("/api/disputes", "{\"caseId\":\"" + caseId + "\",\"decision\":\"" + decision + "\",\"decisionLetterOn\":\""
                + letter + "\"" + (adviser == null ? "" : ",\"adviserContactedOn\":\"" + adviser + "\"") + "}")
                .json().get("disputeId").asText();
    }

    @BeforeAll
    void threeDisputesTakenToTheTribunalAndOneInMediation() throws Exception {
        refused = open("Cal Madeup", "2025-12-01");
        step(refused, "DECISION_NOT_TO_ASSESS", "2026-01-05");
        conceded = dispute(refused, "DECISION_NOT_TO_ASSESS", "2026-01-05", "2026-01-20");
        String d = "/api/disputes/" + conceded;
        officer(d + "/certificate", "{\"issuedOn\":\"2026-02-20\",\"mediationHeld\":true,\"outcome\":\"NOT_RESOLVED\"}");
        officer(d + "/appeal", "{\"receivedOn\":\"2026-03-09\",\"registeredOn\":\"2026-03-10\","
                + "\"grounds\":[\"REFUSAL_TO_ASSESS\"]}");
        officer(d + "/not-opposed", "{\"on\":\"2026-04-01\"}");
        api.await("officer", queries.port(), d, answer -> answer.status() == 200
                && !answer.json().at("/appeal/notOpposedOn").isNull());
        Thread.sleep(20);
        beforeTheOutcome = Instant.now();
        Thread.sleep(20);
        officer(d + "/outcome", "{\"decidedOn\":\"2026-04-20\",\"outcome\":\"CONCEDED\",\"orders\":[\"ASSESS\"]}");
        // The order reopened the case in the same command: it goes on at once, under the order's deadlines.
        step(refused, "DECISION_TO_ASSESS", "2026-04-10");
        step(refused, "DRAFT_PLAN_ISSUED", "2026-06-01");
        step(refused, "FINAL_PLAN_ISSUED", "2026-07-09");
        officer(d + "/compliance", "{\"order\":\"ASSESS\",\"compliedOn\":\"2026-07-09\",\"step\":\"FINAL_PLAN_ISSUED\"}");

        planned = open("Dee Madeup", "2025-09-01");
        step(planned, "DECISION_TO_ASSESS", "2025-10-06");
        step(planned, "DRAFT_PLAN_ISSUED", "2026-01-05");
        step(planned, "FINAL_PLAN_ISSUED", "2026-02-02");
        sectionI = dispute(planned, "FINAL_PLAN_ISSUED", "2026-02-02", null);
        officer("/api/disputes/" + sectionI + "/appeal", "{\"receivedOn\":\"2026-03-02\",\"grounds\":[\"SECTION_I\"]}");
        officer("/api/disputes/" + sectionI + "/outcome",
                "{\"decidedOn\":\"2026-05-04\",\"outcome\":\"UPHELD\",\"orders\":[\"AMEND_SECTION_I\"]}");
        officer("/api/disputes/" + sectionI + "/compliance", "{\"order\":\"AMEND_SECTION_I\",\"compliedOn\":\"2026-05-15\"}");

        String notIssued = open("Eli Madeup", "2025-10-01");
        step(notIssued, "DECISION_TO_ASSESS", "2025-11-05");
        step(notIssued, "DECISION_NOT_TO_ISSUE", "2026-01-20");
        dismissed = dispute(notIssued, "DECISION_NOT_TO_ISSUE", "2026-01-20", "2026-01-25");
        officer("/api/disputes/" + dismissed + "/certificate",
                "{\"issuedOn\":\"2026-02-01\",\"mediationHeld\":false,\"outcome\":\"DECLINED\"}");
        officer("/api/disputes/" + dismissed + "/appeal", "{\"receivedOn\":\"2026-03-01\",\"grounds\":[\"REFUSAL_TO_ISSUE\"]}");
        officer("/api/disputes/" + dismissed + "/outcome", "{\"decidedOn\":\"2026-06-01\",\"outcome\":\"DISMISSED\",\"orders\":[]}");

        String late = open("Fay Madeup", "2026-09-01");
        step(late, "DECISION_NOT_TO_ASSESS", "2026-10-15");
        mediating = dispute(late, "DECISION_NOT_TO_ASSESS", "2026-10-15", "2026-10-18");
        officer("/api/disputes/" + mediating + "/mediation-requested", "{\"on\":\"2026-10-20\"}");

        api.await("officer", queries.port(), "/api/disputes/" + mediating, answer -> answer.status() == 200);
        api.await("officer", queries.port(), "/api/disputes/" + dismissed,
                answer -> answer.status() == 200 && answer.json().at("/appeal/outcome").asText().equals("DISMISSED"));
        api.await("officer", queries.port(), "/api/disputes/" + sectionI,
                answer -> answer.status() == 200 && !answer.json().at("/orders/0/compliedOn").isNull());
        api.await("officer", queries.port(), "/api/disputes/" + conceded,
                answer -> answer.status() == 200 && !answer.json().at("/orders/0/compliedOn").isNull());
        api.await("officer", queries.port(), "/api/assessments/" + refused,
                answer -> answer.status() == 200 && !answer.json().get("finalPlanIssuedOn").isNull());
    }

    @Test
    void the_conceded_dispute_shows_its_later_appeal_deadline_and_its_order_complied_with_late() {
        JsonNode dispute = api.get("officer", queries.port(), "/api/disputes/" + conceded).json();

        assertThat(dispute.get("caseId").asText()).isEqualTo(refused);
        assertThat(dispute.get("mediationAdviceBy").asText()).isEqualTo("2026-03-05");
        assertThat(dispute.get("appealBy").asText()).isEqualTo("2026-03-20"); // a month after the certificate, the later
        assertThat(dispute.at("/certificate/outcome").asText()).isEqualTo("NOT_RESOLVED");
        assertThat(dispute.at("/appeal/late").asBoolean()).isFalse();
        assertThat(dispute.at("/appeal/outcome").asText()).isEqualTo("CONCEDED");
        JsonNode order = dispute.at("/orders/0");
        assertThat(order.get("order").asText()).isEqualTo("ASSESS");
        assertThat(order.get("from").asText()).isEqualTo("2026-04-01"); // reg 45: from the day it said it would not oppose
        assertThat(order.get("dueBy").asText()).isEqualTo("2026-07-08");
        assertThat(order.get("compliedOn").asText()).isEqualTo("2026-07-09");
        assertThat(order.get("compliedInTime").asBoolean()).isFalse();
        assertThat(order.get("overdue").asBoolean()).isFalse();
        assertThat(order.at("/steps/0/step").asText()).isEqualTo("NOTICE_TO_ASSESS");
        assertThat(order.at("/steps/0/dueBy").asText()).isEqualTo("2026-04-15");

        JsonNode upheld = api.get("officer", queries.port(), "/api/disputes/" + sectionI).json();
        assertThat(upheld.at("/orders/0/dueBy").asText()).isEqualTo("2026-05-18");
        assertThat(upheld.at("/orders/0/compliedInTime").asBoolean()).isTrue();
    }

    @Test
    void the_reopened_case_shows_its_appeal_rights_its_dispute_and_both_sets_of_deadlines() {
        JsonNode timeline = api.get("officer", queries.port(), "/api/assessments/" + refused).json();

        assertThat(timeline.get("stage").asText()).isEqualTo("FINAL_PLAN_ISSUED");
        assertThat(timeline.get("deadlinesApplying").asText()).isEqualTo("TRIBUNAL_ORDER");
        assertThat(timeline.at("/due/decision").asText()).isEqualTo("2026-01-12"); // the statutory ones stay on record
        assertThat(timeline.at("/reopenings/0/overturned").asText()).isEqualTo("DECISION_NOT_TO_ASSESS");
        List<String> ordered = new ArrayList<>();
        timeline.get("orderDeadlines").forEach(step -> ordered.add(step.get("step").asText() + " " + step.get("dueBy").asText()
                + " " + step.path("metInTime").asText()));
        assertThat(ordered).containsExactly("NOTICE_TO_ASSESS 2026-04-15 true", "DECISION_NOT_TO_ISSUE 2026-06-10 null",
                "FINAL_PLAN_ISSUED 2026-07-08 false");

        JsonNode rights = timeline.get("appealRights");
        assertThat(rights).hasSize(2);
        assertThat(rights.at("/0/decision").asText()).isEqualTo("DECISION_NOT_TO_ASSESS");
        assertThat(rights.at("/0/appealBy").asText()).isEqualTo("2026-03-20");
        assertThat(rights.at("/0/disputeId").asText()).isEqualTo(conceded);
        assertThat(rights.at("/1/decision").asText()).isEqualTo("FINAL_PLAN_ISSUED");
        assertThat(rights.at("/1/appealBy").asText()).isEqualTo("2026-09-09");
        assertThat(timeline.at("/disputes/0/disputeId").asText()).isEqualTo(conceded);
        assertThat(timeline.at("/disputes/0/outcome").asText()).isEqualTo("CONCEDED");

        // The final plan of a reopened case begins its plan like any other.
        assertThat(api.await("officer", queries.port(), "/api/plans/" + refused, answer -> answer.status() == 200)
                .json().get("issuedOn").asText()).isEqualTo("2026-07-09");
    }

    @Test
    void the_timeliness_figures_keep_the_refusal_and_count_the_reopened_cases_plan_when_issued() {
        JsonNode y2025 = api.get("dashboard", queries.port(), "/api/timeliness?year=2025").json();
        assertThat(y2025.get("refusedToAssess").asLong()).isEqualTo(1);
        assertThat(y2025.get("agreedToAssess").asLong()).isEqualTo(2);
        JsonNode y2026 = api.get("dashboard", queries.port(), "/api/timeliness?year=2026").json();
        assertThat(y2026.get("finalPlansIssued").asLong()).isEqualTo(2);
    }

    @Test
    void the_figures_count_appeals_against_decisions_the_familys_share_mediation_and_orders_in_time() {
        JsonNode figures = api.get("dashboard", queries.port(), "/api/disputes/figures?year=2026").json();

        // Refusals on 5 Jan and 15 Oct, a refusal to issue, and two final plans.
        assertThat(figures.get("appealableDecisionsNotified").asLong()).isEqualTo(5);
        assertThat(figures.get("appealsRegistered").asLong()).isEqualTo(3);
        assertThat(figures.get("appealRate").asDouble()).isEqualTo(60.0);
        assertThat(figures.at("/appealsByGround/SECTION_I").asLong()).isEqualTo(1);
        assertThat(figures.get("mediationCases").asLong()).isEqualTo(3);
        assertThat(figures.at("/certificatesByOutcome/NOT_RESOLVED").asLong()).isEqualTo(1);
        assertThat(figures.at("/certificatesByOutcome/DECLINED").asLong()).isEqualTo(1);
        assertThat(figures.get("percentResolvedByMediation").asDouble()).isZero();
        // The tribunal decided two (upheld, dismissed); the concession stands on its own line.
        assertThat(figures.get("decidedAppeals").asLong()).isEqualTo(2);
        assertThat(figures.get("percentInFamilysFavour").asDouble()).isEqualTo(50.0);
        assertThat(figures.get("appealsConceded").asLong()).isEqualTo(1);
        assertThat(figures.get("ordersDue").asLong()).isEqualTo(2);
        assertThat(figures.get("percentCompliedInTime").asDouble()).isEqualTo(50.0);
    }

    @Test
    void the_open_list_puts_the_mediation_past_its_thirty_days_first_then_the_window_still_open() {
        JsonNode open = api.get("officer", queries.port(), "/api/disputes/open?on=2026-11-30&size=500").json();

        assertThat(open.get("overdue").asLong()).isEqualTo(1);
        JsonNode first = open.at("/items/0");
        assertThat(first.get("kind").asText()).isEqualTo("MEDIATION");
        assertThat(first.get("disputeId").asText()).isEqualTo(mediating);
        assertThat(first.get("dueBy").asText()).isEqualTo("2026-11-19");
        List<String> rest = new ArrayList<>();
        open.get("items").forEach(item -> rest.add(item.get("kind").asText() + " " + item.path("disputeId").asText()));
        assertThat(rest).contains("APPEAL_WINDOW " + mediating)
                .noneMatch(item -> item.contains(conceded) || item.contains(sectionI) || item.contains(dismissed));
        // While the order was outstanding, it was open, and overdue after its day.
        JsonNode then = api.get("officer", queries.port(), "/api/disputes/open?on=2026-07-09&size=500").json();
        assertThat(then.get("items").findValuesAsText("kind")).doesNotContain("ORDER"); // complied with, as known now

        JsonNode tray = api.get("officer", queries.port(), "/api/work-tray?size=500").json();
        List<String> kinds = new ArrayList<>();
        tray.get("deadlines").forEach(deadline -> {
            if (mediating.equals(deadline.path("disputeId").asText())) {
                kinds.add(deadline.get("kind").asText() + " " + deadline.get("status").asText());
            }
        });
        assertThat(kinds).contains("MEDIATION OVERDUE");
        assertThat(api.get("dashboard", queries.port(), "/api/disputes/open").status()).isEqualTo(403);
    }

    @Test
    void a_past_date_read_shows_the_dispute_and_the_case_before_the_outcome() {
        JsonNode then = api.get("auditor", queries.port(), "/api/disputes/" + conceded + "?asOf=" + beforeTheOutcome).json();
        assertThat(then.get("stage").asText()).isEqualTo("APPEALED");
        assertThat(then.get("orders")).isEmpty();

        JsonNode caseThen = api.get("auditor", queries.port(), "/api/assessments/" + refused + "?asOf=" + beforeTheOutcome).json();
        assertThat(caseThen.get("stage").asText()).isEqualTo("NOT_ASSESSED");
        assertThat(caseThen.get("deadlinesApplying").asText()).isEqualTo("STATUTORY");
        assertThat(caseThen.at("/disputes/0/stage").asText()).isEqualTo("APPEALED");

        JsonNode figuresThen = api.get("dashboard", queries.port(), "/api/disputes/figures?year=2026&asOf=" + beforeTheOutcome)
                .json();
        assertThat(figuresThen.get("appealsRegistered").asLong()).isEqualTo(1);
        assertThat(api.get("auditor", queries.port(), "/api/disputes/" + conceded + "?asOf=2020-01-01").status())
                .isEqualTo(404);
    }

    @Test
    void the_evidence_pack_holds_the_disputes_steps_its_events_and_an_intact_chain() {
        Api.Answer pack = api.get("auditor", queries.port(), "/api/evidence/disputes/" + conceded);

        assertThat(pack.status()).isEqualTo(200);
        assertThat(pack.body()).contains("Evidence pack: dispute " + conceded, "Mediation certificate issued (NOT_RESOLVED)",
                "Appeal CONCEDED; ordered ASSESS by 2026-07-08", "Order ASSESS complied with (FINAL_PLAN_ISSUED) late",
                "Intact: all 7 events", "Dispute put in the caseload of officer (North)").doesNotContain("Cal Madeup");
        assertThat(api.get("auditor", queries.port(), "/api/audit/verify?aggregateId=" + conceded).json()
                .get("intact").asBoolean()).isTrue();
        assertThat(api.get("auditor", queries.port(), "/api/audit?aggregateId=" + conceded).json().get("entries")).hasSize(7);
        assertThat(api.get("auditor", queries.port(), "/api/evidence/assessments/" + refused).body())
                .contains("Appeal rights and disputes", "Reopened by tribunal order ASSESS");
        assertThat(api.get("officer", queries.port(), "/api/evidence/disputes/" + conceded).status()).isEqualTo(403);
    }

    @Test
    void a_rebuilt_dispute_read_model_equals_the_live_one_and_reconciles_with_the_store() {
        // What the other tests just recorded must be in the live read models before they are compared.
        api.awaitReadModelsCaughtUp(queries.port(), Duration.ofSeconds(30));
        String before = api.get("officer", queries.port(), "/api/disputes/" + conceded).body();
        String figures = api.get("dashboard", queries.port(), "/api/disputes/figures?year=2026").body();
        String open = api.get("officer", queries.port(), "/api/disputes/open?on=2026-11-30").body();

        assertThat(api.post("admin", queries.port(), "/api/admin/projections/disputes/rebuild", "").status()).isEqualTo(202);
        api.await("admin", queries.port(), "/api/admin/projections", answer -> {
            for (JsonNode projection : answer.json()) {
                if (projection.get("name").asText().equals("disputes")) {
                    return projection.at("/lastRebuild/state").asText().equals("FINISHED")
                            && projection.get("processorRunning").asBoolean();
                }
            }
            return false;
        });

        assertThat(api.get("officer", queries.port(), "/api/disputes/" + conceded).body()).isEqualTo(before);
        assertThat(api.get("dashboard", queries.port(), "/api/disputes/figures?year=2026").body()).isEqualTo(figures);
        assertThat(api.get("officer", queries.port(), "/api/disputes/open?on=2026-11-30").body()).isEqualTo(open);
        assertThat(api.get("admin", queries.port(), "/api/admin/projections/disputes/reconcile").json()
                .get("matches").asBoolean()).isTrue();
    }

    @Test
    void a_plans_review_decision_is_disputed_on_the_plan_whose_timeline_shows_it() {
        // A plan of 2024, so that it counts in none of the figures the other tests read.
        String planId = officer("/api/plans", """
                {"childName":"Hal Madeup","dateOfBirth":"2012-02-02","issuedOn":"2019-03-01"}""").json().get("planId").asText();
        officer("/api/plans/" + planId + "/review-meetings", "{\"heldOn\":\"2024-02-01\"}");
        officer("/api/plans/" + planId + "/review-decisions", "{\"decision\":\"MAINTAIN\",\"decidedOn\":\"2024-02-20\"}");
        assertThat(api.post("officer", commands.port(), "/api/disputes", "{\"caseId\":\"" + planId
                + "\",\"decision\":\"REVIEW_CEASE\",\"decisionLetterOn\":\"2024-02-20\"}").json().get("rule").asText())
                .isEqualTo("decision-not-recorded");
        String disputeId = dispute(planId, "REVIEW_MAINTAIN", "2024-02-20", "2024-03-01");
        // Declined, so that nothing of it is open for the open list the other tests read.
        officer("/api/disputes/" + disputeId + "/certificate",
                "{\"issuedOn\":\"2024-03-05\",\"mediationHeld\":false,\"outcome\":\"DECLINED\"}");

        JsonNode plan = api.await("officer", queries.port(), "/api/plans/" + planId, answer -> answer.status() == 200
                && answer.json().at("/disputes/0/stage").asText().equals("APPEAL_WINDOW")).json();
        assertThat(plan.at("/appealRights/0/decision").asText()).isEqualTo("REVIEW_MAINTAIN");
        // 2 months from the letter end on Saturday 20 April; the Tribunal takes it on Monday 22 (r.12(2)).
        assertThat(plan.at("/appealRights/0/appealBy").asText()).isEqualTo("2024-04-22");
        assertThat(plan.at("/appealRights/0/disputeId").asText()).isEqualTo(disputeId);
        assertThat(api.get("officer", queries.port(), "/api/disputes/" + disputeId).json().get("decisionRecordedOn").asText())
                .isEqualTo("PLAN");
    }

    @Test
    void a_plan_is_kept_while_its_cessation_can_be_appealed_and_an_order_to_keep_it_withdraws_the_decision() {
        // A plan of 2023-2024, so that it counts in none of the figures the other tests read.
        String planId = officer("/api/plans", """
                {"childName":"Ivy Madeup","dateOfBirth":"2006-06-06","issuedOn":"2019-03-01"}""").json().get("planId").asText();
        String plan = "/api/plans/" + planId;
        officer(plan + "/review-meetings", "{\"heldOn\":\"2023-05-15\"}");
        officer(plan + "/review-decisions", "{\"decision\":\"CEASE\",\"decidedOn\":\"2023-06-02\"}");
        // CFA s45(4): 2 months end on 2 August, in the Tribunal's August, so the family may appeal until 1 September.
        Api.Answer early = api.post("officer", commands.port(), plan + "/cessation",
                "{\"ceasedOn\":\"2023-06-03\",\"reason\":\"NEEDS_MET\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("rule").asText()).isEqualTo("appeal-rights-running");

        String disputeId = dispute(planId, "REVIEW_CEASE", "2023-06-02", "2023-06-10");
        String d = "/api/disputes/" + disputeId;
        officer(d + "/certificate", "{\"issuedOn\":\"2023-06-20\",\"mediationHeld\":false,\"outcome\":\"DECLINED\"}");
        officer(d + "/appeal", "{\"receivedOn\":\"2023-07-03\",\"grounds\":[\"CEASE\"]}");
        Api.Answer whileAppealed = api.post("officer", commands.port(), plan + "/cessation",
                "{\"ceasedOn\":\"2023-09-04\",\"reason\":\"NEEDS_MET\"}");
        assertThat(whileAppealed.json().get("rule").asText()).isEqualTo("appeal-rights-running");
        officer(d + "/outcome", "{\"decidedOn\":\"2023-11-06\",\"outcome\":\"UPHELD\",\"orders\":[\"CONTINUE_TO_MAINTAIN\"]}");
        officer(d + "/compliance", "{\"order\":\"CONTINUE_TO_MAINTAIN\",\"compliedOn\":\"2023-11-06\"}");
        assertThat(api.post("officer", commands.port(), plan + "/cessation",
                "{\"ceasedOn\":\"2023-11-07\",\"reason\":\"NEEDS_MET\"}").json().get("rule").asText())
                .isEqualTo("cessation-decision-withdrawn");

        // A later decision outside a review is appealable in its turn; once its window has passed the plan may cease.
        officer(plan + "/cessation-decision", "{\"decidedOn\":\"2024-01-08\",\"reason\":\"PAID_EMPLOYMENT\"}");
        assertThat(api.post("officer", commands.port(), plan + "/cessation",
                "{\"ceasedOn\":\"2024-03-08\",\"reason\":\"PAID_EMPLOYMENT\"}").json().get("rule").asText())
                .isEqualTo("appeal-rights-running");
        officer(plan + "/cessation", "{\"ceasedOn\":\"2024-03-11\",\"reason\":\"PAID_EMPLOYMENT\"}");
        JsonNode ceased = api.await("officer", queries.port(), plan, answer -> answer.status() == 200
                && !answer.json().path("cessation").isMissingNode() && !answer.json().path("cessation").isNull()).json();
        assertThat(ceased.at("/cessation/ceasedOn").asText()).isEqualTo("2024-03-11");
        assertThat(ceased.get("appealRights").findValuesAsText("decision")).contains("REVIEW_CEASE", "DECISION_TO_CEASE");
    }

    @Test
    void bad_input_is_refused_naming_the_field_the_dispute_or_the_rule() {
        // A case of 2024, so that it counts in none of the figures the other tests read.
        String other = open("Gus Madeup", "2024-01-08");
        step(other, "DECISION_NOT_TO_ASSESS", "2024-02-01");

        Api.Answer missing = api.post("officer", commands.port(), "/api/disputes",
                "{\"caseId\":\"" + other + "\",\"decision\":\"DECISION_NOT_TO_ASSESS\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asText()).isEqualTo("decisionLetterOn");
        Api.Answer unknownDecision = api.post("officer", commands.port(), "/api/disputes",
                "{\"caseId\":\"" + other + "\",\"decision\":\"SOMETHING\",\"decisionLetterOn\":\"2024-02-01\"}");
        assertThat(unknownDecision.status()).isEqualTo(400);
        assertThat(api.post("officer", commands.port(), "/api/disputes",
                "{\"caseId\":\"no-such-case\",\"decision\":\"DECISION_NOT_TO_ASSESS\",\"decisionLetterOn\":\"2024-02-01\"}")
                .status()).isEqualTo(404);
        Api.Answer notRecorded = api.post("officer", commands.port(), "/api/disputes",
                "{\"caseId\":\"" + other + "\",\"decision\":\"FINAL_PLAN_ISSUED\",\"decisionLetterOn\":\"2024-02-01\"}");
        assertThat(notRecorded.status()).isEqualTo(409);
        assertThat(notRecorded.json().get("rule").asText()).isEqualTo("decision-not-recorded");

        String disputeId = dispute(other, "DECISION_NOT_TO_ASSESS", "2024-02-01", null);
        Api.Answer noAppeal = api.post("officer", commands.port(), "/api/disputes/" + disputeId + "/outcome",
                "{\"decidedOn\":\"2024-06-01\",\"outcome\":\"UPHELD\",\"orders\":[]}");
        assertThat(noAppeal.status()).isEqualTo(409);
        assertThat(noAppeal.json().get("rule").asText()).isEqualTo("no-appeal");
        Api.Answer noCertificate = api.post("officer", commands.port(), "/api/disputes/" + disputeId + "/appeal",
                "{\"receivedOn\":\"2024-03-01\",\"grounds\":[\"REFUSAL_TO_ASSESS\"]}");
        assertThat(noCertificate.json().get("rule").asText()).isEqualTo("mediation-certificate-needed");
        Api.Answer noGrounds = api.post("officer", commands.port(), "/api/disputes/" + disputeId + "/appeal",
                "{\"receivedOn\":\"2024-03-01\",\"grounds\":[]}");
        assertThat(noGrounds.status()).isEqualTo(400);
        assertThat(noGrounds.json().get("field").asText()).isEqualTo("grounds");

        assertThat(api.post("officer", commands.port(), "/api/disputes/no-such-dispute/not-opposed", "{\"on\":\"2024-03-01\"}")
                .status()).isEqualTo(404);
        assertThat(api.get("officer", queries.port(), "/api/disputes/no-such-dispute").status()).isEqualTo(404);
        assertThat(api.get("dashboard", queries.port(), "/api/disputes/figures?year=twenty").status()).isEqualTo(400);
        assertThat(api.post("panel", commands.port(), "/api/disputes", "{}").status()).isEqualTo(403);
        assertThat(api.get("dashboard", queries.port(), "/api/disputes/" + disputeId).status()).isEqualTo(403);
    }
}
