package uk.ehcworkflow.query.pages;

import java.util.List;
import java.util.Map;
import uk.ehcworkflow.events.privacy.Ethnicity;
import uk.ehcworkflow.events.privacy.Sex;

/**
 * The form for the child's details the returns ask for, on a case's page and a plan's: its
 * fields, each left out when not given so that a recording changes only what it gives, and the
 * choices its selects offer.
 */
public final class ChildProfileForm {

    public static final List<String> FIELDS = List.of("sex", "ethnicity", "postcode", "upn", "uln", "upnUnknown",
            "knownToSocialCare", "socialCareTeam", "disability", "electiveHomeEducation");

    private ChildProfileForm() {
    }

    /** The choices the form's selects offer, for the page's model. */
    public static void choices(Map<String, Object> model) {
        model.put("sexes", Sex.values());
        model.put("ethnicities", Ethnicity.values());
    }
}
