package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;

/**
 * A newcomer's journey on the embedded default: both services as real processes sharing one
 * data folder, three made-up cases of 2024 logged over HTTP, their timelines and the year's
 * figures read back, then both services restarted.
 */
class AssessmentJourneyIT extends RunningServices {

    private static final Pattern OVERDUE_FINAL_PLANS = Pattern.compile("\nehc_work_overdue\\{kind=\"final_plan\"} [1-9]");

    private String onTimeCase;
    private String lateCase;

    /** The overdue-work figures are counted every second here, rather than every few minutes. */
    @Override
    protected String[] serviceArguments() {
        return new String[] {"--ehc.metrics.workload-interval=1s"};
    }

    private String open(String name, String received) {
        Api.Answer answer = api.post("officer", commands.port(), "/api/assessments",
                "{\"childName\":\"" + name + "\",\"dateOfBirth\":\"2015-04-01\",\"requestReceivedOn\":\"" + received
                        + "\",\"requestSource\":\"PARENT\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("assessmentId").asText();
    }

    private void step(String id, String milestone, String on) {
        Api.Answer answer = api.post("officer", commands.port(), "/api/assessments/" + id + "/milestones",
                "{\"milestone\":\"" + milestone + "\",\"occurredOn\":\"" + on + "\",\"note\":\"Made-up reasons.\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    }

    private String requestAdvice(String id, String agency, String on) {
        Api.Answer answer = api.post("officer", commands.port(), "/api/assessments/" + id + "/advice-requests",
                "{\"agency\":\"" + agency + "\",\"requestedOn\":\"" + on + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("adviceRequestId").asText();
    }

    private void submitAdvice(String user, String id, String requestId, String on) {
        Api.Answer answer = api.post(user, commands.port(),
                "/api/assessments/" + id + "/advice-requests/" + requestId + "/submission",
                "{\"submittedOn\":\"" + on + "\",\"summary\":\"advice given\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    }

    private JsonNode figures2024() {
        return api.await("dashboard", queries.port(), "/api/timeliness?year=2024",
                answer -> answer.status() == 200 && answer.json().get("finalPlansIssued").asLong() == 2
                        && answer.json().get("agreedToAssess").asLong() == 2
                        && answer.json().get("refusedToAssess").asLong() == 1).json();
    }

    /** A case officer logs three cases and agencies give their advice. */
    @BeforeAll
    void logThreeCasesOf2024() {
        onTimeCase = open("Ash Madeup", "2024-01-08");
        step(onTimeCase, "DECISION_TO_ASSESS", "2024-02-05");
        String health = requestAdvice(onTimeCase, "HEALTH", "2024-02-06");
        String psychology = requestAdvice(onTimeCase, "EDUCATIONAL_PSYCHOLOGY", "2024-02-06");
        submitAdvice("health", onTimeCase, health, "2024-03-15");
        submitAdvice("ep", onTimeCase, psychology, "2024-04-01");
        step(onTimeCase, "DRAFT_PLAN_ISSUED", "2024-04-15");
        step(onTimeCase, "FINAL_PLAN_ISSUED", "2024-05-27");

        String notAssessed = open("Bay Invented", "2024-02-01");
        step(notAssessed, "DECISION_NOT_TO_ASSESS", "2024-03-20");

        lateCase = open("Cam Fictional", "2024-01-15");
        step(lateCase, "DECISION_TO_ASSESS", "2024-02-20");
        step(lateCase, "DRAFT_PLAN_ISSUED", "2024-06-03");
        Api.Answer exception = api.post("officer", commands.port(), "/api/assessments/" + lateCase + "/exceptions",
                "{\"deadline\":\"FINAL_PLAN\",\"reason\":\"EXCEPTIONAL_PERSONAL_CIRCUMSTANCES\","
                        + "\"from\":\"2024-03-01\",\"to\":\"2024-05-10\",\"note\":\"hospital stay, letter on file\"}");
        assertThat(exception.status()).as(exception.body()).isEqualTo(204);
        step(lateCase, "FINAL_PLAN_ISSUED", "2024-07-15");
    }

    @Test
    void the_timeline_shows_due_dates_steps_and_advice_against_the_statutory_clock() {
        JsonNode timeline = api.await("officer", queries.port(), "/api/assessments/" + onTimeCase,
                answer -> answer.status() == 200 && !answer.json().get("finalPlanIssuedOn").isNull()).json();

        assertThat(timeline.get("status").asText()).isEqualTo("COMPLETED_IN_TIME");
        assertThat(timeline.get("requestReceivedOn").asText()).isEqualTo("2024-01-08");
        assertThat(timeline.at("/due/decision").asText()).isEqualTo("2024-02-19");
        assertThat(timeline.at("/due/notToIssue").asText()).isEqualTo("2024-04-29");
        assertThat(timeline.at("/due/finalPlan").asText()).isEqualTo("2024-05-27");
        assertThat(timeline.get("weeksToFinalPlan").asDouble()).isEqualTo(20.0);
        assertThat(timeline.get("finalPlanOnTime").asBoolean()).isTrue();
        assertThat(timeline.get("exceptionsApply").asBoolean()).isFalse();
        // Advice from social care and education was never asked for: reg 6(1) needs all four.
        assertThat(timeline.get("issuedWithAdviceMissing").asBoolean()).isTrue();
        assertThat(timeline.get("milestones")).hasSize(3);
        assertThat(timeline.at("/milestones/0/recordedBy").asText()).isEqualTo("officer");
        assertThat(timeline.at("/milestones/0/recordedAt").asText()).isNotBlank();
        assertThat(timeline.get("advice")).hasSize(2);
        assertThat(timeline.at("/advice/0/dueOn").asText()).isEqualTo("2024-03-19");
        assertThat(timeline.at("/advice/0/onTime").asBoolean()).isTrue();
        assertThat(timeline.at("/advice/1/onTime").asBoolean()).isFalse();

        JsonNode late = api.await("auditor", queries.port(), "/api/assessments/" + lateCase,
                answer -> answer.status() == 200 && !answer.json().get("finalPlanIssuedOn").isNull()).json();
        assertThat(late.get("status").asText()).isEqualTo("EXCEPTION_APPLIES");
        assertThat(late.get("exceptionsApply").asBoolean()).isTrue();
        assertThat(late.get("finalPlanOnTime").asBoolean()).isFalse();
        assertThat(late.at("/exceptions/0/reason").asText()).isEqualTo("EXCEPTIONAL_PERSONAL_CIRCUMSTANCES");
    }

    @Test
    void the_years_figures_match_the_national_definitions() {
        JsonNode year = figures2024();

        assertThat(year.get("finalPlansWithinTwentyWeeks").asLong()).isEqualTo(1);
        assertThat(year.get("plansWithExceptions").asLong()).isEqualTo(1);
        assertThat(year.get("percentWithinTwentyWeeksExcludingExceptions").asDouble()).isEqualTo(100.0);
        assertThat(year.get("percentWithinTwentyWeeksIncludingExceptions").asDouble()).isEqualTo(50.0);
        assertThat(year.at("/bands/withinTwentyWeeks").asLong()).isEqualTo(1);
        assertThat(year.at("/bands/twentyToFiftyTwoWeeks").asLong()).isEqualTo(1);
        assertThat(year.get("averageWeeksToIssue").asDouble()).isEqualTo(23.0);
        assertThat(year.get("requestsReceived").asLong()).isEqualTo(3);
        assertThat(year.get("percentDecidedWithinSixWeeks").asDouble()).isEqualTo(66.7);
        assertThat(year.get("percentRefused").asDouble()).isEqualTo(33.3);
        assertThat(year.get("decisionPending").asLong()).isZero();
        assertThat(year.at("/bandsExcludingExceptions/withinTwentyWeeks").asLong()).isEqualTo(1);
        assertThat(year.at("/bandsExcludingExceptions/twentyToFiftyTwoWeeks").asLong()).isZero();
        assertThat(year.get("averageWeeksToIssueExcludingExceptions").asDouble()).isEqualTo(20.0);
        assertThat(year.get("issuedWithAdviceMissing").asLong()).isEqualTo(2);
        assertThat(year.at("/advice/EDUCATIONAL_PSYCHOLOGY/outstandingPastDue").asLong()).isZero();
        assertThat(year.at("/advice/HEALTH/percentWithinSixWeeks").asDouble()).isEqualTo(100.0);
        assertThat(year.at("/advice/EDUCATIONAL_PSYCHOLOGY/percentWithinSixWeeks").asDouble()).isEqualTo(0.0);
        assertThat(year.at("/advice/SOCIAL_CARE/percentWithinSixWeeks").isNull()).isTrue();
        assertThat(year.get("months")).hasSize(12);
        assertThat(year.at("/months/4/month").asText()).isEqualTo("2024-05");
        assertThat(year.at("/months/4/finalPlansIssued").asLong()).isEqualTo(1);
    }

    @Test
    void dashboards_see_aggregate_figures_but_never_a_case_or_a_childs_name() {
        assertThat(api.get("dashboard", queries.port(), "/api/assessments/" + onTimeCase).status()).isEqualTo(403);
        assertThat(api.get("dashboard", queries.port(), "/api/timeliness?year=2024").body())
                .doesNotContain("Ash").doesNotContain("2015-04-01");
        assertThat(api.get(null, queries.port(), "/api/timeliness?year=2024").status()).isEqualTo(401);
        assertThat(api.get("dashboard", queries.port(), "/api/timeliness?year=twenty").status()).isEqualTo(400);
        assertThat(api.get("officer", queries.port(), "/api/assessments/no-such-case").status()).isEqualTo(404);
    }

    @Test
    void after_both_services_restart_everything_is_still_there_nothing_is_counted_twice_and_new_steps_work()
            throws Exception {
        JsonNode before = figures2024();
        queries.stop();
        commands.stop();

        commands.start();
        queries.start();

        assertThat(api.await("dashboard", queries.port(), "/api/timeliness?year=2024", answer -> answer.status() == 200)
                .json()).isEqualTo(before);
        assertThat(api.get("officer", queries.port(), "/api/assessments/" + onTimeCase).json().get("milestones"))
                .hasSize(3);
        String afterRestart = open("Dee Pretend", "2025-09-01");
        step(afterRestart, "DECISION_TO_ASSESS", "2025-09-29");
        JsonNode after = api.await("dashboard", queries.port(), "/api/timeliness?year=2025",
                answer -> answer.status() == 200 && answer.json().get("agreedToAssess").asLong() == 1).json();
        assertThat(after.get("requestsReceived").asLong()).isEqualTo(1);
        assertThat(after.get("percentDecidedWithinSixWeeks").asDouble()).isEqualTo(100.0);
    }

    @Test
    void both_services_report_health_and_metrics_with_no_personal_data() {
        String caseId = open("Gil Madeup", "2021-03-01");
        step(caseId, "DECISION_TO_ASSESS", "2021-04-01");

        assertThat(api.get(null, commands.port(), "/actuator/health").body()).contains("UP");
        assertThat(api.get(null, queries.port(), "/actuator/health").body()).contains("UP");
        assertThat(api.get(null, commands.port(), "/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.get("dashboard", queries.port(), "/actuator/prometheus").status()).isEqualTo(403);
        String commandMetrics = api.get("admin", commands.port(), "/actuator/prometheus").body();
        assertThat(commandMetrics).contains("ehc_command_duration_seconds_bucket{outcome=\"accepted\",type=\"RecordMilestone\",le=\"0.05\"}");
        assertThat(commandMetrics).doesNotContain("Gil").doesNotContain(caseId);
        String queryMetrics = api.await("admin", queries.port(), "/actuator/prometheus",
                answer -> answer.body().contains("ehc_projection_lag_seconds_count{projection=\"timeliness\"}")).body();
        assertThat(queryMetrics).contains("ehc_projection_lag_seconds_bucket{projection=\"timeliness\",le=\"1.0\"}")
                .contains("ehc_deadlines_passed_today").contains("ehc_rebuild_rate_events_per_second_bucket");
        assertThat(queryMetrics).doesNotContain("Gil").doesNotContain(caseId);
        // Decided in 2021 and no plan since: its final plan is overdue, counted by kind once the figures are next counted.
        assertThat(api.await("admin", queries.port(), "/actuator/prometheus",
                answer -> OVERDUE_FINAL_PLANS.matcher(answer.body()).find()).body()).doesNotContain("Gil");
    }

    /** Prometheus's own linter, as an operator scraping several instances would run it. */
    @Test
    void both_services_metrics_pass_prometheus_checks() throws Exception {
        step(open("Hal Madeup", "2020-05-05"), "DECISION_TO_ASSESS", "2021-04-01");
        Promtool.assumeInstalled();
        assertThat(Promtool.checkMetrics(api.get("admin", commands.port(), "/actuator/prometheus").body()))
                .as("promtool check metrics, command service").isEmpty();
        assertThat(Promtool.checkMetrics(api.get("admin", queries.port(), "/actuator/prometheus").body()))
                .as("promtool check metrics, query service").isEmpty();
    }
}
