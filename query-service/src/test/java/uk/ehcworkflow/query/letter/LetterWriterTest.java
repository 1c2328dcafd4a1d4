package uk.ehcworkflow.query.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.ehcworkflow.events.dispute.ComplianceStep;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.events.plan.CessationReason;

/** The statutory notices as a family receives them: what each says, and the same bytes every time. */
class LetterWriterTest {

    private static final AreaDetails AREA = new AreaDetails("Madeup County Council", "1 Madeup Street, Madeupton",
            "01000 000001", "send@madeup.example", "Madeup Mediation, 01000 000002", "the Madeup SEND team, 01000 000001",
            "Madeup Disagreement Resolution, 01000 000003", "Madeup SENDIASS, 01000 000004", "madeup.example/local-offer");

    private final LetterWriter writer = new LetterWriter("");

    /** Sent on 31 December 2026: 2 months on is 28 February 2027, a Sunday; the appeal's last day moves to Monday 1 March (r.12(2)). */
    private static Letter letter(Notice notice, LocalDate sentOn) {
        return new Letter("case-1.2", "case-1", 2, notice, "Ada Madeup", "EHC-2026-00042", LocalDate.of(2026, 12, 18),
                "Her needs are being met at SEN support, and the school's own plan shows progress.", "officer", sentOn,
                LocalDate.of(2027, 4, 30), notice.appealable(), null, null, AREA);
    }

    /** A plan's letter: decided on 18 December 2026 after a review meeting on 4 December, its notice sent on {@code sentOn}. */
    private static Letter planLetter(Notice notice, LocalDate sentOn, boolean appealable, Letter.PlanLetter plan) {
        return new Letter("plan-1.p5", "plan-1", 5, notice, "Ada Madeup", "EHC-2026-00042", LocalDate.of(2026, 12, 18),
                null, "officer", sentOn, null, appealable, plan, null, AREA);
    }

    private static final Letter.PlanLetter AFTER_REVIEW = new Letter.PlanLetter(LocalDate.of(2026, 12, 4),
            LocalDate.of(2027, 12, 17), null, null, null, false);

    @Test
    void an_order_carried_out_says_what_was_ordered_what_we_did_and_whether_in_time() {
        Letter late = new Letter("dispute-1.d5", "dispute-1", 5, Notice.ORDER_COMPLIED, "Ada Madeup", "EHC-2026-00042",
                LocalDate.of(2026, 12, 18), null, "officer", LocalDate.of(2026, 12, 21), null, false, null,
                new Letter.OrderLetter(TribunalOrder.AMEND_SECTION_I, ComplianceStep.AMENDED_PLAN_ISSUED, LocalDate.of(2026, 12, 14),
                        false), AREA);
        String html = writer.html(late);

        assertThat(section(html, "order-done")).contains("The tribunal ordered us to change the school or other institution "
                + "named in the plan for Ada Madeup. On 18 December 2026 we issued the amended plan.");
        assertThat(section(html, "order-time")).contains("We should have done this by 14 December 2026, and we are sorry");
        assertThat(html).doesNotContain("id=\"appeal-right\"").contains("regulation 44 of the SEND Regulations 2014");
        Letter inTime = new Letter("dispute-1.d5", "dispute-1", 5, Notice.ORDER_COMPLIED, "Ada Madeup", "EHC-2026-00042",
                LocalDate.of(2026, 12, 18), null, "officer", LocalDate.of(2026, 12, 21), null, false, null,
                new Letter.OrderLetter(TribunalOrder.ASSESS, ComplianceStep.FINAL_PLAN_ISSUED, LocalDate.of(2027, 1, 4), true),
                AREA);
        assertThat(section(writer.html(inTime), "order-time")).contains("within the time the law gives us, which ended on "
                + "4 January 2027");
    }

    @Nested
    class A_plans_notices {

        @Test
        void keeping_the_plan_as_it_is_is_a_refusal_to_amend_with_the_appeal_pack_and_the_next_review() {
            String html = writer.html(planLetter(Notice.REVIEW_MAINTAIN, LocalDate.of(2026, 12, 31), true, AFTER_REVIEW));

            assertThat(html).contains("meeting on 4 December 2026", "On 18 December 2026 we decided to keep the plan as it is",
                    "decided not to amend it", "regulation 20 of the SEND Regulations 2014");
            assertThat(text(html)).contains("The next review must be completed by 17 December 2027");
            assertThat(section(html, "appeal-time-limits")).contains("by 28 February 2027", "by 1 March 2027");
            assertThat(item(html, "mediation-c")).contains("Madeup Mediation");
        }

        @Test
        void proposed_amendments_give_the_familys_rights_their_15_days_and_the_amended_plans_8_weeks() {
            String html = writer.html(planLetter(Notice.PROPOSED_AMENDMENTS, LocalDate.of(2026, 12, 21), false, AFTER_REVIEW));

            assertThat(html).doesNotContain("id=\"appeal-right\"");
            assertThat(html).contains("a copy of the plan, the changes we propose to make to it, and the\n    evidence");
            assertThat(item(html, "amendment-representations")).contains("what you think of the proposed changes");
            assertThat(item(html, "amendment-school")).contains("name a particular school or college");
            assertThat(item(html, "amendment-meeting")).contains("meeting with one of our officers");
            assertThat(section(html, "amendment-time-limit")).contains("15 days, beginning with the day this letter reaches you",
                    "If it reaches you on 21 December 2026, that is by 4 January 2027",
                    "amended plan by 15 February 2027", "within 8 weeks of this letter");
            assertThat(html).contains("madeup.example/local-offer", "regulations 20 and 22 of the SEND Regulations 2014");
        }

        @Test
        void a_decision_to_cease_gives_its_reason_and_for_a_reason_the_family_can_appeal_the_pack_and_the_plan_kept_meanwhile() {
            Letter.PlanLetter needsMet = new Letter.PlanLetter(null, null, null, null, CessationReason.NEEDS_MET, false);
            String html = writer.html(planLetter(Notice.DECISION_TO_CEASE, LocalDate.of(2026, 12, 31), true, needsMet));

            assertThat(text(html)).contains("On 18 December 2026 we decided to stop maintaining",
                    "because we believe the special educational provision in the plan is no longer needed",
                    "keep maintaining the plan");
            assertThat(section(html, "appeal-time-limits")).contains("by 1 March 2027");
            assertThat(html).contains("section 45 of the Children and Families Act 2014");

            Letter.PlanLetter movedAway = new Letter.PlanLetter(null, null, null, null, CessationReason.MOVED_TO_ANOTHER_LA, false);
            String notAppealable = writer.html(planLetter(Notice.DECISION_TO_CEASE, LocalDate.of(2026, 12, 31), false, movedAway));
            assertThat(notAppealable).contains("maintained by another local authority")
                    .doesNotContain("id=\"appeal-right\"", "id=\"plan-kept\"");
        }

        @Test
        void a_transfer_in_says_the_plan_moved_whether_we_will_assess_and_when_we_will_review() {
            Letter.PlanLetter moved = new Letter.PlanLetter(null, LocalDate.of(2027, 3, 14), LocalDate.of(2026, 12, 15),
                    "Elsewhere Madeup Council", null, false);
            String html = writer.html(planLetter(Notice.TRANSFER_IN, LocalDate.of(2026, 12, 21), false, moved));

            assertThat(section(html, "transfer-done")).contains("transferred to us from Elsewhere Madeup Council on 15 December 2026");
            assertThat(section(html, "transfer-assessment")).contains("not proposing to carry out a new");
            assertThat(section(html, "transfer-review")).contains("completing the review by 14 March 2027");
            assertThat(html).doesNotContain("id=\"appeal-right\"").contains("regulation 15 of the SEND Regulations 2014");

            Letter.PlanLetter assessing = new Letter.PlanLetter(null, LocalDate.of(2027, 3, 14), LocalDate.of(2026, 12, 15),
                    "Elsewhere Madeup Council", null, true);
            assertThat(section(writer.html(planLetter(Notice.TRANSFER_IN, LocalDate.of(2026, 12, 21), false, assessing)),
                    "transfer-assessment")).contains("We have decided to carry out a new");
        }
    }

    @Nested
    class Every_appealable_notice_carries_the_appeal_pack_with_its_actual_dates {

        @ParameterizedTest
        @EnumSource(value = Notice.class, names = {"DECISION_NOT_TO_ASSESS", "DECISION_NOT_TO_ISSUE", "FINAL_PLAN"})
        void the_right_to_appeal_the_time_limits_the_six_mediation_items_and_where_to_get_help(Notice notice) {
            String html = writer.html(letter(notice, LocalDate.of(2026, 12, 31)));

            assertThat(notice.appealable()).isTrue();
            assertThat(section(html, "appeal-right")).contains("right to appeal", "First-tier Tribunal");
            assertThat(section(html, "appeal-time-limits")).contains("by 28 February 2027", "by 1 March 2027",
                    "one month of the date on your mediation certificate");
            assertThat(item(html, "mediation-a")).contains("right to ask for mediation");
            assertThat(item(html, "mediation-b")).contains("certificate from the mediation adviser before you can appeal");
            assertThat(item(html, "mediation-c")).contains("Madeup Mediation, 01000 000002");
            assertThat(item(html, "mediation-d")).contains("by 28 February 2027");
            assertThat(item(html, "mediation-e")).contains("tell us that you wish to go to mediation",
                    "what you disagree with", "health care provision");
            assertThat(item(html, "mediation-f")).contains("the Madeup SEND team, 01000 000001");
            assertThat(section(html, "disagreement-resolution")).contains("Madeup Disagreement Resolution, 01000 000003");
            assertThat(section(html, "information-advice-support")).contains("Madeup SENDIASS, 01000 000004");
        }

        @Test
        void the_decision_to_assess_is_not_appealable_and_carries_none_of_it_but_the_20_weeks() {
            String html = writer.html(letter(Notice.DECISION_TO_ASSESS, LocalDate.of(2026, 12, 18)));

            assertThat(Notice.DECISION_TO_ASSESS.appealable()).isFalse();
            assertThat(html).doesNotContain("id=\"appeal-right\"", "id=\"mediation-a\"")
                    .contains("final plan by 30 April 2027");
        }
    }

    @Test
    void the_draft_plan_gives_the_familys_rights_and_the_last_of_their_15_days_if_served_the_day_it_is_dated() {
        String html = writer.html(letter(Notice.DRAFT_PLAN, LocalDate.of(2026, 12, 21)));

        assertThat(Notice.DRAFT_PLAN.appealable()).isFalse();
        assertThat(html).doesNotContain("id=\"appeal-right\"");
        assertThat(item(html, "draft-representations")).contains("what you think of the draft");
        assertThat(item(html, "draft-school")).contains("name a particular school or college");
        assertThat(item(html, "draft-meeting")).contains("meeting with one of our officers");
        assertThat(section(html, "draft-time-limit")).contains("15 days, beginning with the day the draft reaches you",
                "If it reaches you on 21 December 2026, that is by 4 January 2027");
        assertThat(html).contains("does not name a school", "madeup.example/local-offer",
                "section 38 of the Children and Families Act 2014");
    }

    @Test
    void a_refusal_names_the_child_the_decision_its_day_and_the_reasons_the_officer_wrote() {
        String html = writer.html(letter(Notice.DECISION_NOT_TO_ASSESS, LocalDate.of(2026, 12, 21)));

        assertThat(html).contains("About: Ada Madeup", "Our reference: EHC-2026-00042", "21 December 2026",
                "On 18 December 2026 we decided not to carry out an assessment",
                "Her needs are being met at SEN support, and the school&#39;s own plan shows progress.",
                "Your case officer is officer", "section 36(5) of the Children and Families Act 2014");
    }

    @Test
    void the_pdf_is_tagged_embeds_its_fonts_reads_as_the_letter_and_is_the_same_bytes_every_time() throws IOException {
        Letter letter = letter(Notice.FINAL_PLAN, LocalDate.of(2026, 12, 31));
        byte[] pdf = writer.pdf(letter);

        assertThat(Arrays.equals(pdf, writer.pdf(letter))).as("a second writing of the same letter").isTrue();
        assertThat(Arrays.equals(pdf, writer.pdf(letter(Notice.FINAL_PLAN, LocalDate.of(2027, 1, 4))))).isFalse();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(Notice.FINAL_PLAN.title());
            assertThat(document.getDocumentInformation().getSubject()).as("the description PDF/UA asks for")
                    .isEqualTo("A statutory notice from Madeup County Council: " + Notice.FINAL_PLAN.title());
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Ada Madeup", "by 1 March 2027", "Madeup SENDIASS");
        }
    }

    @Test
    void an_area_changes_a_letter_by_putting_its_own_template_in_its_letters_folder(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("final-plan.html"), """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org" lang="en"
                      th:replace="~{letter :: letter(~{::section})}">
                <body><section><p th:text="'Our own words for ' + ${letter.childName}">x</p>
                <div th:replace="~{appeal-pack :: appeal-pack}"></div></section></body></html>""");
        LetterWriter area = new LetterWriter(folder.toString());

        String html = area.html(letter(Notice.FINAL_PLAN, LocalDate.of(2026, 12, 31)));

        assertThat(html).contains("Our own words for Ada Madeup", "by 1 March 2027");
        assertThat(area.html(letter(Notice.DECISION_NOT_TO_ISSUE, LocalDate.of(2026, 12, 31))))
                .contains("we decided not to issue an EHC plan");
    }

    /** The text of the element with the id up to the next heading. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("a part with the id " + id).isNotNegative();
        int next = html.indexOf("<h2", start + 1);
        return text(html.substring(start, next < 0 ? html.length() : next));
    }

    private static String item(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("an item with the id " + id).isNotNegative();
        return text(html.substring(start, html.indexOf("</li>", start)));
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}
