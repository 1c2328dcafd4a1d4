package uk.ehcworkflow.command.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehcworkflow.command.CommandServiceTest;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.privacy.ChildProfile;
import uk.ehcworkflow.events.privacy.Ethnicity;
import uk.ehcworkflow.events.privacy.PersonalDetails;
import uk.ehcworkflow.events.privacy.Sex;

class PersonalDataVaultTest extends CommandServiceTest {

    @Autowired
    PersonalDataVault vault;

    @Test
    void sealed_details_open_with_their_subjects_key() {
        PersonalDetails details = new PersonalDetails("Kit Invented", LocalDate.of(2017, 9, 1));

        SealedPersonalData sealed = vault.seal("subject-1", details);

        assertThat(sealed.sealed()).doesNotContain("Kit");
        assertThat(vault.open(sealed)).contains(details);
    }

    @Test
    void once_the_key_is_erased_nobody_can_open_the_details_though_the_event_is_untouched() {
        SealedPersonalData sealed = vault.seal("subject-2", new PersonalDetails("Lee Fictional", LocalDate.of(2012, 1, 5)));

        vault.erase("subject-2");

        assertThat(vault.open(sealed)).isEmpty();
    }

    @Test
    void more_of_a_subjects_details_are_sealed_under_the_key_they_have_and_not_once_it_is_erased() {
        vault.seal("subject-3", new PersonalDetails("Ash Madeup", LocalDate.of(2015, 2, 3)));
        ChildProfile profile = new ChildProfile(Sex.FEMALE, Ethnicity.WBRI, "ZZ99 9ZZ", null, null, null, null, null, null, null);

        SealedPersonalData sealed = vault.sealMore("subject-3", profile).orElseThrow();

        assertThat(sealed.keyId()).isEqualTo("subject-3");
        assertThat(sealed.sealed()).doesNotContain("ZZ99");
        vault.erase("subject-3");
        assertThat(vault.sealMore("subject-3", profile)).isEmpty();
        assertThat(vault.sealMore("no-such-subject", profile)).isEmpty();
    }

    @Test
    void personal_details_never_print_themselves_into_a_log() {
        assertThat(new PersonalDetails("Kit Invented", LocalDate.of(2017, 9, 1)).toString()).doesNotContain("Kit");
    }
}
