package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import uk.ehcworkflow.support.Api;

/**
 * The SEN2 return of a made-up area of 40 children, each record's SEN2 values set by hand: 24
 * requests received in 2025 (refused, one of them disputed; withdrawn; plans in time, late, and
 * late with an exception; still undecided), 6 plans from 2024 (one reviewed, one ceased) and 10
 * plans registered from before (one transferred in by code, one by name, one ceased). The 2026
 * return (census day 15 January 2026) passes the schema, carries the counts and items each
 * record sets, agrees with the dashboard for 2025, finds the problems planted, is the same bytes
 * whenever it is produced as known at the same instant, and is the returns role's alone.
 */
class Sen2ReturnIT extends RunningServices {

    private static final String LA = "999";
    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private final List<String> cases = new ArrayList<>();
    private final List<String> earlier = new ArrayList<>();
    private final List<String> registered = new ArrayList<>();
    private final Map<String, String> upnOf = new TreeMap<>();
    private String socialCareCase;

    @Override
    protected String[] serviceArguments() {
        return new String[] {"--ehc.returns.la-code=" + LA};
    }

    /** A made-up UPN whose check letter is right: the DfE's weights 2 to 13 on characters 2 to 13. */
    static String upn(int n) {
        String rest = "999" + String.format("%09d", n);
        int sum = 0;
        for (int i = 0; i < rest.length(); i++) {
            sum += (i + 2) * (rest.charAt(i) - '0');
        }
        return UPN_LETTERS.charAt(sum % 23) + rest;
    }

    private void accepted(String method, String path, String body) {
        Api.Answer answer = api.call("officer", "officer", method, commands.port(), path, "application/json", body);
        assertThat(answer.status()).as(method + " " + path + " " + body + ": " + answer.body()).isIn(201, 204);
    }

    private String newCase(String name, LocalDate received, String source, boolean youthAccommodation) {
        return api.post("officer", commands.port(), "/api/assessments", """
                {"childName":"%s","dateOfBirth":"2014-03-0%d","requestReceivedOn":"%s","requestSource":"%s","inYouthAccommodation":%s}"""
                .formatted(name, 1 + name.length() % 9, received, source, youthAccommodation)).json().get("assessmentId").asText();
    }

    private void step(String id, String milestone, LocalDate on) {
        accepted("POST", "/api/assessments/" + id + "/milestones", "{\"milestone\":\"%s\",\"occurredOn\":\"%s\",\"note\":\"Made-up reasons.\"}"
                .formatted(milestone, on));
    }

    private String details(int n, boolean withSex, boolean withEthnicity, String upn) {
        List<String> fields = new ArrayList<>();
        if (withSex) {
            fields.add("\"sex\":\"" + (n % 2 == 0 ? "FEMALE" : "MALE") + "\"");
        }
        if (withEthnicity) {
            fields.add("\"ethnicity\":\"" + List.of("WBRI", "MWBA", "AIND", "BAFR", "OOTH").get(n % 5) + "\"");
        }
        fields.add("\"postcode\":\"ZZ9" + (n % 10) + " 9ZZ\"");
        fields.add("\"upn\":\"" + upn + "\"");
        return "{" + String.join(",", fields) + "}";
    }

    private void planOf(String plan, int n, boolean needs, boolean placement) {
        if (needs) {
            accepted("POST", "/api/plans/" + plan + "/needs", n % 3 == 0
                    ? "{\"primary\":\"ASD\",\"secondary\":\"SLCN\",\"from\":\"2025-12-01\"}"
                    : "{\"primary\":\"SEMH\",\"from\":\"2025-12-01\"}");
        }
        if (placement) {
            String where = switch (n % 4) {
                case 0 -> "\"setting\":\"EHE\"";
                case 1 -> "\"urn\":\"1%05d\",\"residential\":\"FROM_39_TO_52\"".formatted(n);
                default -> "\"urn\":\"1%05d\"".formatted(n);
            };
            accepted("POST", "/api/plans/" + plan + "/placements", "{" + where + ",\"rank\":1,\"entryOn\":\"2024-09-04\"}");
        }
    }

    @BeforeAll
    void aMadeUpArea() {
        LocalDate first = LocalDate.of(2025, 1, 6);
        for (int i = 0; i < 24; i++) {
            int kind = i % 6;
            LocalDate received = kind == 5 ? LocalDate.of(2025, 12, 1).plusDays(i / 6) : first.plusDays(7L * i);
            String source = i == 2 ? "SOCIAL_CARE" : "PARENT";
            String id = newCase("Area Child" + (char) ('A' + i) + " Madeup", received, source, i == 2);
            cases.add(id);
            String upn = upn(i == 6 ? 0 : i);
            upnOf.put(id, upn);
            boolean issued = kind == 2 || kind == 3 || kind == 4;
            String childOnCase = issued ? "{\"sex\":\"FEMALE\",\"ethnicity\":\"WBRI\"}" : details(i, i != 1, i != 5, upn);
            accepted("PUT", "/api/assessments/" + id + "/child", childOnCase);
            switch (kind) {
                case 0 -> step(id, "DECISION_NOT_TO_ASSESS", received.plusDays(35));
                case 1 -> step(id, "REQUEST_WITHDRAWN", received.plusDays(14));
                case 5 -> { }
                default -> {
                    step(id, "DECISION_TO_ASSESS", received.plusDays(35));
                    if (kind == 4) {
                        accepted("POST", "/api/assessments/" + id + "/exceptions", """
                                {"deadline":"FINAL_PLAN","reason":"ABSENT_FROM_AREA","from":"%s","to":"%s","note":"made up"}"""
                                .formatted(received.plusDays(60), received.plusDays(100)));
                    }
                    step(id, "DRAFT_PLAN_ISSUED", received.plusDays(kind == 2 ? 98 : 140));
                    step(id, "FINAL_PLAN_ISSUED", received.plusDays(kind == 2 ? 126 : 161));
                    accepted("PUT", "/api/plans/" + id + "/child", "{\"postcode\":\"ZZ9" + (i % 10) + " 9ZZ\",\"upn\":\"" + upn + "\"}");
                    planOf(id, i, i != 3, i != 4);
                }
            }
        }
        socialCareCase = cases.get(2);
        String refused = cases.get(0);
        String dispute = api.post("officer", commands.port(), "/api/disputes", """
                {"caseId":"%s","decision":"DECISION_NOT_TO_ASSESS","decisionLetterOn":"2025-02-10","adviserContactedOn":"2025-02-20"}"""
                .formatted(refused)).json().get("disputeId").asText();
        accepted("POST", "/api/disputes/" + dispute + "/mediation-requested", "{\"on\":\"2025-02-22\"}");
        accepted("POST", "/api/disputes/" + dispute + "/certificate",
                "{\"issuedOn\":\"2025-03-12\",\"mediationHeld\":true,\"outcome\":\"NOT_RESOLVED\"}");
        accepted("POST", "/api/disputes/" + dispute + "/appeal",
                "{\"receivedOn\":\"2025-03-24\",\"registeredOn\":\"2025-03-26\",\"grounds\":[\"REFUSAL_TO_ASSESS\"]}");

        for (int j = 0; j < 6; j++) {
            LocalDate received = LocalDate.of(2024, 1, 8).plusDays(14L * j);
            String id = newCase("Earlier Child" + (char) ('A' + j) + " Madeup", received, "SCHOOL", false);
            earlier.add(id);
            step(id, "DECISION_TO_ASSESS", received.plusDays(35));
            step(id, "DRAFT_PLAN_ISSUED", received.plusDays(98));
            step(id, "FINAL_PLAN_ISSUED", received.plusDays(126));
            accepted("PUT", "/api/plans/" + id + "/child", details(100 + j, true, true, upn(100 + j)));
            planOf(id, 100 + j, true, true);
            LocalDate meeting = received.plusDays(126 + 330);
            if (j <= 2) {
                accepted("POST", "/api/plans/" + id + "/review-meetings", "{\"heldOn\":\"" + meeting + "\"}");
                accepted("POST", "/api/plans/" + id + "/review-decisions", "{\"decision\":\"%s\",\"decidedOn\":\"%s\",\"noticeSentOn\":\"%s\"}"
                        .formatted(j == 0 ? "AMEND" : "MAINTAIN", meeting.plusDays(10), meeting.plusDays(14)));
            }
            if (j == 2) {
                accepted("POST", "/api/plans/" + id + "/cessation", "{\"ceasedOn\":\"2025-10-31\",\"reason\":\"MOVED_TO_ANOTHER_LA\"}");
            }
        }

        for (int r = 0; r < 10; r++) {
            String transfer = r == 0 ? ",\"transferredInOn\":\"2025-03-03\",\"fromAuthority\":\"873\""
                    : r == 1 ? ",\"transferredInOn\":\"2025-04-07\",\"fromAuthority\":\"Made-up Council\""
                    // the last five were registered with the request behind them
                    : r >= 5 ? ",\"requestReceivedOn\":\"2021-09-0%d\",\"requestSource\":\"SCHOOL\"".formatted(r) : "";
            String id = api.post("officer", commands.port(), "/api/plans", """
                    {"childName":"Registered Child%s Madeup","dateOfBirth":"2012-0%d-15","issuedOn":"2022-0%d-01","lastReviewDecisionOn":"2024-10-0%d"%s}"""
                    .formatted((char) ('A' + r), 1 + r % 9, 1 + r % 9, 1 + r % 9, transfer)).json().get("planId").asText();
            registered.add(id);
            accepted("PUT", "/api/plans/" + id + "/child", details(200 + r, true, true, upn(200 + r)));
            planOf(id, 200 + r, true, true);
            if (r == 2) {
                accepted("POST", "/api/plans/" + id + "/cessation", "{\"ceasedOn\":\"2025-06-30\",\"reason\":\"DECEASED\"}");
            }
        }
        // the read side catches up with every record before the return is read
        for (String id : cases) {
            api.await("officer", queries.port(), "/api/assessments/" + id, answer -> answer.status() == 200);
        }
        for (String id : earlier) {
            api.await("officer", queries.port(), "/api/plans/" + id, answer -> answer.status() == 200
                    && answer.json().path("placements").size() == 1);
        }
        for (String id : registered) {
            api.await("officer", queries.port(), "/api/plans/" + id, answer -> answer.status() == 200
                    && answer.json().path("placements").size() == 1);
        }
        String last = registered.get(registered.size() - 1);
        api.await("officer", queries.port(), "/api/plans/" + last, answer -> answer.status() == 200
                && answer.json().path("placements").size() == 1);
        String lastCase = earlier.get(earlier.size() - 1);
        api.await("officer", queries.port(), "/api/plans/" + lastCase, answer -> answer.status() == 200
                && answer.json().path("placements").size() == 1);
    }

    private Api.Answer sen2(String user, String query) {
        return api.get(user, queries.port(), "/api/returns/sen2?year=2026" + query);
    }

    private static Document parsed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(Document xml, String path) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(path, xml, XPathConstants.NODESET)).getLength();
    }

    private static String value(Document xml, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, xml);
    }

    private String person(String upn) {
        return "/Message/Persons/Person[UPN='" + upn + "']";
    }

    @Test
    void the_return_passes_the_schema_and_carries_each_module_as_the_records_set_it() throws Exception {
        Api.Answer answer = sen2("returns", "");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/xml");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("../query-service/src/main/resources/returns/sen2.xsd").toFile()).newValidator()
                .validate(new StreamSource(new StringReader(answer.body())));
        Document xml = parsed(answer.body());

        assertThat(value(xml, "/Message/Header/CollectionDetails/ReferenceDate")).isEqualTo("2026-01-15");
        assertThat(value(xml, "/Message/Header/Source/LEA")).isEqualTo(LA);
        assertThat(count(xml, "//Person")).isEqualTo(40);
        assertThat(count(xml, "//Request")).isEqualTo(40);
        assertThat(count(xml, "//Assessment")).isEqualTo(28);
        assertThat(count(xml, "//NamedPlan")).as("every active plan and every plan ceased in the year").isEqualTo(28);
        assertThat(count(xml, "//ActivePlans")).isEqualTo(26);
        assertThat(count(xml, "//Request[RequestOutcome='N' and RequestOutcomeDate]")).isEqualTo(4);
        assertThat(count(xml, "//Request[RequestOutcome='W' and not(RequestOutcomeDate)]")).isEqualTo(4);
        assertThat(count(xml, "//Request[RequestOutcome='A']")).isEqualTo(4);
        assertThat(count(xml, "//Request[RequestOutcome='Y']")).isEqualTo(12);
        assertThat(count(xml, "//Request[RequestOutcome='H' and not(RequestOutcomeDate)]")).isEqualTo(16);
        assertThat(count(xml, "//Request[RequestOutcome='H' and starts-with(ReceivedDate,'2021-09') and RequestSource='2']"))
                .as("registered with the request behind them").isEqualTo(5);

        String disputed = person(upnOf.get(cases.get(0))) + "/Requests/Request";
        assertThat(value(xml, disputed + "/RequestOutcomeDate")).isEqualTo("2025-02-10");
        assertThat(value(xml, disputed + "/RequestMediation")).isEqualTo("1");
        assertThat(value(xml, disputed + "/RequestTribunal")).isEqualTo("1");
        assertThat(value(xml, disputed + "/RequestSource")).isEqualTo("1");
        String social = person(upnOf.get(socialCareCase)) + "/Requests/Request";
        assertThat(value(xml, social + "/RequestSource")).isEqualTo("4");
        assertThat(value(xml, social + "/RYA")).isEqualTo("1");
        assertThat(value(xml, person(upnOf.get(socialCareCase)) + "/Sex")).as("from the case").isEqualTo("F");
        assertThat(value(xml, person(upnOf.get(cases.get(4))) + "/Requests/Request/Assessment/Week20")).isEqualTo("1");
        assertThat(value(xml, person(upnOf.get(cases.get(3))) + "/Requests/Request/Assessment/Week20")).isEqualTo("0");
        String ceased = person(upn(102)) + "/Requests/Request/Assessment";
        assertThat(value(xml, ceased + "/AssessmentOutcome")).as("assessed before the year").isEqualTo("H");
        assertThat(value(xml, ceased + "/NamedPlan/CeaseDate")).isEqualTo("2025-10-31");
        assertThat(value(xml, ceased + "/NamedPlan/CeaseReason")).isEqualTo("5");
        assertThat(count(xml, person(upn(102)) + "/ActivePlans")).isZero();
        String reviewed = person(upn(100)) + "/ActivePlans";
        assertThat(value(xml, reviewed + "/ReviewOutcome")).isEqualTo("A");
        assertThat(value(xml, reviewed + "/ReviewDraft")).isEqualTo(value(xml, reviewed + "/LastReview"));
        assertThat(value(xml, person(upn(101)) + "/ActivePlans/PlacementDetail/Res")).isEqualTo("B");
        assertThat(value(xml, person(upn(100)) + "/ActivePlans/PlacementDetail/SENsetting")).isEqualTo("EHE");
        assertThat(value(xml, person(upn(201)) + "/ActivePlans/SENneed[SENtypeRank='2']/SENtype")).isEqualTo("SLCN");
        assertThat(value(xml, person(upn(200)) + "/ActivePlans/TransferLA")).isEqualTo("873");
        assertThat(count(xml, person(upn(201)) + "/ActivePlans/TransferLA")).as("a name is not a code").isZero();
    }

    @Test
    void its_counts_agree_with_the_dashboard_for_the_same_year() throws Exception {
        Document xml = parsed(sen2("returns", "").body());
        JsonNode timeliness = api.get("dashboard", queries.port(), "/api/timeliness?year=2025").json();
        JsonNode reviews = api.get("dashboard", queries.port(), "/api/reviews/timeliness?year=2025").json();

        assertThat(count(xml, "//Request[starts-with(ReceivedDate,'2025')]")).isEqualTo(timeliness.get("requestsReceived").asInt())
                .isEqualTo(24);
        assertThat(count(xml, "//Assessment[AssessmentOutcome='Y' and starts-with(AssessmentOutcomeDate,'2025')]"))
                .isEqualTo(timeliness.get("finalPlansIssued").asInt()).isEqualTo(12);
        assertThat(count(xml, "//Assessment[AssessmentOutcome='Y' and starts-with(AssessmentOutcomeDate,'2025') and Week20='0']"))
                .isEqualTo(timeliness.get("finalPlansIssued").asInt() - timeliness.get("plansWithExceptions").asInt());
        JsonNode validation = api.get("returns", queries.port(), "/api/returns/sen2/validation?year=2026").json();
        assertThat(validation.at("/summary/plansIssuedWithinTwentyWeeksWithoutExceptions").asInt())
                .isEqualTo(timeliness.at("/bandsExcludingExceptions/withinTwentyWeeks").asInt()).isEqualTo(4);
        assertThat(count(xml, "//NamedPlan[starts-with(CeaseDate,'2025') and CeaseReason='5']"))
                .isEqualTo(reviews.at("/plansCeasedByReason/MOVED_TO_ANOTHER_LA").asInt()).isEqualTo(1);
        assertThat(count(xml, "//NamedPlan[starts-with(CeaseDate,'2025') and CeaseReason='8']"))
                .isEqualTo(reviews.at("/plansCeasedByReason/DECEASED").asInt()).isEqualTo(1);
        assertThat(count(xml, "//NamedPlan[starts-with(CeaseDate,'2025')]")).isEqualTo(reviews.get("plansCeased").asInt());
    }

    @Test
    void the_validation_finds_each_problem_planted_and_names_its_record_and_item() {
        JsonNode validation = api.get("returns", queries.port(), "/api/returns/sen2/validation?year=2026").json();
        assertThat(validation.get("schemaProblems")).isEmpty();
        List<String> found = new ArrayList<>();
        validation.get("problems").forEach(p -> found.add(p.path("sourceId").asText() + " " + p.get("item").asText()));
        String reference1 = reference(cases.get(1));
        assertThat(found).contains(reference1 + " Sex", reference(cases.get(5)) + " Ethnicity",
                reference(cases.get(6)) + " UPN", reference(cases.get(3)) + " SENtype",
                reference(cases.get(4)) + " PlacementDetail", "PLAN-" + registered.get(1) + " TransferLA",
                "PLAN-" + registered.get(2) + " ReceivedDate");
        assertThat(found).doesNotContain(reference(cases.get(2)) + " SENtype", reference(cases.get(0)) + " UPN",
                "PLAN-" + registered.get(6) + " ReceivedDate");
        assertThat(validation.at("/problems/0/link").asText()).startsWith("/");
        assertThat(validation.get("censusDay").asText()).isEqualTo("2026-01-15");
    }

    private String reference(String assessmentId) {
        return api.get("officer", queries.port(), "/api/assessments/" + assessmentId).json().get("reference").asText();
    }

    @Test
    void produced_as_known_at_the_same_instant_it_is_the_same_bytes_with_their_digest_in_a_header() throws Exception {
        Api.Answer now = sen2("returns", "");
        String knownAt = now.header("X-As-Of");
        Api.Answer again = sen2("admin", "&asOf=" + knownAt);
        assertThat(again.body()).isEqualTo(now.body());
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(again.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(again.header("X-Content-SHA256")).isEqualTo(digest).isEqualTo(now.header("X-Content-SHA256"));
        Api.Answer before = sen2("returns", "&asOf=2025-12-31");
        assertThat(before.status()).isEqualTo(200);
        assertThat(parsed(before.body()).getElementsByTagName("Person").getLength()).as("nothing was recorded by then").isZero();
    }

    @Test
    void each_module_comes_as_a_csv_whose_rows_join_by_their_table_ids() {
        Api.Answer persons = sen2("returns", "&format=csv&module=person");
        assertThat(persons.contentType()).startsWith("text/csv");
        String[] rows = persons.body().split("\r\n");
        assertThat(rows[0]).startsWith("persontableid,sen2tableid,surname,forename,personbirthdate,sex,ethnicity");
        assertThat(rows).hasSize(41);
        String[] needs = sen2("returns", "&format=csv&module=SENneed").body().split("\r\n");
        assertThat(needs[0]).isEqualTo("senneedtableid,activeplanstableid,sentype,sentyperank");
        assertThat(sen2("returns", "&format=csv&module=nothing").status()).isEqualTo(400);
        assertThat(sen2("returns", "&format=pdf").status()).isEqualTo(400);
    }

    @Test
    void only_the_returns_role_and_admins_produce_it_and_every_production_is_recorded() {
        for (String user : List.of("officer", "dashboard", "auditor", "lead", "panel", "health")) {
            assertThat(sen2(user, "").status()).as(user).isEqualTo(403);
        }
        for (String user : List.of("dashboard", "auditor", "lead", "panel", "health")) {
            assertThat(api.get(user, queries.port(), "/api/returns/sen2/validation?year=2026").status()).as(user).isEqualTo(403);
        }
        assertThat(api.get("officer", queries.port(), "/api/returns/sen2/validation?year=2026").status())
                .as("the officers who fix what it finds").isEqualTo(200);
        assertThat(api.get("returns", queries.port(), "/api/returns/sen2?year=1999").status()).isEqualTo(400);
        assertThat(api.get("returns", queries.port(), "/api/returns/sen2").status()).isEqualTo(400);
        sen2("returns", "");
        JsonNode trail = api.await("auditor", queries.port(), "/api/audit?type=ReturnProduced&actor=returns",
                answer -> answer.status() == 200 && answer.json().path("entries").size() > 0).json();
        assertThat(trail.at("/entries/0/description").asText()).contains("SEN2 return 2026");
    }

    private Api.Answer inspection(String user, String query) {
        return api.get(user, queries.port(), "/api/returns/inspection?" + query);
    }

    private byte[] binary(String user, String path) throws Exception {
        java.net.http.HttpResponse<byte[]> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + queries.port() + path))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                (user + ":" + user).getBytes(StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    @Test
    void the_inspections_lists_as_on_a_day_carry_each_child_with_the_columns_asked_for() throws Exception {
        String[] plansInForce = inspection("returns", "on=2026-01-15&format=csv&list=plans").body().split("\r\n");
        assertThat(plansInForce[0]).startsWith("Unique ID,UPN,ULN,Date of birth,Gender,Ethnicity,Date initial EHC plan issued,"
                + "Date updated EHC plan issued,Date EHC plan last reviewed,SEN primary need");
        assertThat(plansInForce).hasSize(1 + 26);
        String reviewed = java.util.Arrays.stream(plansInForce).filter(row -> row.contains(upn(100))).findFirst().orElseThrow();
        assertThat(reviewed.split(",", -1)).hasSize(21);
        assertThat(reviewed).as("sex and ethnicity from the plan's child's details").contains("," + upn(100) + ",,")
                .contains(",F,WBRI,");
        String[] beingAssessed = inspection("auditor", "on=2025-12-31&format=csv&list=assessments").body().split("\r\n");
        assertThat(beingAssessed).hasSize(1 + 4);
        assertThat(beingAssessed[1]).contains("Awaiting the decision whether to assess");
        String[] refused = inspection("returns", "on=2025-12-31&format=csv&list=refusals").body().split("\r\n");
        assertThat(refused).hasSize(1 + 4);
        assertThat(java.util.Arrays.stream(refused).filter(row -> row.contains(upn(0)) && row.endsWith("Yes,Yes")).count())
                .as("the disputed refusal: mediation held, appeal made").isEqualTo(1);

        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(binary("returns", "/api/returns/inspection?on=2026-01-15")))) {
            assertThat(workbook.getSheet("List 1 EHC plans").getLastRowNum()).isEqualTo(26);
            assertThat(workbook.getSheet("List 1 EHC plans").getRow(0).getCell(20).getStringCellValue())
                    .isEqualTo("Does the child or young person have a disability?");
            assertThat(workbook.getSheet("Being assessed")).isNotNull();
            assertThat(workbook.getSheet("Refused in the last 12 months").getLastRowNum()).isEqualTo(4);
            org.apache.poi.ss.usermodel.Sheet about = workbook.getSheet("About these lists");
            List<String> notHeld = new ArrayList<>();
            about.forEach(row -> notHeld.add(row.getCell(1).toString()));
            assertThat(notHeld).contains("Suspensions", "Permanent exclusions", "Absence", "Pupil Premium");
        }
        assertThat(inspection("dashboard", "on=2026-01-15").status()).isEqualTo(403);
        assertThat(inspection("officer", "on=2026-01-15").status()).isEqualTo(403);
        assertThat(inspection("returns", "on=2026-13-01").status()).isEqualTo(400);
        assertThat(inspection("returns", "format=csv&list=everyone").status()).isEqualTo(400);
    }

    @Test
    void a_childs_bundle_holds_the_packs_of_the_case_and_its_disputes_and_the_chronology_as_known_on_the_day() throws Exception {
        String refused = cases.get(0);
        byte[] zip = binary("auditor", "/api/returns/inspection/children/" + refused);
        Map<String, String> entries = new TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries.keySet()).contains("evidence-assessment-" + refused + ".html", "chronology.csv");
        assertThat(entries.keySet().stream().filter(name -> name.startsWith("evidence-dispute-"))).hasSize(1);
        assertThat(entries.get("chronology.csv")).contains("DECISION_NOT_TO_ASSESS", "MediationCertificateIssued",
                "AppealRegistered").doesNotContain("Madeup");
        assertThat(api.get("auditor", queries.port(), "/api/returns/inspection/children/" + refused + "?on="
                + LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1)).status())
                .as("as known the day before it was recorded, there was no such case").isEqualTo(404);
        assertThat(api.get("auditor", queries.port(), "/api/returns/inspection/children/no-such-record").status()).isEqualTo(404);
    }

    @Test
    void nothing_personal_reaches_a_log() throws Exception {
        sen2("returns", "");
        for (String log : new String[] {commands.log(), queries.log()}) {
            assertThat(log).doesNotContain("Madeup").doesNotContain(upn(0)).doesNotContain("ZZ90 9ZZ");
        }
    }
}
