package uk.ehcworkflow.events.plan;

/** A type of special educational need as the SEN2 return codes it ({@code SENtype}); the code is the constant's name. */
public enum SenNeed {
    SPLD("Specific learning difficulty"),
    MLD("Moderate learning difficulty"),
    SLD("Severe learning difficulty"),
    PMLD("Profound and multiple learning difficulty"),
    SEMH("Social, emotional and mental health"),
    SLCN("Speech, language and communication needs"),
    HI("Hearing impairment"),
    VI("Vision impairment"),
    MSI("Multi-sensory impairment"),
    PD("Physical disability"),
    ASD("Autistic spectrum disorder"),
    DS("Down syndrome"),
    OTH("Other difficulty or disability");

    private final String label;

    SenNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
