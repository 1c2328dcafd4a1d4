package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.support.EventStoreDatabase;

/**
 * Hostile input to the pages, as a browser sends it: each role signs in through the sign-in form,
 * walks every page its menu and links lead to, and then sends every form it found (and every link
 * that carries a query) with values drawn from a printed seed ({@code -Dehc.fuzz.seed=N} replays
 * a run, {@code -Dehc.fuzz.page-requests=N} sets how many per role): the form's own choices,
 * empty, very long, wrong types, impossible dates and markup. No answer is a 5xx; every refusal
 * is a GOV.UK page, a refused form's with an error summary whose links each reach a field on the
 * page, and markup typed in is never echoed as markup; a refused form stores nothing.
 */
class PageFuzzIT extends RunningServices {

    /** A family member invited to two cases (ADR 43): signs in by the link emailed to them, and starts from their cases. */
    private static final String FAMILY = "family";
    private static final String FAMILY_EMAIL = "fuzz.parent@example.invalid";
    private static final List<String> USERS = List.of("officer", "manager", "ep", "health", "socialcare", "school", "panel",
            "lead", "auditor", "dashboard", "admin", FAMILY);
    private static final String MARKUP = "<script>alert(1)</script>";
    private static final List<String> HOSTILE = List.of("", " ", "0", "-1", "1.5", "99999999999", "abc", "null", "true",
            "2024-02-31", "31/02/2024", "2024-13-01", "0000-01-01", "1899-12-31", "2101-01-01", "\u0000", "%00", "' OR 1=1 --",
            "../../etc/passwd", MARKUP, "\uD83D\uDE00", "NOT_A_VALUE", "EHC-2024-00001", "EHC-9999-99999",
            "00000000-0000-0000-0000-000000000000", "x".repeat(3_000), "y".repeat(20_000));
    private static final List<String> DATE_PARTS = List.of("", "0", "1", "15", "29", "31", "32", "2", "12", "13", "-3", "abc",
            "2024", "1899", "2101", "99999", "x".repeat(50));
    /** Pages never sent by the fuzz: signing out ends the walk, and a rebuild is an operation with a test of its own. */
    private static final List<String> NOT_SENT = List.of("/sign-out", "/admin/read-models/");
    private static final int MOST_PAGES_PER_ROLE = 120;

    /** A form, or a link's query, to send: where, how, and each field's own choices. */
    private record Target(String page, String method, String action, Map<String, List<String>> fields, boolean link) {

        String describe() {
            return method + " " + action + " (from " + page + ")";
        }
    }

    private final Map<String, HttpClient> browsers = new LinkedHashMap<>();

    @BeforeAll
    void recordsOfEveryKind() {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        String caseId = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Fuzz Pagecase","dateOfBirth":"2015-04-01","requestReceivedOn":"2026-01-08","requestSource":"PARENT"}""")
                .json().get("assessmentId").asText();
        api.post("officer", commands.port(), "/api/assessments/" + caseId + "/milestones",
                "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"2026-02-05\"}");
        api.post("officer", commands.port(), "/api/assessments/" + caseId + "/advice-requests",
                "{\"agency\":\"HEALTH\",\"requestedOn\":\"2026-02-06\"}");
        api.post("officer", commands.port(), "/api/assessments/" + caseId + "/milestones",
                "{\"milestone\":\"DRAFT_PLAN_ISSUED\",\"occurredOn\":\"" + today + "\"}");
        api.post("officer", commands.port(), "/api/assessments/" + caseId + "/advice-requests",
                "{\"agency\":\"EDUCATIONAL_PSYCHOLOGY\",\"requestedOn\":\"2026-02-06\"}");
        String refused = api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"Fuzz Refused","dateOfBirth":"2014-04-01","requestReceivedOn":"2026-03-02","requestSource":"SCHOOL"}""")
                .json().get("assessmentId").asText();
        api.post("officer", commands.port(), "/api/assessments/" + refused + "/milestones",
                "{\"milestone\":\"DECISION_NOT_TO_ASSESS\",\"occurredOn\":\"2026-04-01\",\"note\":\"Made-up reasons.\"}");
        api.post("officer", commands.port(), "/api/disputes", "{\"caseId\":\"" + refused
                + "\",\"decision\":\"DECISION_NOT_TO_ASSESS\",\"decisionLetterOn\":\"2026-04-01\",\"adviserContactedOn\":\"2026-04-10\"}");
        for (String invitedTo : List.of(caseId, refused)) {
            api.post("officer", commands.port(), "/api/assessments/" + invitedTo + "/family-invitations",
                    "{\"email\":\"" + FAMILY_EMAIL + "\",\"relationship\":\"PARENT\"}");
            api.await("officer", queries.port(), "/api/assessments/" + invitedTo,
                    answer -> answer.status() == 200 && answer.json().path("familyInvitations").size() == 1);
        }
        String planId = api.post("officer", commands.port(), "/api/plans", """
                {"childName":"Fuzz Plan","dateOfBirth":"2012-04-01","issuedOn":"2025-01-09"}""").json().get("planId").asText();
        api.post("panel", commands.port(), "/api/panels", "{\"heldOn\":\"" + today + "\",\"kind\":\"SEND_PANEL\"}");
        api.post("lead", commands.port(), "/api/actions", """
                {"reference":"9.1","areaOfWeakness":"Timeliness","title":"Fuzz action","leads":["A Lead"],"dueBy":"2027-03-31",
                "successCriteria":[{"description":"d","measure":"m","baseline":1,"target":2}]}""");
        api.await("officer", queries.port(), "/api/plans/" + planId, answer -> answer.status() == 200);
        api.await("officer", queries.port(), "/api/assessments/" + refused, answer -> answer.status() == 200
                && answer.json().path("appealRights").size() == 1);
        api.await("officer", queries.port(), "/api/assessments/" + caseId, answer -> answer.status() == 200);
    }

    @Test
    void hostile_input_to_every_page_gets_a_gov_uk_page_never_a_5xx_and_a_refused_form_stores_nothing() throws Exception {
        long seed = Long.getLong("ehc.fuzz.seed", System.nanoTime());
        int perRole = Integer.getInteger("ehc.fuzz.page-requests", 150);
        System.out.println("Page fuzz test: seed " + seed + ", " + perRole + " requests per role (replay with -Dehc.fuzz.seed="
                + seed + ")");
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int sentForms = 0;
        for (String user : USERS) {
            signIn(user);
            List<Target> targets = walk(user, failures);
            assertThat(targets).as("what " + user + " can send").isNotEmpty();
            for (int i = 0; i < perRole; i++) {
                Target target = targets.get(random.nextInt(targets.size()));
                Map<String, String> values = hostileValues(target, random);
                long before = target.method().equals("POST") ? storedEvents() : 0;
                HttpResponse<String> answer = send(user, target, values);
                statuses.merge(answer.statusCode() + " " + target.method(), 1, Integer::sum);
                sentForms++;
                String problem = judge(answer, target);
                if (problem == null && target.method().equals("POST") && answer.statusCode() >= 400
                        && storedEvents() != before) {
                    problem = "a refused form stored events";
                }
                if (problem != null) {
                    failures.add(user + ": " + answer.statusCode() + " " + problem + " for " + target.describe() + " with "
                            + shorten(values));
                }
            }
        }
        System.out.printf("Page fuzz test (seed %d): %d requests by %d roles; by status %s%n", seed, sentForms, USERS.size(),
                statuses);
        assertThat(failures).as("pages that failed hostile input (seed " + seed + ")").isEmpty();
    }

    /** Every page the role reaches from its start page by its links, with the forms and queries on each. */
    private List<Target> walk(String user, List<String> failures) throws Exception {
        Deque<String> toVisit = new ArrayDeque<>(List.of(user.equals(FAMILY) ? "/family" : "/"));
        Set<String> seen = new LinkedHashSet<>(toVisit);
        Set<String> shapes = new LinkedHashSet<>();
        List<Target> targets = new ArrayList<>();
        while (!toVisit.isEmpty() && seen.size() <= MOST_PAGES_PER_ROLE) {
            String page = toVisit.poll();
            HttpResponse<String> answer = get(user, page);
            if (answer.statusCode() >= 500) {
                failures.add(user + ": " + answer.statusCode() + " on the page " + page);
            }
            if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document document = Jsoup.parse(answer.body(), uri(page).toString());
            for (Element form : document.select("form")) {
                Target target = target(page, form);
                if (target != null && shapes.add(target.method() + " " + shape(target.action()) + " " + target.fields().keySet())) {
                    targets.add(target);
                }
            }
            for (Element link : document.select("a[href]")) {
                String href = link.attr("href");
                if (!href.startsWith("/") || href.startsWith("//") || link.hasAttr("download") || NOT_SENT.stream().anyMatch(href::startsWith)
                        || href.startsWith("/webjars") || href.startsWith("/swagger") || href.startsWith("/assets")) {
                    continue;
                }
                String address = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                if (address.contains("?") && shapes.add("LINK " + shape(address))) {
                    targets.add(linkTarget(page, address));
                }
                // a page is walked once per shape of address: the year links of a list lead on for ever
                if (shapes.add("PAGE " + visited(address)) && seen.add(address) && seen.size() <= MOST_PAGES_PER_ROLE) {
                    toVisit.add(address);
                }
            }
        }
        System.out.println("Page fuzz test: " + user + " walked " + seen.size() + " pages and found " + targets.size()
                + " forms and queries to send");
        return targets;
    }

    private Target target(String page, Element form) {
        String action = form.hasAttr("action") && !form.attr("action").isEmpty() ? form.attr("action") : page.split("\\?")[0];
        String method = form.attr("method").isEmpty() ? "GET" : form.attr("method").toUpperCase(java.util.Locale.ROOT);
        if (NOT_SENT.stream().anyMatch(action::startsWith)) {
            return null;
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            List<String> choices = fields.computeIfAbsent(name, ignored -> new ArrayList<>());
            if (input.tagName().equals("select")) {
                input.select("option").forEach(option -> choices.add(option.attr("value")));
            } else if (!input.attr("value").isEmpty() || input.attr("type").equals("hidden")) {
                choices.add(input.attr("value"));
            }
        }
        return new Target(page, method, action, fields, false);
    }

    private Target linkTarget(String page, String address) {
        String path = address.substring(0, address.indexOf('?'));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : address.substring(address.indexOf('?') + 1).split("&")) {
            String[] parts = pair.split("=", 2);
            fields.computeIfAbsent(decode(parts[0]), ignored -> new ArrayList<>()).add(parts.length > 1 ? decode(parts[1]) : "");
        }
        return new Target(page, "GET", path, fields, true);
    }

    /** Each field: mostly one of its own choices (so that forms get past their first check), else something hostile. */
    private static Map<String, String> hostileValues(Target target, Random random) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean allHonest = random.nextInt(5) == 0;
        target.fields().forEach((name, choices) -> {
            if (name.equals("_csrf")) {
                values.put(name, choices.isEmpty() ? "" : choices.get(0));
            } else if (!choices.isEmpty() && (allHonest || random.nextInt(3) > 0)) {
                values.put(name, choices.get(random.nextInt(choices.size())));
            } else if (name.endsWith("-day") || name.endsWith("-month") || name.endsWith("-year")) {
                values.put(name, DATE_PARTS.get(random.nextInt(DATE_PARTS.size())));
            } else if (random.nextInt(10) > 0) {
                values.put(name, HOSTILE.get(random.nextInt(HOSTILE.size())));
            }
        });
        return values;
    }

    /** What is wrong with the answer, or null when it is what a person should see. */
    private String judge(HttpResponse<String> answer, Target target) {
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return "a server error";
        }
        if (status < 400) {
            return null;
        }
        if (!type.startsWith("text/html")) {
            return "a refusal that is not a page (" + type + ")";
        }
        Document page = Jsoup.parse(answer.body());
        if (page.selectFirst("header.govuk-header") == null) {
            return "a refusal without the GOV.UK page around it";
        }
        if (page.selectFirst(".govuk-service-navigation") == null) {
            return "a refusal that lost the signed-in header";
        }
        if (answer.body().contains(MARKUP)) {
            return "markup echoed as markup";
        }
        if (status == 400 || status == 409) {
            Element summary = page.selectFirst(".govuk-error-summary");
            if (summary == null) {
                return "a refusal without an error summary";
            }
            for (Element link : summary.select("a[href^=#]")) {
                String id = link.attr("href").substring(1);
                Element field = page.getElementById(id);
                if (field == null) {
                    return "an error that links to no field (#" + id + ")";
                }
                if (field.closest(".govuk-form-group--error") == null) {
                    return "a field (#" + id + ") not marked with its own error";
                }
            }
        }
        return null;
    }

    private HttpResponse<String> send(String user, Target target, Map<String, String> values) throws Exception {
        String encoded = values.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        if (target.method().equals("POST")) {
            return browsers.get(user).send(HttpRequest.newBuilder(uri(target.action())).timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), HttpResponse.BodyHandlers.ofString());
        }
        return get(user, target.action() + "?" + encoded);
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return browsers.get(user).send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String user) throws Exception {
        if (user.equals(FAMILY)) {
            browsers.put(user, FamilySignIn.byLink(queries.port(), FAMILY_EMAIL, FamilySignIn.dropFolder(dataDir, FAMILY_EMAIL)));
            return;
        }
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        browsers.put(user, browser);
        Element token = Jsoup.parse(get(user, "/sign-in").body()).selectFirst("input[name=_csrf]");
        assertThat(token).as("the sign-in form's token").isNotNull();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user + "&_csrf="
                        + encode(token.attr("value")))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).as(user).doesNotContain("failed");
    }

    private long storedEvents() throws Exception {
        try (Connection db = EventStoreDatabase.connect(dataDir); Statement query = db.createStatement();
             ResultSet count = query.executeQuery("SELECT COUNT(*) FROM DomainEventEntry WHERE type IS NOT NULL")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** An address with its query's values folded, but for the step a record's page opens a form for. */
    private static String visited(String address) {
        return address.replaceAll("([?&](?!step=)[^=&]+)=[^&]*", "$1=");
    }

    /** An address with its ids and numbers folded, so that one form on a hundred cases is sent as one. */
    private static String shape(String address) {
        return address.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("=[^&]*", "=");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + queries.port() + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(Map<String, String> values) {
        return values.entrySet().stream().filter(field -> !field.getKey().equals("_csrf"))
                .map(field -> field.getKey() + "=" + (field.getValue().length() > 40 ? field.getValue().substring(0, 40) + "…("
                        + field.getValue().length() + ")" : field.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
