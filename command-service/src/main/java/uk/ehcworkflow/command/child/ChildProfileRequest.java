package uk.ehcworkflow.command.child;

import jakarta.validation.constraints.Size;
import uk.ehcworkflow.events.privacy.ChildProfile;
import uk.ehcworkflow.events.privacy.Ethnicity;
import uk.ehcworkflow.events.privacy.Sex;

/** The body of {@code PUT .../child}: any of the child's details, each left out to keep what was recorded. */
public record ChildProfileRequest(Sex sex, Ethnicity ethnicity, @Size(max = 16) String postcode, @Size(max = 20) String upn,
                                  @Size(max = 20) String uln, @Size(max = 8) String upnUnknown, Boolean knownToSocialCare,
                                  @Size(max = 200) String socialCareTeam, Boolean disability, Boolean electiveHomeEducation) {

    public ChildProfile profile() {
        return new ChildProfile(sex, ethnicity, postcode, upn, uln, upnUnknown, knownToSocialCare, socialCareTeam,
                disability, electiveHomeEducation);
    }
}
