package uk.ehcworkflow.events.privacy;

/**
 * What the SEN2 return and an inspection's lists ask about a child besides the name and date of
 * birth: personal data, so it travels only sealed with the child's key and is erased with it.
 * Each recording gives only the fields it changes; a field left null keeps what was recorded
 * before, so the child's profile is the fold of its recordings in order ({@link #updatedBy}).
 *
 * @param upn                   unique pupil number
 * @param uln                   unique learner number
 * @param upnUnknown            when neither is known, the reason as the return codes it (UN1 to UN10)
 * @param socialCareTeam        which children's social care team knows the child, when known to one
 * @param electiveHomeEducation whether the child is electively home educated
 */
public record ChildProfile(Sex sex, Ethnicity ethnicity, String postcode, String upn, String uln, String upnUnknown,
                           Boolean knownToSocialCare, String socialCareTeam, Boolean disability,
                           Boolean electiveHomeEducation) {

    public static final ChildProfile NONE = new ChildProfile(null, null, null, null, null, null, null, null, null, null);

    /** This profile with every field the change gives replaced by the change's value. */
    public ChildProfile updatedBy(ChildProfile change) {
        return new ChildProfile(either(change.sex, sex), either(change.ethnicity, ethnicity),
                either(change.postcode, postcode), either(change.upn, upn), either(change.uln, uln),
                either(change.upnUnknown, upnUnknown), either(change.knownToSocialCare, knownToSocialCare),
                either(change.socialCareTeam, socialCareTeam), either(change.disability, disability),
                either(change.electiveHomeEducation, electiveHomeEducation));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static <T> T either(T changed, T before) {
        return changed != null ? changed : before;
    }

    @Override
    public String toString() {
        return "ChildProfile[redacted]";
    }
}
