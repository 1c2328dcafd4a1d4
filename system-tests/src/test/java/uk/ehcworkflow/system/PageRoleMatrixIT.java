package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every role against every page, signed in through the sign-in form as a browser is: each page
 * opens for the roles whose API it shows, and is GOV.UK's "you do not have access" for the rest;
 * without signing in every page leads to the sign-in page; a form posted without its CSRF token
 * is refused.
 */
class PageRoleMatrixIT extends RunningServices {

    private static final List<String> USERS = List.of("officer", "manager", "ep", "health", "socialcare", "school", "panel",
            "lead", "auditor", "dashboard", "returns", "admin");
    private static final Set<String> EVERYONE = Set.copyOf(USERS);
    private static final Set<String> CASEWORK = Set.of("officer", "manager", "auditor", "admin");
    private static final Set<String> AGENCIES = Set.of("ep", "health", "socialcare", "school");

    private final Map<String, Set<String>> pages = new TreeMap<>();
    /** A family member invited to the first case, signing in by the link emailed to them (ADR 43). */
    private static final String FAMILY = "family";
    private static final String FAMILY_EMAIL = "matrix.parent@example.invalid";

    @BeforeAll
    void pagesAndWhoMaySeeThem() {
        String id = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Matrix Madeup","dateOfBirth":"2015-04-01","requestReceivedOn":"2024-01-08","requestSource":"PARENT"}""")
                .json().get("assessmentId").asText();
        api.await("officer", queries.port(), "/api/assessments/" + id, answer -> answer.status() == 200);
        api.post("officer", commands.port(), "/api/assessments/" + id + "/milestones",
                "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2024-02-01\"}");
        api.await("officer", queries.port(), "/api/assessments/" + id + "/letters", answer -> answer.json().size() == 1);
        assertThat(api.post("officer", queries.port(), "/api/letters/" + id + ".1/sent",
                "{\"sentOn\":\"2024-02-05\",\"channel\":\"POST\"}").status()).isEqualTo(200);
        assertThat(api.post("officer", commands.port(), "/api/assessments/" + id + "/family-invitations",
                "{\"email\":\"" + FAMILY_EMAIL + "\",\"relationship\":\"PARENT\"}").status()).isEqualTo(201);
        api.await("officer", queries.port(), "/api/assessments/" + id, answer -> answer.json().toString().contains("invitationId"));
        String planId = api.post("officer", commands.port(), "/api/plans", """
                {"childName":"Matrix Madeup","dateOfBirth":"2012-04-01","issuedOn":"2023-01-09"}""").json().get("planId").asText();
        api.await("officer", queries.port(), "/api/plans/" + planId, answer -> answer.status() == 200);
        api.post("officer", commands.port(), "/api/plans/" + planId + "/review-meetings", "{\"heldOn\":\"2024-01-02\"}");
        api.post("officer", commands.port(), "/api/plans/" + planId + "/review-decisions",
                "{\"decision\":\"MAINTAIN\",\"decidedOn\":\"2024-01-09\"}");
        String planLetter = api.await("officer", queries.port(), "/api/plans/" + planId + "/letters",
                answer -> answer.json().size() == 1).json().at("/0/letterId").asText();
        String planLetterPage = "/plans/" + planId + "/letters/" + planLetter.substring(planLetter.lastIndexOf(".p") + 2);
        String refused = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Matrix Madeup","dateOfBirth":"2015-04-01","requestReceivedOn":"2024-01-08","requestSource":"PARENT"}""")
                .json().get("assessmentId").asText();
        api.post("officer", commands.port(), "/api/assessments/" + refused + "/milestones",
                "{\"milestone\":\"DECISION_NOT_TO_ASSESS\",\"occurredOn\":\"2024-02-01\",\"note\":\"Made-up reasons.\"}");
        String disputeId = api.post("officer", commands.port(), "/api/disputes", "{\"caseId\":\"" + refused
                + "\",\"decision\":\"DECISION_NOT_TO_ASSESS\",\"decisionLetterOn\":\"2024-02-01\"}").json()
                .get("disputeId").asText();
        api.await("officer", queries.port(), "/api/disputes/" + disputeId, answer -> answer.status() == 200);
        pages.put("/", EVERYONE);
        pages.put("/dashboard", EVERYONE);
        pages.put("/improvement-plan", EVERYONE);
        pages.put("/improvement-plan/highlight-report", EVERYONE);
        pages.put("/work-tray", Set.of("officer", "manager"));
        pages.put("/work-tray?whose=team&page=2", Set.of("officer", "manager"));
        pages.put("/caseloads", Set.of("officer", "manager", "dashboard", "admin"));
        pages.put("/cases/new", Set.of("officer"));
        pages.put("/cases", CASEWORK);
        pages.put("/cases/" + id, CASEWORK);
        pages.put("/cases/" + id + "/letters/1", CASEWORK);
        pages.put("/cases/" + id + "/family-view", CASEWORK);
        pages.put("/cases/" + id + "/family-invitations", CASEWORK);
        pages.put("/cases/" + id + "/family-advice", Set.of("officer"));
        pages.put("/family", Set.of(FAMILY));
        pages.put("/family/cases/" + id, Set.of(FAMILY));
        pages.put("/family/cases/" + refused, Set.of()); // a case nobody in this family was invited to
        pages.put("/family/cases/" + id + "/letters/1", Set.of(FAMILY));
        pages.put("/family/cases/" + refused + "/disputes/" + disputeId + "/letters/1", Set.of());
        pages.put("/cases/" + id + "/letters/1/pdf?on=2024-02-05", CASEWORK);
        pages.put("/plans", CASEWORK);
        pages.put("/plans/new", Set.of("officer"));
        pages.put("/plans/" + planId, CASEWORK);
        pages.put("/plans/" + planId + "?step=review-meeting", CASEWORK);
        pages.put(planLetterPage, CASEWORK);
        pages.put(planLetterPage + "/pdf", CASEWORK);
        pages.put(planLetterPage + "/sent", Set.of("officer"));
        pages.put("/audit/evidence/plans/" + planId, Set.of("auditor", "admin"));
        pages.put("/disputes", CASEWORK);
        pages.put("/disputes/new?caseId=" + refused + "&decision=DECISION_NOT_TO_ASSESS&decisionLetterOn=2024-02-01",
                Set.of("officer"));
        pages.put("/disputes/" + disputeId, CASEWORK);
        pages.put("/disputes/" + disputeId + "?step=certificate", CASEWORK);
        pages.put("/audit/evidence/disputes/" + disputeId, Set.of("auditor", "admin"));
        pages.put("/advice", AGENCIES);
        pages.put("/panels", Set.of("panel", "officer", "auditor", "admin"));
        pages.put("/audit", Set.of("auditor", "admin"));
        pages.put("/quality", CASEWORK);
        pages.put("/admin/quality/checklist", Set.of("admin"));
        pages.put("/quality/report", EVERYONE);
        pages.put("/quality/report/print?quarter=2026-Q3", EVERYONE);
        pages.put("/quality/report/pdf?quarter=2026-Q3", EVERYONE);
        pages.put("/audit/late-recording", Set.of("auditor", "admin"));
        pages.put("/audit/verify", Set.of("auditor", "admin"));
        pages.put("/audit/evidence/assessments/" + id, Set.of("auditor", "admin"));
        pages.put("/admin/read-models", Set.of("admin"));
        pages.put("/returns", Set.of("returns", "admin", "officer"));
        pages.put("/returns?year=2026&check=yes", Set.of("returns", "admin", "officer"));
        pages.put("/returns/inspection", Set.of("returns", "auditor", "admin"));
        pages.put("/admin/retention", Set.of("admin"));
        pages.put("/admin/import", Set.of("admin"));
    }

    @Test
    void each_role_opens_exactly_the_pages_its_api_allows_and_is_told_it_has_no_access_to_the_rest() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<String> users = new ArrayList<>(USERS);
        users.add(FAMILY);
        for (String user : users) {
            HttpClient browser = user.equals(FAMILY) ? FamilySignIn.byLink(queries.port(), FAMILY_EMAIL,
                    FamilySignIn.dropFolder(dataDir, FAMILY_EMAIL)) : StaffSignIn.as(queries.port(), user);
            for (Map.Entry<String, Set<String>> page : pages.entrySet()) {
                HttpResponse<String> answer = get(browser, page.getKey());
                boolean allowed = page.getValue().contains(user);
                boolean right = allowed ? answer.statusCode() == 200
                        : user.equals(FAMILY) && page.getKey().equals("/") ? answer.statusCode() == 302
                        : page.getKey().startsWith("/family/cases/") && !user.equals(FAMILY) ? answer.statusCode() == 403
                        : page.getKey().startsWith("/family/cases/") ? answer.statusCode() == 404
                        : answer.statusCode() == 403 && answer.body().contains("You do not have access to this page");
                if (!right) {
                    wrong.add(page.getKey() + " as " + user + ": " + answer.statusCode());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void without_signing_in_every_page_leads_to_the_sign_in_page_and_a_form_without_its_token_is_refused() throws Exception {
        HttpClient stranger = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (String page : pages.keySet()) {
            HttpResponse<String> answer = get(stranger, page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(page).endsWith("/sign-in");
        }
        assertThat(get(stranger, "/family/sign-in").statusCode()).isEqualTo(200);
        HttpClient officer = StaffSignIn.as(queries.port(), "officer");
        HttpResponse<String> forged = officer.send(HttpRequest.newBuilder(uri("/cases/new"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("childName=Forged")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void the_improvement_plans_former_addresses_lead_to_the_same_pages_under_their_own_name() throws Exception {
        HttpClient lead = StaffSignIn.as(queries.port(), "lead");
        HttpResponse<String> board = get(lead, "/plan");
        assertThat(board.statusCode()).isEqualTo(301);
        assertThat(board.headers().firstValue("Location")).contains("/improvement-plan");
        HttpResponse<String> report = get(lead, "/plan/highlight-report?asOf=2024-06-01");
        assertThat(report.statusCode()).isEqualTo(301);
        assertThat(report.headers().firstValue("Location")).contains("/improvement-plan/highlight-report?asOf=2024-06-01");
        String token = FamilySignIn.csrf(get(lead, "/improvement-plan").body());
        HttpResponse<String> post = lead.send(HttpRequest.newBuilder(uri("/plan/actions/an-action/rag"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as("a form's post is sent on with its method").isEqualTo(308);
        assertThat(post.headers().firstValue("Location")).contains("/improvement-plan/actions/an-action/rag");
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + queries.port() + path);
    }
}
