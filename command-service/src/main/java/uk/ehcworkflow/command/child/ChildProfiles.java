package uk.ehcworkflow.command.child;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.command.privacy.PersonalDataVault;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.privacy.ChildProfile;

/**
 * The rules a child's details for the returns meet before they are sealed, shared by the case and
 * the plan: a postcode of the UK's shape, a UPN whose check letter is right, a ULN of ten digits,
 * a reason for no UPN only when no number is given. Each is written in the one form the return
 * takes (capitals, the postcode's single space), so two recordings of the same number agree.
 */
public final class ChildProfiles {

    public static final String PERSONAL_DATA_ERASED = "personal-data-erased";

    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})");
    /** A check letter, 11 digits and a last digit or (for a temporary UPN) letter. */
    private static final Pattern UPN = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");
    /** The check letters in order of the remainder they stand for: the alphabet without I, O and S. */
    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final Pattern ULN = Pattern.compile("[1-9][0-9]{9}");
    private static final Pattern UPN_UNKNOWN = Pattern.compile("UN([1-9]|10)");
    private static final int TEAM_LENGTH = 200;

    private ChildProfiles() {
    }

    /** The profile as it will be sealed, or a refusal naming the first field that breaks a rule. */
    public static ChildProfile checked(ChildProfile given) {
        if (given == null || given.isEmpty()) {
            throw new InvalidField("profile", "child-details-needed", "Give at least one of the child's details: a recording changes only the "
                    + "details it gives.");
        }
        String upn = upn(given.upn());
        String uln = uln(given.uln());
        String unknown = normal(given.upnUnknown());
        if (unknown != null && !UPN_UNKNOWN.matcher(unknown).matches()) {
            throw new InvalidField("upnUnknown", "upn-unknown-code", "The reason for no UPN is one of the return's codes UN1 to UN10.");
        }
        if (unknown != null && (upn != null || uln != null)) {
            throw new InvalidField("upnUnknown", "upn-unknown-only-without-ids", "A reason for no UPN is given only when neither a UPN nor a ULN is.");
        }
        String team = given.socialCareTeam() == null || given.socialCareTeam().isBlank() ? null : given.socialCareTeam().strip();
        if (team != null && team.length() > TEAM_LENGTH) {
            throw new InvalidField("socialCareTeam", "team-name-length", "The team's name is at most " + TEAM_LENGTH + " characters.");
        }
        if (team != null && Boolean.FALSE.equals(given.knownToSocialCare())) {
            throw new InvalidField("socialCareTeam", "team-only-if-known", "A social care team is named only for a child known to social care.");
        }
        return new ChildProfile(given.sex(), given.ethnicity(), postcode(given.postcode()), upn, uln, unknown,
                given.knownToSocialCare(), team, given.disability(), given.electiveHomeEducation());
    }

    /** The profile sealed under the child's own key, or a refusal once the child's details were erased. */
    public static SealedPersonalData sealed(PersonalDataVault vault, String subjectId, ChildProfile profile) {
        return vault.sealMore(subjectId, profile).orElseThrow(() -> new RuleBroken(PERSONAL_DATA_ERASED,
                "The child's personal data was erased: nothing more about them can be recorded."));
    }

    static String postcode(String given) {
        String postcode = normal(given);
        if (postcode == null) {
            return null;
        }
        Matcher shape = POSTCODE.matcher(postcode);
        if (!shape.matches()) {
            throw new InvalidField("postcode", "postcode-format", "A postcode is like SW1A 1AA: an outward code, a space, a digit and two letters.");
        }
        return shape.group(1) + " " + shape.group(2);
    }

    /** The DfE's check: characters 2 to 13 weighted 2 to 13, the sum's remainder on 23 naming the first letter. */
    static String upn(String given) {
        String upn = normal(given);
        if (upn == null) {
            return null;
        }
        if (!UPN.matcher(upn).matches()) {
            throw new InvalidField("upn", "upn-format", "A UPN is 13 characters: a letter, 11 digits and a last digit or letter.");
        }
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            char each = upn.charAt(position - 1);
            sum += position * (Character.isDigit(each) ? each - '0' : UPN_LETTERS.indexOf(each));
        }
        if (UPN_LETTERS.indexOf(upn.charAt(12)) < 0 && !Character.isDigit(upn.charAt(12))) {
            throw new InvalidField("upn", "upn-temporary-letter", "A temporary UPN ends in a letter other than I, O or S.");
        }
        if (upn.charAt(0) != UPN_LETTERS.charAt(sum % 23)) {
            throw new InvalidField("upn", "upn-check-letter", "This UPN's check letter does not match its digits: check it was copied rightly.");
        }
        return upn;
    }

    static String uln(String given) {
        String uln = normal(given);
        if (uln != null && !ULN.matcher(uln).matches()) {
            throw new InvalidField("uln", "uln-format", "A ULN is 10 digits, the first not 0.");
        }
        return uln;
    }

    private static String normal(String given) {
        return given == null || given.isBlank() ? null : given.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
