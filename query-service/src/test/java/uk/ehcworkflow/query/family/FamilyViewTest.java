package uk.ehcworkflow.query.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.dispute.DisputeLetterSent;
import uk.ehcworkflow.events.letter.LetterChannel;
import uk.ehcworkflow.events.letter.Notice;
import uk.ehcworkflow.query.assessment.CaseFacts;
import uk.ehcworkflow.query.dispute.DisputeTimeline;
import uk.ehcworkflow.query.readmodel.Recording;

@DisplayName("CoP 11.1: a family knows where they are in the process and why, in their own words")
class FamilyViewTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);

    @Test
    void a_new_request_says_we_are_deciding_and_the_day_we_will_tell_them_by() {
        FamilyView view = FamilyView.of(CaseFacts.received("a", RECEIVED).record(), LocalDate.of(2024, 6, 10));

        assertThat(view.now()).isEqualTo("We are deciding whether to carry out an EHC needs assessment. We will tell you by "
                + "15 July 2024.");
        assertThat(view.dates()).extracting(FamilyView.KeyDate::what, FamilyView.KeyDate::status)
                .containsExactly(tuple("Our decision whether to assess", "Due by 15 July 2024"));
        assertThat(view.canDo()).contains("Send us your views, and your child's, at any time: on this page, in writing or by "
                + "talking to us.");
        assertThat(view.letters()).isEmpty();
    }

    @Test
    void a_date_not_met_is_late_the_day_after_it_and_one_met_says_when() {
        FamilyView late = FamilyView.of(CaseFacts.received("a", RECEIVED).record(), LocalDate.of(2024, 7, 16));
        assertThat(late.dates().get(0).status()).isEqualTo("Late: it was due by 15 July 2024");

        FamilyView decided = FamilyView.of(CaseFacts.received("a", RECEIVED)
                .step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 17)).record(), LocalDate.of(2024, 7, 20));
        assertThat(decided.dates().get(0).status()).isEqualTo("Done on 17 July 2024, after the date it was due");
    }

    @Test
    void while_advice_is_collected_it_names_the_advice_awaited_first_and_its_day() {
        FamilyView view = FamilyView.of(CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1))
                .adviceRequested("ep", Agency.EDUCATIONAL_PSYCHOLOGY, LocalDate.of(2024, 7, 2))
                .adviceRequested("h", Agency.HEALTH, LocalDate.of(2024, 7, 2))
                .adviceSubmitted("ep", Agency.EDUCATIONAL_PSYCHOLOGY, LocalDate.of(2024, 8, 1)).record(), LocalDate.of(2024, 8, 2));

        assertThat(view.now()).isEqualTo("We are collecting advice about your child; the health advice is due by 13 August 2024.");
        assertThat(view.dates()).extracting(FamilyView.KeyDate::what, FamilyView.KeyDate::status).containsExactly(
                tuple("Our decision whether to assess", "Done on 1 July 2024"),
                tuple("Educational psychologist's advice", "Done on 1 August 2024"),
                tuple("Health advice", "Due by 13 August 2024"),
                tuple("The final EHC plan", "Due by 21 October 2024"));
    }

    @Test
    void a_posted_draft_gives_their_fifteen_days_from_the_day_it_reached_them_and_what_they_can_ask() {
        // posted on Monday 2 September 2024: served Wednesday 4th, so theirs to 18 September
        FamilyView view = FamilyView.of(CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 7, 1))
                .step(Milestone.DRAFT_PLAN_ISSUED, LocalDate.of(2024, 9, 2)).letterSent(2, LocalDate.of(2024, 9, 2)).record(),
                LocalDate.of(2024, 9, 5));

        assertThat(view.now()).isEqualTo("We have sent you the draft EHC plan. You have until 18 September 2024 to tell us what "
                + "you think, ask for a school or college, or ask for a meeting.");
        assertThat(view.canDo()).contains("Tell us what you think of the draft plan, ask for a school or college to be named, "
                + "or ask for a meeting.");
        assertThat(view.letters()).extracting(FamilyView.SentLetter::title, FamilyView.SentLetter::sentOn, FamilyView.SentLetter::familyPath)
                .containsExactly(tuple("Your child's draft education, health and care plan", LocalDate.of(2024, 9, 2),
                        "/family/cases/a/letters/2"));
    }

    @Test
    void an_issued_plan_says_when_and_that_they_can_disagree_with_what_it_says() {
        FamilyView view = FamilyView.of(CaseFacts.received("a", RECEIVED).planIssuedAfterDays(130).record(), LocalDate.of(2024, 11, 1));

        assertThat(view.now()).isEqualTo("Your child's EHC plan was issued on 11 October 2024. We will review it with you at "
                + "least once a year.");
        assertThat(view.dates()).last().extracting(FamilyView.KeyDate::what, FamilyView.KeyDate::status)
                .containsExactly("The final EHC plan", "Done on 11 October 2024");
        assertThat(view.canDo()).first().asString().startsWith("If you disagree with what the plan says");
    }

    @Test
    void a_refusal_says_so_and_that_they_can_ask_for_mediation_or_appeal() {
        CaseFacts refused = CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 7, 1));
        assertThat(FamilyView.of(refused.record(), LocalDate.of(2024, 7, 2)).now()).isEqualTo("We decided on 1 July 2024 "
                + "not to carry out an EHC needs assessment. We will send you a letter explaining why and how you can appeal.");

        FamilyView view = FamilyView.of(refused.letterSent(1, LocalDate.of(2024, 7, 3)).record(), LocalDate.of(2024, 7, 5));
        assertThat(view.now()).isEqualTo("We decided on 1 July 2024 not to carry out an EHC needs assessment. Our letter "
                + "of 3 July 2024 explains why and how you can appeal.");
        assertThat(view.canDo()).first().isEqualTo("Ask us for mediation, or appeal to the tribunal: our letter gives your dates.");
    }

    @Test
    void a_disputes_letter_is_theirs_too_among_the_cases_by_the_day_it_went() {
        CaseFacts refused = CaseFacts.received("a", RECEIVED).step(Milestone.DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 7, 1))
                .letterSent(1, LocalDate.of(2024, 7, 3));
        DisputeTimeline dispute = new DisputeTimeline();
        dispute.apply(new DisputeLetterSent("d", "a", 6, Notice.ORDER_COMPLIED, LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 4),
                LetterChannel.EMAIL, null, "00"), new Recording(5, Instant.parse("2024-12-04T10:00:00Z"), "officer"));

        FamilyView view = FamilyView.of(refused.record(), null, List.of(dispute), LocalDate.of(2024, 12, 5));

        assertThat(view.letters()).extracting(FamilyView.SentLetter::sentOn, FamilyView.SentLetter::familyPath,
                FamilyView.SentLetter::officerPath).containsExactly(
                tuple(LocalDate.of(2024, 7, 3), "/family/cases/a/letters/1", "/cases/a/letters/1/pdf?on=2024-07-03"),
                tuple(LocalDate.of(2024, 12, 4), "/family/cases/a/disputes/d/letters/6", "/disputes/d/letters/6/pdf"));
    }
}
