package uk.ehcworkflow.command.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.events.privacy.ChildProfile;
import uk.ehcworkflow.events.privacy.Ethnicity;
import uk.ehcworkflow.events.privacy.Sex;

@DisplayName("A child's details for the returns, checked before they are sealed")
class ChildProfilesTest {

    /** Refused for the field, with the code a page words and a script tells apart from other refusals of it. */
    private static void refused(ThrowingCallable recording, String rule) {
        assertThatThrownBy(recording).isInstanceOfSatisfying(InvalidField.class,
                refused -> assertThat(refused.rule()).isEqualTo(rule));
    }

    private static ChildProfile upn(String upn) {
        return new ChildProfile(null, null, null, upn, null, null, null, null, null, null);
    }

    @Test
    void a_upn_whose_check_letter_matches_its_digits_is_kept_in_capitals() {
        assertThat(ChildProfiles.checked(upn(" u820200101001 ")).upn()).isEqualTo("U820200101001");
        assertThat(ChildProfiles.checked(upn("J93612345678A")).upn()).as("a temporary UPN ends in a letter")
                .isEqualTo("J93612345678A");
    }

    @Test
    void a_upn_copied_with_one_digit_wrong_is_refused_for_its_check_letter() {
        refused(() -> ChildProfiles.checked(upn("U820200101002")), "upn-check-letter");
        refused(() -> ChildProfiles.checked(upn("U82020010100")), "upn-format");
        refused(() -> ChildProfiles.checked(upn("U82020010100I")), "upn-temporary-letter");
    }

    @Test
    void a_postcode_is_written_with_its_single_space_whatever_way_it_was_typed() {
        ChildProfile typed = new ChildProfile(null, null, "zz99  9zz", null, null, null, null, null, null, null);
        assertThat(ChildProfiles.checked(typed).postcode()).isEqualTo("ZZ99 9ZZ");
        assertThat(ChildProfiles.checked(new ChildProfile(null, null, "zz999zz", null, null, null, null, null, null, null))
                .postcode()).isEqualTo("ZZ99 9ZZ");
        refused(() -> ChildProfiles.checked(new ChildProfile(null, null, "99ZZ 9ZZ", null, null, null, null,
                null, null, null)), "postcode-format");
    }

    @Test
    void a_uln_is_ten_digits() {
        assertThat(ChildProfiles.checked(new ChildProfile(null, null, null, null, "9999999999", null, null, null, null, null))
                .uln()).isEqualTo("9999999999");
        refused(() -> ChildProfiles.checked(new ChildProfile(null, null, null, null, "0999999999", null, null,
                null, null, null)), "uln-format");
    }

    @Test
    void a_reason_for_no_upn_is_a_code_of_the_return_and_only_without_a_number() {
        assertThat(ChildProfiles.checked(new ChildProfile(null, null, null, null, null, "un2", null, null, null, null))
                .upnUnknown()).isEqualTo("UN2");
        refused(() -> ChildProfiles.checked(new ChildProfile(null, null, null, null, null, "UN11", null, null,
                null, null)), "upn-unknown-code");
        refused(() -> ChildProfiles.checked(new ChildProfile(null, null, null, "U820200101001", null, "UN2",
                null, null, null, null)), "upn-unknown-only-without-ids");
    }

    @Test
    void a_social_care_team_is_named_only_for_a_child_known_to_social_care() {
        refused(() -> ChildProfiles.checked(new ChildProfile(null, null, null, null, null, null, false,
                "Made-up team", null, null)), "team-only-if-known");
        assertThat(ChildProfiles.checked(new ChildProfile(null, null, null, null, null, null, true, " Made-up team ",
                null, null)).socialCareTeam()).isEqualTo("Made-up team");
    }

    @Test
    void a_recording_gives_at_least_one_detail() {
        refused(() -> ChildProfiles.checked(ChildProfile.NONE), "child-details-needed");
    }

    @Test
    void each_recording_changes_only_the_details_it_gives() {
        ChildProfile first = new ChildProfile(Sex.FEMALE, Ethnicity.WBRI, "ZZ99 9ZZ", null, null, null, true, "Team A",
                false, false);
        ChildProfile moved = first.updatedBy(new ChildProfile(null, null, "ZZ98 8ZZ", null, null, null, null, null, null, null));
        assertThat(moved).isEqualTo(new ChildProfile(Sex.FEMALE, Ethnicity.WBRI, "ZZ98 8ZZ", null, null, null, true,
                "Team A", false, false));
        assertThat(moved.toString()).doesNotContain("ZZ98");
    }
}
