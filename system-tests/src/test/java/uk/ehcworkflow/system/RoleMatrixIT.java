package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.Api;

/**
 * Every endpoint of both services, asked by every local user, by nobody and with a wrong password,
 * with every method, against the table below of what each role may do. Access goes by address:
 * HEAD and OPTIONS get in exactly where GET does; a method an address does not take is 405 for
 * those who may use the address and 403 for those who may not; nothing answers 5xx, and every
 * refusal with a body is problem+json.
 */
class RoleMatrixIT extends RunningServices {

    private static final List<String> USERS = List.of("officer", "manager", "ep", "health", "socialcare", "school", "panel",
            "lead", "auditor", "dashboard", "returns", "admin");
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final Set<String> AGENCIES = Set.of("ep", "health", "socialcare", "school");
    private static final String ANYONE = "anyone";
    private static final String SIGNED_IN = "signed in";
    /**
     * A family member, who has no password: the pages send their commands with a token minted for them
     * (ADR 43). Signed in, yet no "signed in" row is theirs: only the rows naming them.
     */
    private static final String FAMILY = "family";
    private static final String ID = "8f0b6a50-0000-4000-8000-000000000001";

    /** An address, the method it takes, and who may use it: named users, everyone signed in, or anyone. */
    private record Row(String path, String method, Set<String> who) {
    }

    private static final List<Row> COMMANDS = List.of(
            new Row("/actuator/health", "GET", Set.of(ANYONE)),
            new Row("/actuator/info", "GET", Set.of(ANYONE)),
            new Row("/actuator/prometheus", "GET", Set.of("admin")),
            new Row("/actuator/mappings", "GET", Set.of("admin")),
            new Row("/v3/api-docs", "GET", Set.of(SIGNED_IN)),
            new Row("/swagger-ui/index.html", "GET", Set.of(SIGNED_IN)),
            new Row("/api/assessments", "POST", Set.of("officer")),
            new Row("/api/assessments/" + ID + "/milestones", "POST", Set.of("officer")),
            new Row("/api/assessments/" + ID + "/advice-requests", "POST", Set.of("officer")),
            new Row("/api/assessments/" + ID + "/advice-requests/" + ID + "/submission", "POST",
                    Set.of("officer", "ep", "health", "socialcare", "school")),
            new Row("/api/assessments/" + ID + "/exceptions", "POST", Set.of("officer")),
            new Row("/api/assessments/" + ID + "/letters/1/sent", "POST", Set.of("officer")),
            new Row("/api/assessments/" + ID + "/next-steps", "GET", Set.of("officer")),
            new Row("/api/assessments/" + ID + "/family-invitations", "POST", Set.of("officer")),
            new Row("/api/assessments/" + ID + "/family-invitations/" + ID + "/withdrawal", "POST", Set.of("officer")),
            new Row("/api/assessments/" + ID + "/family-mail", "GET", Set.of("officer")),
            new Row("/api/family/cases/" + ID + "/acceptance", "POST", Set.of(FAMILY)),
            new Row("/api/family/cases/" + ID + "/draft-response", "POST", Set.of(FAMILY)),
            new Row("/api/family/cases/" + ID + "/advice", "POST", Set.of(FAMILY)),
            new Row("/api/family/plans/" + ID + "/amendment-response", "POST", Set.of(FAMILY)),
            new Row("/api/assessments/" + ID + "/family-advice/" + ID + "/file", "GET", Set.of("officer")),
            new Row("/api/family/disputes/" + ID + "/mediation-request", "POST", Set.of(FAMILY)),
            new Row("/api/assessments/" + ID + "/erasure", "POST", Set.of("admin")),
            new Row("/api/assessments/" + ID + "/child", "PUT", Set.of("officer")),
            new Row("/api/assessments/" + ID + "/assignment", "PUT", Set.of("officer", "manager")),
            new Row("/api/plans/" + ID + "/assignment", "PUT", Set.of("officer", "manager")),
            new Row("/api/disputes/" + ID + "/assignment", "PUT", Set.of("officer", "manager")),
            new Row("/api/plans", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/next-steps", "GET", Set.of("officer", "admin")),
            new Row("/api/plans/" + ID + "/erasure", "POST", Set.of("admin")),
            new Row("/api/plans/" + ID + "/review-meetings", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/letters/3/sent", "POST", Set.of("officer")),
            new Row("/api/disputes/" + ID + "/letters/5/sent", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/review-decisions", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/amendment-response", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/amended-plans", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/amendments-withdrawn", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/phase-transfer", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/phase-transfer/setting-named", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/phase-transfer/amended-plan", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/transfer-notice", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/cessation-decision", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/cessation", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/child", "PUT", Set.of("officer")),
            new Row("/api/plans/" + ID + "/needs", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/placements", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/placements/" + ID, "PUT", Set.of("officer")),
            new Row("/api/plans/" + ID + "/personal-budget", "PUT", Set.of("officer")),
            new Row("/api/plans/" + ID + "/reassessments", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/reassessments/" + ID + "/decision", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/reassessments/" + ID + "/draft", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/reassessments/" + ID + "/draft-response", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/reassessments/" + ID + "/final-plan", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/reassessments/" + ID + "/not-amended", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/reassessments/" + ID + "/exceptions", "POST", Set.of("officer")),
            new Row("/api/disputes", "POST", Set.of("officer")),
            new Row("/api/disputes/" + ID + "/next-steps", "GET", Set.of("officer")),
            new Row("/api/disputes/" + ID + "/mediation-requested", "POST", Set.of("officer")),
            new Row("/api/disputes/" + ID + "/certificate", "POST", Set.of("officer")),
            new Row("/api/disputes/" + ID + "/agreement", "POST", Set.of("officer")),
            new Row("/api/disputes/" + ID + "/agreement/compliance", "POST", Set.of("officer")),
            new Row("/api/disputes/" + ID + "/appeal", "POST", Set.of("officer")),
            new Row("/api/disputes/" + ID + "/response-due", "POST", Set.of("officer")),
            new Row("/api/disputes/" + ID + "/not-opposed", "POST", Set.of("officer")),
            new Row("/api/disputes/" + ID + "/outcome", "POST", Set.of("officer")),
            new Row("/api/disputes/" + ID + "/order-exceptions", "POST", Set.of("officer")),
            new Row("/api/disputes/" + ID + "/compliance", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID + "/audits", "POST", Set.of("officer", "manager")),
            new Row("/api/audits/" + ID + "/scores", "POST", Set.of("officer", "manager")),
            new Row("/api/audits/" + ID + "/grade", "POST", Set.of("officer", "manager")),
            new Row("/api/audits/" + ID + "/actions", "POST", Set.of("officer", "manager")),
            new Row("/api/audits/" + ID + "/actions/" + ID + "/done", "POST", Set.of("officer", "manager")),
            new Row("/api/audits/" + ID + "/closure", "POST", Set.of("officer", "manager")),
            new Row("/api/quality/checklist", "POST", Set.of("admin")),
            new Row("/api/quality/samples", "POST", Set.of("manager", "admin")),
            new Row("/api/panels", "POST", Set.of("panel")),
            new Row("/api/panels/" + ID + "/attendance", "POST", Set.of("panel")),
            new Row("/api/panels/" + ID + "/decisions", "POST", Set.of("panel")),
            new Row("/api/actions", "POST", Set.of("lead")),
            new Row("/api/actions/" + ID + "/rag", "POST", Set.of("lead")),
            new Row("/api/actions/" + ID + "/progress", "POST", Set.of("lead")),
            new Row("/api/actions/" + ID + "/measures", "POST", Set.of("lead")),
            new Row("/api/imports/sen2", "POST", Set.of("admin")));

    private static final Set<String> CASEWORK = Set.of("officer", "manager", "auditor", "admin");
    private static final Set<String> AUDIT = Set.of("auditor", "admin");
    private static final List<Row> QUERIES = List.of(
            new Row("/actuator/health", "GET", Set.of(ANYONE)),
            new Row("/actuator/info", "GET", Set.of(ANYONE)),
            new Row("/actuator/prometheus", "GET", Set.of("admin")),
            new Row("/actuator/mappings", "GET", Set.of("admin")),
            new Row("/v3/api-docs", "GET", Set.of(SIGNED_IN)),
            new Row("/swagger-ui/index.html", "GET", Set.of(SIGNED_IN)),
            new Row("/api/timeliness?year=2024", "GET", Set.of(SIGNED_IN)),
            new Row("/api/work-tray", "GET", Set.of("officer", "manager")),
            new Row("/api/work-tray?officer=officer2&page=2&size=10", "GET", Set.of("officer", "manager")),
            new Row("/api/caseloads", "GET", Set.of("officer", "manager", "dashboard", "admin")),
            new Row("/api/assessments/" + ID, "GET", CASEWORK),
            new Row("/api/assessments/" + ID + "?asOf=2024-06-01", "GET", CASEWORK),
            new Row("/api/assessments/" + ID + "/letters", "GET", CASEWORK),
            new Row("/api/assessments/" + ID + "/family-view", "GET", CASEWORK),
            new Row("/api/letters/" + ID + ".1", "GET", CASEWORK),
            new Row("/api/letters/" + ID + ".1/pdf?on=2024-06-01", "GET", CASEWORK),
            new Row("/api/letters/" + ID + ".1/sent", "POST", Set.of("officer")),
            new Row("/api/plans/" + ID, "GET", CASEWORK),
            new Row("/api/plans/" + ID + "?asOf=2024-06-01", "GET", CASEWORK),
            new Row("/api/plans/" + ID + "/letters", "GET", CASEWORK),
            new Row("/api/plans/" + ID + "/audits", "GET", CASEWORK),
            new Row("/api/audits/" + ID, "GET", CASEWORK),
            new Row("/api/quality/checklist", "GET", Set.of(SIGNED_IN)),
            new Row("/api/quality/samples", "GET", CASEWORK),
            new Row("/api/quality/figures?from=2026-07&to=2026-09", "GET", Set.of(SIGNED_IN)),
            new Row("/api/quality/samples/2024-05", "GET", CASEWORK),
            new Row("/api/disputes/" + ID + "/letters", "GET", CASEWORK),
            new Row("/api/letters/" + ID + ".d5", "GET", CASEWORK),
            new Row("/api/letters/" + ID + ".p3", "GET", CASEWORK),
            new Row("/api/letters/" + ID + ".p3/pdf", "GET", CASEWORK),
            new Row("/api/letters/" + ID + ".p3/sent", "POST", Set.of("officer")),
            new Row("/api/reviews/timeliness?year=2024", "GET", Set.of(SIGNED_IN)),
            new Row("/api/reviews/overdue", "GET", CASEWORK),
            new Row("/api/evidence/plans/" + ID, "GET", AUDIT),
            new Row("/api/disputes/" + ID, "GET", CASEWORK),
            new Row("/api/disputes/" + ID + "?asOf=2024-06-01", "GET", CASEWORK),
            new Row("/api/disputes/open", "GET", CASEWORK),
            new Row("/api/disputes/figures?year=2024", "GET", Set.of(SIGNED_IN)),
            new Row("/api/evidence/disputes/" + ID, "GET", AUDIT),
            new Row("/api/panels?year=2024", "GET", Set.of("panel", "officer", "auditor", "admin")),
            new Row("/api/panels/coverage?year=2024", "GET", Set.of(SIGNED_IN)),
            new Row("/api/panels/decisions-by-month?year=2024", "GET", Set.of(SIGNED_IN)),
            new Row("/api/actions", "GET", Set.of(SIGNED_IN)),
            new Row("/api/actions/" + ID, "GET", Set.of(SIGNED_IN)),
            new Row("/api/actions/" + ID + "/history", "GET", Set.of(SIGNED_IN)),
            new Row("/api/actions/highlight-report", "GET", Set.of(SIGNED_IN)),
            new Row("/api/audit", "GET", AUDIT),
            new Row("/api/audit/late-recording", "GET", AUDIT),
            new Row("/api/audit/verify?aggregateId=" + ID, "GET", AUDIT),
            new Row("/api/audit/verifications", "POST", AUDIT),
            new Row("/api/audit/verifications/" + ID, "GET", AUDIT),
            new Row("/api/evidence/assessments/" + ID, "GET", AUDIT),
            new Row("/api/evidence/actions/" + ID, "GET", AUDIT),
            new Row("/api/returns/sen2?year=2026&format=csv&module=sen2", "GET", Set.of("returns", "admin")),
            new Row("/api/returns/sen2/validation?year=2026", "GET", Set.of("returns", "admin", "officer")),
            new Row("/api/returns/inspection?format=csv&list=refusals", "GET", Set.of("returns", "auditor", "admin")),
            new Row("/api/returns/inspection/children/" + ID, "GET", Set.of("returns", "auditor", "admin")),
            new Row("/api/admin/projections", "GET", Set.of("admin")),
            new Row("/api/admin/projections/panels/reconcile", "GET", Set.of("admin")),
            new Row("/api/admin/projections/panels/rebuild", "POST", Set.of("admin")));

    @Test
    void the_command_service_lets_each_role_do_exactly_what_its_table_says_whatever_the_method() {
        walk("command", commands.port(), COMMANDS);
    }

    @Test
    void the_query_service_lets_each_role_read_exactly_what_its_table_says_whatever_the_method() {
        walk("query", queries.port(), QUERIES);
    }

    private void walk(String service, int port, List<Row> table) {
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> callers = new ArrayList<>(USERS);
        callers.add(null);
        callers.add("wrong password");
        callers.add(FAMILY);
        for (Row row : table) {
            for (String caller : callers) {
                for (String method : METHODS) {
                    String user = "wrong password".equals(caller) ? "officer" : caller;
                    String password = "wrong password".equals(caller) ? "not-the-password" : caller;
                    String contentType = method.equals("GET") || method.equals("HEAD") ? null : "application/json";
                    String body = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") ? null : "{}";
                    Api.Answer answer = FAMILY.equals(caller)
                            ? api.callWithToken(Api.pageToken(dataDir.resolve("keys/page-token.key"), "family:" + "0".repeat(64),
                                    "FAMILY"), method, port, row.path(), contentType, body)
                            : api.call(user, password, method, port, row.path(), contentType, body);
                    statuses.merge(answer.status(), 1, Integer::sum);
                    String expected = expected(row, caller, method);
                    boolean problemJson = method.equals("HEAD") || method.equals("OPTIONS") || answer.status() < 400
                            || answer.contentType() != null && answer.contentType().startsWith("application/problem+json");
                    if (!matches(expected, answer.status()) || !problemJson) {
                        wrong.add(method + " " + row.path() + " as " + (caller == null ? "nobody" : caller) + ": expected "
                                + expected + ", got " + answer.status() + " " + answer.contentType());
                    }
                }
            }
        }
        System.out.printf("Role matrix, %s service: %d requests, by status %s, %d unexpected%n", service,
                statuses.values().stream().mapToInt(Integer::intValue).sum(), statuses, wrong.size());
        assertThat(wrong).isEmpty();
    }

    private static String expected(Row row, String caller, String method) {
        if ("wrong password".equals(caller)) {
            return "401";
        }
        boolean allowed = row.who().contains(ANYONE) || caller != null
                && (row.who().contains(SIGNED_IN) && !caller.equals(FAMILY) || row.who().contains(caller));
        if (!allowed) {
            return caller == null ? "401" : "403";
        }
        if (method.equals("OPTIONS")) {
            return "200";
        }
        boolean takes = method.equals(row.method()) || method.equals("HEAD") && row.method().equals("GET");
        return takes ? "handled" : "405";
    }

    /** "handled": the request reached the endpoint, which answered it (2xx, or a 4xx about the request itself). */
    private static boolean matches(String expected, int status) {
        if (expected.equals("handled")) {
            return status < 500 && status != 401 && status != 403 && status != 405;
        }
        return String.valueOf(status).equals(expected);
    }
}
