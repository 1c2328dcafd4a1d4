package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.system.browser.Browser;

/**
 * An area starts on the service from the SEN2 return it last sent (a made-up file of eight
 * children): a dry run reports without recording; the import registers every active plan and opens
 * every request still open, reports what it could not carry and whom a rule refused; importing the
 * same file again records nothing; and the return the service then produces for the same census
 * day gives each child it carried exactly as the file did.
 */
class Sen2ImportIT extends RunningServices {

    /** Its plans and cases would count in the figures and lists other classes check. */
    @Override
    protected boolean sharesServices() {
        return false;
    }

    private static final String XML = "application/xml";
    /** The children the import carries whole: three plans registered from before, an open request, an open assessment. */
    private static final List<String> CARRIED = List.of("Y998000000001", "M998000000002", "B998000000003", "Q998000000004",
            "E998000000005");
    private String file;
    private JsonNode report;

    private Api.Answer importing(String user, String query, String body) {
        return api.call(user, user, "POST", commands.port(), "/api/imports/sen2" + query, XML, body);
    }

    @BeforeAll
    void lastYearsReturn() throws IOException {
        try (InputStream in = Sen2ImportIT.class.getResourceAsStream("/sen2/last-year.xml")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Api.Answer dryRun = importing("admin", "?dryRun=true", file);
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.json().get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.json().get("plans").asInt()).isEqualTo(4);
        String wouldBe = dryRun.json().at("/people/0/id").asText();
        assertThat(api.get("admin", commands.port(), "/api/plans/" + wouldBe + "/next-steps").status())
                .as("a dry run records nothing").isEqualTo(404);

        Api.Answer imported = importing("admin", "", file);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        report = imported.json();
        for (JsonNode person : report.get("people")) {
            if (person.get("outcome").asText().equals("MADE")) {
                String path = person.get("made").asText().equals("plan") ? "/api/plans/" : "/api/assessments/";
                api.await("officer", queries.port(), path + person.get("id").asText(), answer -> answer.status() == 200);
            }
        }
    }

    @Test
    void every_active_plan_and_open_request_is_made_and_what_was_not_is_said_with_why() {
        assertThat(report.get("censusDay").asText()).isEqualTo("2026-01-15");
        assertThat(report.get("persons").asInt()).isEqualTo(8);
        assertThat(report.get("plans").asInt()).isEqualTo(4);
        assertThat(report.get("cases").asInt()).isEqualTo(2);
        assertThat(report.get("notImported").asInt()).isEqualTo(2);
        assertThat(report.at("/people/5/outcome").asText()).as("a request refused last year").isEqualTo("NOTHING_TO_CARRY_ON");
        assertThat(report.at("/people/7/outcome").asText()).isEqualTo("NOT_READ");
        assertThat(report.at("/people/7/problems/0/item").asText()).isEqualTo("upn");
        assertThat(report.at("/people/7/problems/0/rule").asText()).isEqualTo("upn-check-letter");
        assertThat(report.at("/notCarried/TransferLA").asInt()).isEqualTo(1);
        assertThat(report.at("/notCarried/ReviewMeeting").asInt()).isEqualTo(1);
        assertThat(report.toString()).as("people are named by their place in the file, never by name")
                .doesNotContain("Invented", "Madeup", "Y998000000001", "2013-04-11");
    }

    @Test
    void the_return_for_the_same_census_day_gives_each_child_carried_as_the_file_did() throws Exception {
        Api.Answer produced = api.get("returns", queries.port(), "/api/returns/sen2?year=2026");
        assertThat(produced.status()).isEqualTo(200);
        Map<String, String> before = people(file);
        Map<String, String> after = people(produced.body());

        for (String upn : CARRIED) {
            assertThat(after.get(upn)).as("the child with UPN " + upn).isEqualTo(before.get(upn));
        }
        assertThat(after).as("the plan whose transfer and review meeting were not carried is there")
                .containsKey("H998000000007").doesNotContainKeys("U998000000006", "A998000000008");
        assertThat(after.get("H998000000007")).contains("LastReview=2025-11-20").doesNotContain("TransferLA");
    }

    @Test
    void the_same_file_imported_again_records_nothing_new() throws Exception {
        String returnBefore = people(api.get("returns", queries.port(), "/api/returns/sen2?year=2026").body()).toString();

        assertThat(importing("admin", "?dryRun=true", file).json().get("alreadyImported").asInt())
                .as("a dry run finds what was made").isEqualTo(6);
        Api.Answer again = importing("admin", "", file);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("alreadyImported").asInt()).isEqualTo(6);
        assertThat(again.json().get("plans").asInt()).isZero();
        assertThat(again.json().get("cases").asInt()).isZero();
        assertThat(people(api.get("returns", queries.port(), "/api/returns/sen2?year=2026").body()).toString())
                .isEqualTo(returnBefore);
    }

    @Test
    void an_administrator_checks_the_file_from_a_page_and_reads_what_it_would_make() throws Exception {
        Path upload = Path.of(Sen2ImportIT.class.getResource("/sen2/last-year.xml").toURI());
        try (Browser admin = new Browser(queries.port(), "admin-import")) {
            admin.signIn("admin").open("/returns").click("to-import");
            admin.upload("file", upload).click("send-return").screenshot("import-checked");
            assertThat(admin.text("report-already")).as("imported before this page was opened").isEqualTo("6");
            assertThat(admin.text("report-people")).contains("Already imported", "Nothing to carry on",
                    "Enter the UPN as the school records it");
            assertThat(admin.text("not-carried")).contains("TransferLA: 1 child");
            admin.open("/admin/import").click("send-return").screenshot("import-without-a-file");
            assertThat(admin.pageText()).contains("Select the SEN2 return's XML file");
        }
    }

    @Test
    void an_import_killed_part_way_is_finished_by_sending_the_file_again_and_makes_each_record_once() throws Exception {
        int children = 300;
        String area = madeUpArea(children);
        Thread cutShort = new Thread(() -> importing("admin", "", area));
        cutShort.start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (!commands.log().contains(children + " people read") && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        commands.kill();
        cutShort.join();
        commands.start();

        Api.Answer again = importing("admin", "", area);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        int made = again.json().get("plans").asInt();
        System.out.printf("Import killed part way: %d of %d plans stored before kill -9, %d made on sending again%n",
                again.json().get("alreadyImported").asInt(), children, made);
        assertThat(made + again.json().get("alreadyImported").asInt()).isEqualTo(children);
        String last = again.json().at("/people/" + (children - 1) + "/id").asText();
        api.await("officer", queries.port(), "/api/plans/" + last, answer -> answer.status() == 200);
        String produced = api.get("returns", queries.port(), "/api/returns/sen2?year=2026").body();
        for (int n = 0; n < children; n++) {
            String upn = "<UPN>" + Sen2ReturnIT.upn(5_000 + n) + "</UPN>";
            assertThat(produced.split(upn, -1).length - 1).as("the child " + n + " in the return").isEqualTo(1);
        }
    }

    /** A made-up return of children whose plans were registered from before, one each. */
    private static String madeUpArea(int children) {
        StringBuilder xml = new StringBuilder("<Message><Header><CollectionDetails><ReferenceDate>2026-01-15</ReferenceDate>"
                + "</CollectionDetails></Header><Persons>");
        for (int n = 0; n < children; n++) {
            xml.append("<Person><Surname>Madeup</Surname><Forename>Child").append(n).append("</Forename>")
                    .append("<PersonBirthDate>2012-05-14</PersonBirthDate><UPN>").append(Sen2ReturnIT.upn(5_000 + n))
                    .append("</UPN><Requests><Request><RequestOutcome>H</RequestOutcome><Assessment>")
                    .append("<AssessmentOutcome>H</AssessmentOutcome><NamedPlan><StartDate>2020-01-06</StartDate>")
                    .append("</NamedPlan></Assessment></Request></Requests><ActivePlans><SENneed><SENtype>SLD</SENtype>")
                    .append("<SENtypeRank>1</SENtypeRank></SENneed></ActivePlans></Person>");
        }
        return xml.append("</Persons></Message>").toString();
    }

    @Test
    void only_an_administrator_imports_and_what_is_not_a_return_is_a_clear_400_that_records_nothing() {
        for (String user : List.of("officer", "returns", "auditor", "dashboard", "lead", "panel", "health")) {
            assertThat(importing(user, "?dryRun=true", file).status()).as(user).isEqualTo(403);
        }
        Api.Answer json = api.call("admin", "admin", "POST", commands.port(), "/api/imports/sen2", "application/json", "{}");
        assertThat(json.status()).isEqualTo(415);
        Api.Answer hostile = importing("admin", "", "<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><Message><Persons><Person><Surname>&x;</Surname></Person></Persons></Message>");
        assertThat(hostile.status()).isEqualTo(400);
        assertThat(hostile.contentType()).startsWith("application/problem+json");
        assertThat(hostile.json().get("field").asText()).isEqualTo("body");
        Api.Answer cut = importing("admin", "", file.substring(0, file.length() / 2));
        assertThat(cut.status()).as("a file cut short records none of what it holds").isEqualTo(400);
        assertThat(importing("admin", "", "<Persons/>").json().get("detail").asText()).contains("root element is Message");
    }

    @Test
    void no_name_date_of_birth_or_upn_from_the_file_reaches_a_log() throws IOException {
        assertThat(commands.log()).contains("SEN2 import");
        for (String log : new String[] {commands.log(), queries.log()}) {
            assertThat(log).doesNotContain("Invented", "Alder", "2013-04-11", "Y998000000001");
        }
    }

    /** Each person of a return by UPN, as every item they carry, in order, with its path. */
    private static Map<String, String> people(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> people = new TreeMap<>();
        NodeList persons = document.getElementsByTagName("Person");
        for (int i = 0; i < persons.getLength(); i++) {
            Element person = (Element) persons.item(i);
            StringBuilder items = new StringBuilder();
            write(person, "", items);
            people.put(person.getElementsByTagName("UPN").item(0).getTextContent().strip(), items.toString());
        }
        return people;
    }

    private static void write(Element element, String path, StringBuilder out) {
        boolean leaf = true;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element item) {
                leaf = false;
                write(item, path + "/" + item.getTagName(), out);
            }
        }
        if (leaf) {
            out.append(path.substring(path.lastIndexOf('/') + 1)).append('=').append(element.getTextContent().strip())
                    .append(" @").append(path).append('\n');
        }
    }
}
