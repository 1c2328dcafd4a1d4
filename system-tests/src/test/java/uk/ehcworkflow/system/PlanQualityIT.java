package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.ehcworkflow.support.Api;

/**
 * Plan quality (ADR 50), through the command API as a coordinator and a manager use it: a draft
 * peer-reviewed before the plan is issued, the issued plan audited against the shipped checklist,
 * graded, its action agreed and done, the audit closed; the area's own checklist then published
 * and used by the next audit. What the auditors wrote is sealed, never in the audit trail's words.
 * Its own services: publishing a checklist changes what every later audit in the area is scored against.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanQualityIT extends RunningServices {

    private static final List<String> SHIPPED = List.of("voice.views", "voice.clear", "needs.all", "needs.specific",
            "outcomes.smart", "outcomes.aspirations", "provision.specific", "provision.every-need", "health.described",
            "care.described", "thread.traceable", "thread.advice");

    private String planned;

    @Override
    protected boolean sharesServices() {
        return false;
    }

    /** The service looks every few seconds whether last month's sample is due, so that its own draw is seen here. */
    @Override
    protected String[] serviceArguments() {
        return new String[] {"--ehc.quality.sample.check=PT3S"};
    }

    private Api.Answer as(String user, String path, String body) {
        return api.post(user, commands.port(), path, body);
    }

    private void accepted(String user, String path, String body) {
        Api.Answer answer = as(user, path, body);
        assertThat(answer.status()).as(path + " " + body + ": " + answer.body()).isIn(201, 204);
    }

    private String caseReceived() {
        return as("officer", "/api/assessments", """
                {"childName":"Quinn Madeup","dateOfBirth":"2016-01-01","requestReceivedOn":"2026-03-02","requestSource":"SCHOOL"}""")
                .json().get("assessmentId").asText();
    }

    private void step(String caseId, String milestone, String on) {
        accepted("officer", "/api/assessments/" + caseId + "/milestones", "{\"milestone\":\"" + milestone + "\",\"occurredOn\":\""
                + on + "\"}");
    }

    /** The audit's trail once it holds its last event's words. */
    private String trail(String aggregateId, String last) {
        return api.await("auditor", queries.port(), "/api/audit?aggregateId=" + aggregateId + "&size=200",
                answer -> answer.status() == 200 && answer.body().contains(last)).body();
    }

    @BeforeAll
    void aPlanIssuedAfterItsDraft() {
        planned = caseReceived();
        step(planned, "DECISION_TO_ASSESS", "2026-04-06");
        step(planned, "DRAFT_PLAN_ISSUED", "2026-07-06");
        step(planned, "FINAL_PLAN_ISSUED", "2026-08-03");
    }

    @Test
    @Order(1)
    void a_draft_is_peer_reviewed_and_the_issued_plan_audited_graded_its_action_done_and_the_audit_closed() {
        // a coordinator peer-reviews the draft; a case with no draft has nothing to review
        Api.Answer draftAudit = as("officer", "/api/plans/" + planned + "/audits",
                "{\"audited\":\"DRAFT_BEFORE_ISSUE\",\"auditorKind\":\"PEER\",\"startedOn\":\"2026-07-08\"}");
        assertThat(draftAudit.status()).as(draftAudit.body()).isEqualTo(201);
        Api.Answer noDraft = as("officer", "/api/plans/" + caseReceived() + "/audits",
                "{\"audited\":\"DRAFT_BEFORE_ISSUE\",\"auditorKind\":\"PEER\",\"startedOn\":\"2026-07-08\"}");
        assertThat(noDraft.status()).isEqualTo(409);
        assertThat(noDraft.json().get("rule").asText()).isEqualTo("no-draft-to-audit");

        // a manager audits the issued plan against the shipped checklist, not before it was issued
        Api.Answer early = as("manager", "/api/plans/" + planned + "/audits",
                "{\"audited\":\"FIRST_ISSUE\",\"auditorKind\":\"MANAGER\",\"startedOn\":\"2026-08-02\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        String audit = as("manager", "/api/plans/" + planned + "/audits",
                "{\"audited\":\"FIRST_ISSUE\",\"auditorKind\":\"MANAGER\",\"startedOn\":\"2026-08-03\"}").json().get("auditId").asText();
        String scores = "/api/audits/" + audit + "/scores";
        for (String criterion : SHIPPED.subList(0, SHIPPED.size() - 1)) {
            boolean vague = criterion.equals("provision.specific");
            accepted("manager", scores, "{\"criterionId\":\"" + criterion + "\",\"score\":\"" + (vague ? "NOT_MET" : "MET")
                    + "\",\"comment\":\"" + (vague ? "Quinn Madeup's therapy is not quantified" : "") + "\"}");
        }
        Api.Answer unscored = as("manager", "/api/audits/" + audit + "/grade", "{\"grade\":\"GOOD\",\"gradedOn\":\"2026-08-04\"}");
        assertThat(unscored.status()).isEqualTo(409);
        assertThat(unscored.json().get("detail").asText()).contains("thread.advice");
        Api.Answer silent = as("manager", scores, "{\"criterionId\":\"thread.advice\",\"score\":\"PARTLY_MET\"}");
        assertThat(silent.status()).isEqualTo(409);
        assertThat(silent.json().get("rule").asText()).isEqualTo("comment-needed");
        accepted("manager", scores, "{\"criterionId\":\"thread.advice\",\"score\":\"MET\"}");
        accepted("manager", "/api/audits/" + audit + "/grade",
                "{\"grade\":\"REQUIRES_IMPROVEMENT\",\"gradedOn\":\"2026-08-04\",\"summary\":\"Quinn Madeup's plan needs its provision quantified\"}");

        String action = as("manager", "/api/audits/" + audit + "/actions",
                "{\"action\":\"Quantify Quinn Madeup's therapy\",\"owner\":\"Coordinator\",\"dueBy\":\"2026-09-01\"}")
                .json().get("actionId").asText();
        Api.Answer open = as("manager", "/api/audits/" + audit + "/closure", "{\"closedOn\":\"2026-08-10\"}");
        assertThat(open.status()).isEqualTo(409);
        assertThat(open.json().get("rule").asText()).isEqualTo("actions-open");
        accepted("officer", "/api/audits/" + audit + "/actions/" + action + "/done", "{\"doneOn\":\"2026-08-20\"}");
        accepted("manager", "/api/audits/" + audit + "/closure", "{\"closedOn\":\"2026-08-21\"}");
        assertThat(as("manager", scores, "{\"criterionId\":\"voice.views\",\"score\":\"MET\"}").json().get("rule").asText())
                .isEqualTo("audit-closed");

        // casework reads the plan's audits, the auditors' words opened for them
        JsonNode audits = api.await("officer", queries.port(), "/api/plans/" + planned + "/audits",
                answer -> answer.status() == 200 && answer.body().contains("2026-08-21")).json();
        assertThat(audits).hasSize(2);
        assertThat(audits.at("/0/audited").asText()).isEqualTo("DRAFT_BEFORE_ISSUE");
        JsonNode first = audits.get(1);
        assertThat(first.get("auditId").asText()).isEqualTo(audit);
        assertThat(first.get("criteria")).hasSize(12);
        assertThat(first.at("/criteria/6/criterionId").asText()).isEqualTo("provision.specific");
        assertThat(first.at("/criteria/6/score").asText()).isEqualTo("NOT_MET");
        assertThat(first.at("/criteria/6/text").asText()).startsWith("Section F's provision is detailed and specific");
        assertThat(first.at("/criteria/6/comment").asText()).isEqualTo("Quinn Madeup's therapy is not quantified");
        assertThat(first.get("grade").asText()).isEqualTo("REQUIRES_IMPROVEMENT");
        assertThat(first.get("summary").asText()).isEqualTo("Quinn Madeup's plan needs its provision quantified");
        assertThat(first.at("/actions/0/action").asText()).isEqualTo("Quantify Quinn Madeup's therapy");
        assertThat(first.at("/actions/0/doneOn").asText()).isEqualTo("2026-08-20");
        assertThat(first.get("closedOn").asText()).isEqualTo("2026-08-21");
        assertThat(api.get("auditor", queries.port(), "/api/audits/" + audit).json().get("grade").asText())
                .isEqualTo("REQUIRES_IMPROVEMENT");
        assertThat(api.get("ep", queries.port(), "/api/audits/" + audit).status()).isEqualTo(403);
        assertThat(api.get("officer", queries.port(), "/api/audits/not-an-audit").status()).isEqualTo(404);

        // the plan's evidence pack shows how its quality was checked, counted, without the auditors' words
        String pack = api.get("auditor", queries.port(), "/api/evidence/plans/" + planned).body();
        assertThat(pack).contains("Quality audits", "DRAFT_BEFORE_ISSUE", "PEER (officer)", "11 / 0 / 1 of 12",
                "REQUIRES_IMPROVEMENT", "1 of 1", "2026-08-21").doesNotContain("not quantified", "Quantify");

        // the audit trail tells an inspector what was done, by whom, against which checklist, and none of the words
        String trail = trail(audit, "Audit closed");
        assertThat(trail).contains("Audit of plan " + planned + " (FIRST_ISSUE) started by a MANAGER auditor, against checklist "
                        + "plan-quality version 1 (12 criteria)", "Criterion provision.specific scored NOT_MET",
                "Plan graded REQUIRES_IMPROVEMENT", "Audit closed, its actions done", "\"manager\"")
                .doesNotContain("Quinn", "quantified");
    }

    /** After the shipped checklist was used: the area's own replaces it from then on. */
    @Test
    @Order(2)
    void the_areas_own_checklist_is_the_next_version_and_the_next_audit_is_scored_against_it_alone() {
        Api.Answer twice = as("admin", "/api/quality/checklist", """
                {"title":"Our checklist","sections":[{"id":"outcomes","title":"Outcomes","criteria":[
                 {"id":"outcomes","text":"Twice","guidance":"g"}]}]}""");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("field").asText()).isEqualTo("sections[0].criteria[0].id");
        assertThat(as("manager", "/api/quality/checklist", "{}").status()).isEqualTo(403);
        accepted("admin", "/api/quality/checklist", """
                {"title":"Our checklist","sections":[
                 {"id":"voice","title":"The child's voice","criteria":[{"id":"voice.own-words","text":"In their words","guidance":"CoP 9.61"}]},
                 {"id":"outcomes","title":"Outcomes","criteria":[{"id":"outcomes.smart","text":"SMART","guidance":"CoP 9.66"}]}]}""");

        JsonNode current = api.await("dashboard", queries.port(), "/api/quality/checklist",
                answer -> answer.json().get("version").asInt() == 2).json();
        assertThat(current.at("/sections/0/criteria/0/id").asText()).isEqualTo("voice.own-words");
        assertThat(api.get("dashboard", queries.port(), "/api/quality/checklist?version=1").json().at("/sections/5/id").asText())
                .isEqualTo("golden-thread");
        assertThat(api.get("dashboard", queries.port(), "/api/quality/checklist?version=9").status()).isEqualTo(404);
        String audit = as("manager", "/api/plans/" + planned + "/audits", """
                {"audited":"FIRST_ISSUE","auditorKind":"MULTI_AGENCY","agenciesPresent":["HEALTH","SOCIAL_CARE","EDUCATION"],
                 "startedOn":"2026-09-07"}""").json().get("auditId").asText();
        Api.Answer retired = as("manager", "/api/audits/" + audit + "/scores", "{\"criterionId\":\"provision.specific\",\"score\":\"MET\"}");
        assertThat(retired.status()).isEqualTo(409);
        assertThat(retired.json().get("rule").asText()).isEqualTo("unknown-criterion");
        accepted("manager", "/api/audits/" + audit + "/scores", "{\"criterionId\":\"voice.own-words\",\"score\":\"MET\"}");
        accepted("manager", "/api/audits/" + audit + "/scores", "{\"criterionId\":\"outcomes.smart\",\"score\":\"MET\"}");
        accepted("manager", "/api/audits/" + audit + "/grade", "{\"grade\":\"GOOD\",\"gradedOn\":\"2026-09-07\"}");

        assertThat(trail(audit, "Plan graded")).contains("started by a MULTI_AGENCY auditor with [HEALTH, SOCIAL_CARE, EDUCATION], against "
                + "checklist plan-quality version 2 (2 criteria)", "Plan graded GOOD");
        Api.Answer unknown = as("manager", "/api/plans/not-a-plan/audits",
                "{\"audited\":\"FIRST_ISSUE\",\"auditorKind\":\"MANAGER\",\"startedOn\":\"2026-09-07\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        Api.Answer badKind = as("manager", "/api/plans/" + planned + "/audits",
                "{\"audited\":\"FIRST_ISSUE\",\"auditorKind\":\"INSPECTOR\",\"startedOn\":\"2026-09-07\"}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("field").asText()).isEqualTo("auditorKind");
    }

    /** The read model of audits rebuilds from the store to what it was, and reconciles with it. */
    @Test
    @Order(3)
    void the_audits_read_model_rebuilds_to_the_same_and_reconciles_with_the_store() {
        String before = api.get("officer", queries.port(), "/api/plans/" + planned + "/audits").body();
        assertThat(api.post("admin", queries.port(), "/api/admin/projections/plan-audits/rebuild", "").status()).isEqualTo(202);
        api.await("admin", queries.port(), "/api/admin/projections", answer -> {
            for (JsonNode projection : answer.json()) {
                if (projection.get("name").asText().equals("plan-audits")) {
                    return projection.at("/lastRebuild/state").asText().equals("FINISHED")
                            && projection.get("processorRunning").asBoolean();
                }
            }
            return false;
        });
        assertThat(api.get("officer", queries.port(), "/api/plans/" + planned + "/audits").body()).isEqualTo(before);
        assertThat(api.get("admin", queries.port(), "/api/admin/projections/plan-audits/reconcile").json()
                .get("matches").asBoolean()).isTrue();
    }

    /** A plan first issued on that day, through its case's steps, moved to that team. */
    private String planIssuedOn(LocalDate issuedOn, String officer, String team) {
        String caseId = as("officer", "/api/assessments", "{\"childName\":\"Sample Madeup\",\"dateOfBirth\":\"2015-05-05\","
                + "\"requestReceivedOn\":\"" + issuedOn.minusMonths(4) + "\",\"requestSource\":\"PARENT\"}").json()
                .get("assessmentId").asText();
        step(caseId, "DECISION_TO_ASSESS", issuedOn.minusMonths(4).plusDays(20).toString());
        step(caseId, "DRAFT_PLAN_ISSUED", issuedOn.minusMonths(1).toString());
        step(caseId, "FINAL_PLAN_ISSUED", issuedOn.toString());
        Api.Answer moved = api.put("officer", commands.port(), "/api/plans/" + caseId + "/assignment",
                "{\"officer\":\"" + officer + "\",\"team\":\"" + team + "\"}");
        assertThat(moved.status()).as(moved.body()).isIn(200, 204);
        return caseId;
    }

    @Test
    @Order(4)
    void the_service_draws_last_months_sample_itself_and_a_manager_an_earlier_months_each_team_drawn_from() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        YearMonth last = YearMonth.from(today).minusMonths(1);
        // these services look every few seconds (serviceArguments): last month's sample is drawn by the service itself
        JsonNode automatic = api.await("manager", queries.port(), "/api/quality/samples/" + last,
                answer -> answer.status() == 200).json();
        assertThat(automatic.get("drawnBy").asText()).isEqualTo("ehc-workflow");

        YearMonth month = last.minusMonths(1);
        List<String> north = new ArrayList<>();
        for (int day = 2; day <= 8; day += 2) {
            north.add(planIssuedOn(month.atDay(day), "officer", "North"));
        }
        String south = planIssuedOn(month.atDay(9), "officer2", "South");

        String draw = "{\"month\":\"" + month + "\"}";
        assertThat(as("officer", "/api/quality/samples", draw).status()).isEqualTo(403);
        Api.Answer drawn = as("manager", "/api/quality/samples", draw);
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
        assertThat(drawn.json().get("sampleId").asText()).isEqualTo("sample-" + month);
        Api.Answer again = as("manager", "/api/quality/samples", draw);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("sample-already-drawn");
        Api.Answer notOver = as("manager", "/api/quality/samples", "{\"month\":\"" + YearMonth.from(today) + "\"}");
        assertThat(notOver.status()).isEqualTo(400);
        assertThat(notOver.json().get("field").asText()).isEqualTo("month");
        assertThat(as("manager", "/api/quality/samples", "{\"month\":\"2026-13\"}").status()).isEqualTo(400);

        // 4 North plans at 25% draw 1; the one South plan is drawn: each team with plans is looked at
        JsonNode sample = api.await("manager", queries.port(), "/api/quality/samples/" + month,
                answer -> answer.status() == 200).json();
        assertThat(sample.get("finalised").asInt()).isEqualTo(5);
        assertThat(sample.get("sharePercent").asInt()).isEqualTo(25);
        assertThat(sample.get("sampled").asInt()).isEqualTo(2);
        assertThat(sample.get("seed").asText()).matches("-?[0-9]+");
        assertThat(sample.at("/teams/0/team").asText()).isEqualTo("North");
        assertThat(sample.at("/teams/0/finalised").asInt()).isEqualTo(4);
        assertThat(sample.at("/teams/0/sampled").asInt()).isEqualTo(1);
        assertThat(sample.at("/teams/1/team").asText()).isEqualTo("South");
        assertThat(sample.at("/teams/1/sampled").asInt()).isEqualTo(1);
        assertThat(sample.get("plans")).hasSize(2);
        String northDrawn = sample.at("/plans/0/planId").asText();
        assertThat(north).contains(northDrawn);
        assertThat(sample.at("/plans/1/planId").asText()).isEqualTo(south);
        assertThat(sample.at("/plans/0/progress").asText()).isEqualTo("NOT_STARTED");
        assertThat(LocalDate.parse(sample.get("auditBy").asText())).isAfter(LocalDate.parse(sample.get("drawnOn").asText()));
        assertThat(sample.get("drawnBy").asText()).isEqualTo("manager");

        // the manager audits the North plan drawn; a coordinator's peer review of the South one is not the sample's audit
        String audit = as("manager", "/api/plans/" + northDrawn + "/audits", "{\"audited\":\"FIRST_ISSUE\",\"auditorKind\":"
                + "\"MANAGER\",\"startedOn\":\"" + today + "\"}").json().get("auditId").asText();
        accepted("officer", "/api/plans/" + south + "/audits", "{\"audited\":\"FIRST_ISSUE\",\"auditorKind\":\"PEER\","
                + "\"startedOn\":\"" + today + "\"}");
        assertThat(api.await("manager", queries.port(), "/api/quality/samples/" + month,
                answer -> answer.json().at("/plans/0/progress").asText().equals("IN_PROGRESS")).json().at("/plans/1/progress").asText())
                .isEqualTo("NOT_STARTED");
        // scored against the checklist it started with (the area's, published above): its first criterion not met
        JsonNode criteria = api.await("manager", queries.port(), "/api/audits/" + audit, answer -> answer.status() == 200)
                .json().get("criteria");
        for (JsonNode criterion : criteria) {
            boolean first = criterion == criteria.get(0);
            accepted("manager", "/api/audits/" + audit + "/scores", "{\"criterionId\":\"" + criterion.get("criterionId").asText()
                    + "\",\"score\":\"" + (first ? "NOT_MET\",\"comment\":\"Made-up shortfall" : "MET") + "\"}");
        }
        String theme = criteria.get(0).get("text").asText();
        String beforeGrade = Instant.now().toString();
        accepted("manager", "/api/audits/" + audit + "/grade", "{\"grade\":\"GOOD\",\"gradedOn\":\"" + today + "\"}");
        JsonNode graded = api.await("manager", queries.port(), "/api/quality/samples/" + month,
                answer -> answer.json().get("graded").asInt() == 1).json();
        assertThat(graded.at("/plans/0/grade").asText()).isEqualTo("GOOD");
        assertThat(graded.get("overdue").asBoolean()).isFalse();

        // the figures from the sampled month to this one: the grade today, the month's plans as its sample found them
        String figures = "/api/quality/figures?from=" + month + "&to=" + YearMonth.from(today);
        JsonNode now = api.get("dashboard", queries.port(), figures).json();
        assertThat(now.get("auditsGraded").asInt()).isEqualTo(1);
        assertThat(now.at("/goodOrBetter/percent").asDouble()).isEqualTo(100.0);
        assertThat(now.at("/goodOrBetter/rating").asText()).isEqualTo("GREEN");
        JsonNode sampledMonth = now.get("months").get(0);
        assertThat(sampledMonth.get("finalised").asInt()).isEqualTo(5);
        assertThat(sampledMonth.get("audited").asInt()).isEqualTo(1);
        assertThat(sampledMonth.get("peerReviewed").asInt()).isZero();
        assertThat(sampledMonth.get("sampleGraded").asInt()).isEqualTo(1);
        assertThat(now.at("/plansAuditedShare/percent").asDouble()).isEqualTo(20.0);
        assertThat(now.at("/sampleGraded/count").asInt()).isEqualTo(1);
        // as known before the grade was recorded: nothing graded yet
        JsonNode before = api.get("dashboard", queries.port(), figures + "&asOf=" + beforeGrade).json();
        assertThat(before.get("auditsGraded").asInt()).isZero();
        assertThat(before.at("/months/0/sampleGraded").asInt()).isZero();
        assertThat(api.get("dashboard", queries.port(), "/api/quality/figures?from=" + month + "&to=" + month.minusMonths(1)).status())
                .isEqualTo(400);

        // the quarter's report for the board, as a PDF: the grade and the theme, no plan named
        String quarter = YearMonth.from(today).getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        HttpResponse<byte[]> report = StaffSignIn.as(queries.port(), "dashboard").send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + queries.port() + "/quality/report/pdf?quarter=" + quarter)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(report.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(report.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Plan quality: ", "Audits graded good or better 1 of 1 (100.0%) 90% Green", "Good 1",
                    "Themes: the criteria most often not met", theme + " 1 0").doesNotContain(northDrawn, "Made-up shortfall");
        }

        // an improvement plan's measure takes its actual from the report: the quarter's share good or better
        String actionId = api.post("lead", commands.port(), "/api/actions", "{\"reference\":\"9.1\",\"areaOfWeakness\":\"Plan quality\","
                + "\"title\":\"Audit plans\",\"leads\":[\"Head of SEND\"],\"dueBy\":\"2027-03-31\",\"successCriteria\":[{\"description\":"
                + "\"Plans audited good or better\",\"measure\":\"good-or-better\",\"baseline\":60,\"target\":90}]}").json()
                .get("actionId").asText();
        api.await("lead", queries.port(), "/api/actions/" + actionId, answer -> answer.status() == 200);
        HttpClient lead = StaffSignIn.as(queries.port(), "lead");
        String actionPage = "/improvement-plan/actions/" + actionId;
        HttpResponse<String> taken = FamilySignIn.post(lead, queries.port(), actionPage + "/measures/from-quality",
                FamilySignIn.csrf(FamilySignIn.get(lead, queries.port(), actionPage).body()),
                "measure=good-or-better&share=GOOD_OR_BETTER&quarter=" + quarter);
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(302);
        assertThat(api.await("lead", queries.port(), "/api/actions/" + actionId, answer -> answer.body().contains("100.0")).body())
                .contains("good-or-better");
        HttpResponse<String> nothing = FamilySignIn.post(lead, queries.port(), actionPage + "/measures/from-quality",
                FamilySignIn.csrf(FamilySignIn.get(lead, queries.port(), actionPage).body()),
                "measure=good-or-better&share=PEER_REVIEWED&quarter=2020-Q1");
        assertThat(nothing.statusCode()).isEqualTo(409);
        assertThat(nothing.body()).contains("error-summary", "nothing to count");

        // an administrator publishes the checklist's next version on its page, written a line a section or criterion
        HttpClient admin = StaffSignIn.as(queries.port(), "admin");
        String checklistPage = FamilySignIn.get(admin, queries.port(), "/admin/quality/checklist").body();
        assertThat(checklistPage).contains("Version 2", "# outcomes | Outcomes");
        HttpResponse<String> unreadable = FamilySignIn.post(admin, queries.port(), "/admin/quality/checklist",
                FamilySignIn.csrf(checklistPage), "title=Ours&checklist=" + URLEncoder.encode("outcomes.smart | SMART", StandardCharsets.UTF_8));
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("error-summary", "Line 1 comes before any section");
        HttpResponse<String> published = FamilySignIn.post(admin, queries.port(), "/admin/quality/checklist",
                FamilySignIn.csrf(checklistPage), "title=Ours%2C+revised&checklist=" + URLEncoder.encode(
                        "# outcomes | Outcomes\noutcomes.smart | Each outcome is SMART | CoP 9.66\n", StandardCharsets.UTF_8));
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(api.await("officer", queries.port(), "/api/quality/checklist", answer -> answer.json().get("version").asInt() == 3)
                .json().get("title").asText()).isEqualTo("Ours, revised");

        JsonNode all = api.get("auditor", queries.port(), "/api/quality/samples").json();
        assertThat(all.findValuesAsText("month")).containsSubsequence(last.toString(), month.toString());
        assertThat(api.get("manager", queries.port(), "/api/quality/samples/" + month.minusMonths(1)).status()).isEqualTo(404);
        assertThat(api.get("ep", queries.port(), "/api/quality/samples").status()).isEqualTo(403);
    }
}
