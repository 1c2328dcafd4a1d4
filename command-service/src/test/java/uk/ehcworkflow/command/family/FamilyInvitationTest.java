package uk.ehcworkflow.command.family;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcworkflow.command.common.Refusals.refusedFor;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.command.assessment.Assessment;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.NotPermitted;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.common.UnknownReference;
import uk.ehcworkflow.command.privacy.ErasingVault;
import uk.ehcworkflow.events.assessment.AdviceFileType;
import uk.ehcworkflow.events.assessment.AssessmentOpened;
import uk.ehcworkflow.events.assessment.DraftResponse;
import uk.ehcworkflow.events.assessment.FamilyAdviceGiven;
import uk.ehcworkflow.events.assessment.FamilyInvitationAccepted;
import uk.ehcworkflow.events.assessment.FamilyInvitationWithdrawn;
import uk.ehcworkflow.events.assessment.FamilyMemberInvited;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.assessment.PersonalDataErased;
import uk.ehcworkflow.events.assessment.Relationship;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.assessment.StatutoryDueDates;
import uk.ehcworkflow.events.assessment.FamilyToldOfPassedDate;
import uk.ehcworkflow.events.assessment.AssessmentReopened;
import uk.ehcworkflow.events.dispute.TribunalOrder;
import uk.ehcworkflow.events.common.ActorMetadata;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;

/** A family invited onto their case, taking it up, answering the draft, and an invitation withdrawn or lapsed (ADR 43). */
class FamilyInvitationTest {

    private static final String ID = "case-1";
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);
    private static final SealedPersonalData SEALED = new SealedPersonalData(ID, ErasingVault.SEALED);
    private static final AssessmentOpened OPENED = new AssessmentOpened(ID, LocalDate.of(2024, 9, 2), RequestSource.PARENT,
            SEALED, new StatutoryDueDates(LocalDate.of(2024, 10, 14), LocalDate.of(2024, 12, 23), LocalDate.of(2025, 1, 20)),
            null);
    private static final String MUM = "digest-of-mum";
    private static final FamilyMemberInvited INVITED = new FamilyMemberInvited(ID, "inv-1", Relationship.PARENT, SEALED, MUM,
            TODAY.minusDays(3), TODAY.minusDays(3).plusDays(28));

    private FixtureConfiguration<Assessment> fixture;
    private final ErasingVault vault = new ErasingVault();
    private final QueuedMail mail = new QueuedMail();
    private final KeptFiles files = new KeptFiles();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London")));
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(new FamilyContacts(null) {
            @Override
            public String digest(String email) {
                return "digest-of-" + email.strip().toLowerCase().substring(0, email.strip().indexOf('@'));
            }
        });
        fixture.registerInjectableResource(mail);
        fixture.registerInjectableResource(files);
    }

    private static Map<String, String> as(Actor actor) {
        return Map.of(ActorMetadata.USER, actor.user(), ActorMetadata.ROLE, actor.role().name());
    }

    private static Map<String, String> mum() {
        return as(Actor.familyMember(MUM));
    }

    @Nested
    class Inviting {

        @Test
        void seals_the_address_under_the_childs_key_keeps_its_digest_and_queues_the_email_with_it() {
            fixture.given(OPENED)
                    .when(new InviteFamilyMember(ID, "inv-1", " Mum@Example.org ", Relationship.PARENT))
                    .expectEvents(new FamilyMemberInvited(ID, "inv-1", Relationship.PARENT, SEALED, MUM, TODAY,
                            LocalDate.of(2025, 3, 31)));
            assertThat(vault.sealedMore()).containsExactly(new FamilyContact("Mum@Example.org"));
            assertThat(mail.queued()).containsExactly(new QueuedMail.Queued(FamilyMail.Kind.INVITATION, "inv-1"));
        }

        @Test
        void refuses_what_is_not_an_address_naming_the_field() {
            refusedFor(fixture.given(OPENED)
                    .when(new InviteFamilyMember(ID, "inv-1", "mum at example.org", Relationship.PARENT)),
                    InvalidField.class, "email");
            assertThat(mail.queued()).isEmpty();
        }

        @Test
        void refuses_a_second_invitation_to_an_address_already_holding_one_until_it_is_withdrawn() {
            refusedFor(fixture.given(OPENED, INVITED)
                    .when(new InviteFamilyMember(ID, "inv-2", "MUM@example.org", Relationship.PARENT)),
                    RuleBroken.class, FamilyInvitations.ALREADY_INVITED);
            fixture.given(OPENED, INVITED, new FamilyInvitationWithdrawn(ID, "inv-1", "wrong address"))
                    .when(new InviteFamilyMember(ID, "inv-2", "mum@example.org", Relationship.PARENT))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refuses_once_the_childs_data_was_erased() {
            fixture.given(OPENED, new PersonalDataErased(ID, "asked"))
                    .when(new InviteFamilyMember(ID, "inv-1", "mum@example.org", Relationship.PARENT))
                    .expectNoEvents()
                    .expectException(RuleBroken.class);
        }
    }

    @Nested
    class TakingItUp {

        @Test
        void the_first_sign_in_takes_it_up_and_later_ones_record_nothing() {
            fixture.given(OPENED, INVITED)
                    .when(new AcceptFamilyInvitation(ID), mum())
                    .expectEvents(new FamilyInvitationAccepted(ID, "inv-1"));
            fixture.given(OPENED, INVITED, new FamilyInvitationAccepted(ID, "inv-1"))
                    .when(new AcceptFamilyInvitation(ID), mum())
                    .expectNoEvents();
        }

        @Test
        void lapses_after_its_twenty_eight_days_if_not_taken_up() {
            FamilyMemberInvited old = new FamilyMemberInvited(ID, "inv-1", Relationship.PARENT, SEALED, MUM,
                    TODAY.minusDays(29), TODAY.minusDays(1));
            refusedFor(fixture.given(OPENED, old).when(new AcceptFamilyInvitation(ID), mum()),
                    RuleBroken.class, FamilyInvitations.INVITATION_EXPIRED);
            assertThat(FamilyInvitations.takeUpBy(LocalDate.of(2025, 2, 1))).isEqualTo(LocalDate.of(2025, 3, 1));
        }

        @Test
        void someone_not_invited_finds_no_such_case_and_a_withdrawn_invitation_lets_no_one_in() {
            fixture.given(OPENED, INVITED)
                    .when(new AcceptFamilyInvitation(ID), as(Actor.familyMember("digest-of-someone-else")))
                    .expectException(UnknownReference.class)
                    .expectExceptionMessage("Nothing with id case-1 exists.");
            fixture.given(OPENED, INVITED, new FamilyInvitationWithdrawn(ID, "inv-1", null))
                    .when(new AcceptFamilyInvitation(ID), mum())
                    .expectException(UnknownReference.class);
        }

        @Test
        void only_a_family_member_takes_an_invitation_up() {
            fixture.given(OPENED, INVITED)
                    .when(new AcceptFamilyInvitation(ID), MetaData.with(ActorMetadata.USER, "family:" + MUM)
                            .and(ActorMetadata.ROLE, "CASE_OFFICER"))
                    .expectException(NotPermitted.class);
        }
    }

    @Nested
    class AnsweringTheDraft {

        private final MilestoneRecorded draft = new MilestoneRecorded(ID, Milestone.DRAFT_PLAN_ISSUED, TODAY.minusDays(2), null);

        @Test
        void is_the_step_an_officer_records_dated_today() {
            fixture.given(OPENED, new MilestoneRecorded(ID, Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 10, 1), null),
                            draft, INVITED, new FamilyInvitationAccepted(ID, "inv-1"))
                    .when(new AnswerDraft(ID, DraftResponse.NONE), mum())
                    .expectEvents(new MilestoneRecorded(ID, Milestone.DRAFT_RESPONSE_RECEIVED, TODAY, null, DraftResponse.NONE));
        }

        @Test
        void keeps_the_officers_rules_no_draft_no_answer() {
            fixture.given(OPENED, new MilestoneRecorded(ID, Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 10, 1), null),
                            INVITED, new FamilyInvitationAccepted(ID, "inv-1"))
                    .when(new AnswerDraft(ID, DraftResponse.NONE), mum())
                    .expectNoEvents()
                    .expectException(RuleBroken.class);
        }

        @Test
        void needs_the_invitation_taken_up_first_and_still_standing() {
            refusedFor(fixture.given(OPENED, draft, INVITED).when(new AnswerDraft(ID, DraftResponse.NONE), mum()),
                    RuleBroken.class, FamilyInvitations.NOT_TAKEN_UP);
            fixture.given(OPENED, draft, INVITED, new FamilyInvitationAccepted(ID, "inv-1"),
                            new FamilyInvitationWithdrawn(ID, "inv-1", "moved away"))
                    .when(new AnswerDraft(ID, DraftResponse.NONE), mum())
                    .expectException(UnknownReference.class);
        }
    }

    @Nested
    class ToldOfALetter {

        @Test
        void each_family_member_who_can_see_the_case_is_emailed_that_a_letter_was_sent_and_no_one_else() {
            FamilyMemberInvited lapsed = new FamilyMemberInvited(ID, "inv-2", Relationship.CARER, SEALED, "digest-of-gran",
                    TODAY.minusDays(40), TODAY.minusDays(12));
            FamilyMemberInvited withdrawn = new FamilyMemberInvited(ID, "inv-3", Relationship.CARER, SEALED, "digest-of-aunt",
                    TODAY, TODAY.plusDays(28));
            fixture.given(OPENED, new MilestoneRecorded(ID, Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 10, 1), null),
                            INVITED, lapsed, withdrawn, new FamilyInvitationWithdrawn(ID, "inv-3", null))
                    .when(new uk.ehcworkflow.command.assessment.RecordLetterSent(ID, 1, LocalDate.of(2024, 10, 2),
                            uk.ehcworkflow.events.letter.LetterChannel.EMAIL, null, "0".repeat(64)))
                    .expectSuccessfulHandlerExecution();
            assertThat(mail.queued()).containsExactly(new QueuedMail.Queued(FamilyMail.Kind.LETTER_SENT, "inv-1"));
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void records_the_withdrawal_once() {
            fixture.given(OPENED, INVITED)
                    .when(new WithdrawFamilyInvitation(ID, "inv-1", "the family asked"))
                    .expectEvents(new FamilyInvitationWithdrawn(ID, "inv-1", "the family asked"));
            refusedFor(fixture.given(OPENED, INVITED, new FamilyInvitationWithdrawn(ID, "inv-1", null))
                    .when(new WithdrawFamilyInvitation(ID, "inv-1", null)), RuleBroken.class,
                    FamilyInvitations.INVITATION_WITHDRAWN);
            fixture.given(OPENED)
                    .when(new WithdrawFamilyInvitation(ID, "inv-9", null))
                    .expectException(UnknownReference.class);
        }
    }

    @Nested
    class GivingViewsAndAdvice {

        private final MilestoneRecorded assessing = new MilestoneRecorded(ID, Milestone.DECISION_TO_ASSESS,
                LocalDate.of(2024, 10, 1), null);
        private final byte[] pdf = "%PDF-1.7 a made-up report".getBytes(StandardCharsets.US_ASCII);

        @Test
        void is_recorded_as_the_family_members_with_their_words_and_file_sealed_and_the_file_kept_beside_the_event() {
            fixture.given(OPENED, assessing, INVITED, new FamilyInvitationAccepted(ID, "inv-1"))
                    .when(new GiveFamilyAdvice(ID, "adv-1", " She is happiest with a quiet start. ", "C:\\docs\\report.pdf", pdf),
                            mum())
                    .expectEvents(new FamilyAdviceGiven(ID, "adv-1", Relationship.PARENT, SEALED, TODAY, AdviceFileType.PDF,
                            pdf.length, FamilyAdviceRules.sha256(pdf)));
            assertThat(vault.sealedMore()).containsExactly(new FamilyAdvice("She is happiest with a quiet start.", "report.pdf"));
            assertThat(files.kept()).containsExactly("adv-1");
        }

        @Test
        void words_alone_will_do_but_nothing_at_all_will_not() {
            fixture.given(OPENED, assessing, INVITED, new FamilyInvitationAccepted(ID, "inv-1"))
                    .when(new GiveFamilyAdvice(ID, "adv-1", "Our views.", null, null), mum())
                    .expectEvents(new FamilyAdviceGiven(ID, "adv-1", Relationship.PARENT, SEALED, TODAY, null, 0, null));
            refusedFor(fixture.given(OPENED, INVITED, new FamilyInvitationAccepted(ID, "inv-1"))
                    .when(new GiveFamilyAdvice(ID, "adv-1", "   ", null, new byte[0]), mum()), InvalidField.class, "views");
            assertThat(files.kept()).isEmpty();
        }

        @Test
        void a_file_is_judged_by_its_bytes_and_its_size() {
            byte[] program = "MZ\u0090 a made-up program".getBytes(StandardCharsets.ISO_8859_1);
            refusedFor(fixture.given(OPENED, INVITED, new FamilyInvitationAccepted(ID, "inv-1"))
                    .when(new GiveFamilyAdvice(ID, "adv-1", null, "report.pdf", program), mum()), InvalidField.class, "file");
            byte[] zip = {'P', 'K', 3, 4, 0, 0};
            refusedFor(fixture.given(OPENED, INVITED, new FamilyInvitationAccepted(ID, "inv-1"))
                    .when(new GiveFamilyAdvice(ID, "adv-1", null, "photos.zip", zip), mum()), InvalidField.class, "file");
            byte[] large = new byte[AdviceFileType.MAX_BYTES + 1];
            System.arraycopy(pdf, 0, large, 0, pdf.length);
            refusedFor(fixture.given(OPENED, INVITED, new FamilyInvitationAccepted(ID, "inv-1"))
                    .when(new GiveFamilyAdvice(ID, "adv-1", null, "report.pdf", large), mum()), InvalidField.class, "file");
            assertThat(files.kept()).isEmpty();
        }

        @Test
        void only_a_family_member_with_the_invitation_taken_up_and_only_while_the_assessment_is_open() {
            refusedFor(fixture.given(OPENED, INVITED).when(new GiveFamilyAdvice(ID, "adv-1", "Our views.", null, null), mum()),
                    RuleBroken.class, FamilyInvitations.NOT_TAKEN_UP);
            fixture.given(OPENED, INVITED, new FamilyInvitationAccepted(ID, "inv-1"))
                    .when(new GiveFamilyAdvice(ID, "adv-1", "Our views.", null, null), as(new Actor("officer", Role.CASE_OFFICER, null)))
                    .expectException(NotPermitted.class);
            refusedFor(fixture.given(OPENED, INVITED, new FamilyInvitationAccepted(ID, "inv-1"),
                            new MilestoneRecorded(ID, Milestone.DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 10, 1), "Reasons."))
                    .when(new GiveFamilyAdvice(ID, "adv-1", "Our views.", null, null), mum()), RuleBroken.class, "assessment-closed");
        }
    }

    @Nested
    class ToldWhenADatePassesOrChanges {

        @Test
        void each_date_passed_without_its_step_is_told_once_with_one_email_to_each_member_who_can_see_the_case() {
            // the decision was due by 14 October 2024; on 3 March 2025 none is recorded
            fixture.given(OPENED, INVITED, new FamilyInvitationAccepted(ID, "inv-1"))
                    .when(new TellFamilyOfPassedDates(ID))
                    .expectEvents(new FamilyToldOfPassedDate(ID, "DECISION", LocalDate.of(2024, 10, 14)));
            assertThat(mail.queued()).containsExactly(new QueuedMail.Queued(FamilyMail.Kind.DATE_PASSED, "inv-1"));

            fixture.given(OPENED, INVITED, new FamilyInvitationAccepted(ID, "inv-1"),
                            new FamilyToldOfPassedDate(ID, "DECISION", LocalDate.of(2024, 10, 14)))
                    .when(new TellFamilyOfPassedDates(ID))
                    .expectNoEvents();
            assertThat(mail.queued()).as("told once").hasSize(1);
        }

        @Test
        void an_agencys_advice_and_the_final_plan_count_once_the_decision_is_made_and_nothing_once_the_case_ended() {
            MilestoneRecorded assessing = new MilestoneRecorded(ID, Milestone.DECISION_TO_ASSESS, LocalDate.of(2024, 10, 1), null);
            fixture.given(OPENED, assessing, INVITED, new FamilyInvitationAccepted(ID, "inv-1"))
                    .when(new TellFamilyOfPassedDates(ID))
                    .expectEvents(new FamilyToldOfPassedDate(ID, "FINAL_PLAN", LocalDate.of(2025, 1, 20)));
            fixture.given(OPENED, assessing, new MilestoneRecorded(ID, Milestone.REQUEST_WITHDRAWN, LocalDate.of(2024, 11, 1), null),
                            INVITED, new FamilyInvitationAccepted(ID, "inv-1"))
                    .when(new TellFamilyOfPassedDates(ID))
                    .expectNoEvents();
        }

        @Test
        void with_nobody_in_the_family_to_tell_nothing_is_recorded() {
            fixture.given(OPENED).when(new TellFamilyOfPassedDates(ID)).expectNoEvents();
            fixture.given(OPENED, INVITED, new FamilyInvitationWithdrawn(ID, "inv-1", "moved away"))
                    .when(new TellFamilyOfPassedDates(ID)).expectNoEvents();
            assertThat(mail.queued()).isEmpty();
        }

        @Test
        void a_tribunals_order_reopening_the_case_tells_them_their_dates_changed() {
            LocalDate refusedOn = LocalDate.of(2024, 10, 7);
            fixture.given(OPENED, new MilestoneRecorded(ID, Milestone.DECISION_NOT_TO_ASSESS, refusedOn, "Reasons."), INVITED,
                            new FamilyInvitationAccepted(ID, "inv-1"))
                    .whenInvoking(ID, assessment -> assessment.reopen("dispute-1", TribunalOrder.ASSESS, TODAY, TODAY, mail))
                    .expectEvents(new AssessmentReopened(ID, "dispute-1", TribunalOrder.ASSESS, Milestone.DECISION_NOT_TO_ASSESS,
                            refusedOn, TODAY, TribunalOrder.ASSESS.deadlines(TODAY)));
            assertThat(mail.queued()).containsExactly(new QueuedMail.Queued(FamilyMail.Kind.DATES_CHANGED, "inv-1"));
        }
    }
}
