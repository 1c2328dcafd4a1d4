package uk.ehcworkflow.events.dispute;

/** What an appeal to the tribunal is about (CFA s51(2)). */
public enum AppealGround {
    REFUSAL_TO_ASSESS, REFUSAL_TO_ISSUE, SECTION_B, SECTION_F, SECTION_I, REFUSAL_TO_AMEND, CEASE, REFUSAL_TO_REASSESS;

    /** Only an appeal about the school or other institution named in section I needs no mediation certificate (s55(2)). */
    public boolean needsNoCertificate() {
        return this == SECTION_I;
    }
}
