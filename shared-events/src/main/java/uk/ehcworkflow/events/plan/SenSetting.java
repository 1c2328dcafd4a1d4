package uk.ehcworkflow.events.plan;

/**
 * Where a child is educated when the place has no URN or UKPRN, as the SEN2 return codes it
 * ({@code SENsetting}); the code is the constant's name.
 */
public enum SenSetting {
    OLA("Arranged by the local authority under s61 (education otherwise than at school)"),
    OPA("Arranged by the parent under s42(5), other than elective home education"),
    EHE("Elective home education"),
    EYP("Early years provider with no URN"),
    OTH("Type of setting named, but no setting"),
    NEET("Not in education, employment or training (16 to 25)"),
    NIEC("Not in education or training: notice to cease issued"),
    NIEO("Not in education or training: other");

    private final String label;

    SenSetting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
