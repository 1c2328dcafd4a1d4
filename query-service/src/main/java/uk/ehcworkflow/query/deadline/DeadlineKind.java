package uk.ehcworkflow.query.deadline;

/** The time limits a case officer works to: the assessment's, the plan's after issue, and disputes'. */
public enum DeadlineKind {
    DECISION("Decision whether to assess"),
    ADVICE("Advice"),
    NOTICE("Letter to the family sent"),
    DRAFT_RESPONSE("Family's 15 days on the draft plan"),
    FINAL_PLAN("Final plan"),
    ANNUAL_REVIEW("Annual review"),
    REVIEW_DECISION("Review decision"),
    AMENDED_PLAN("Amended plan"),
    TRANSFER_NOTICE("Family told of the plan's transfer"),
    PHASE_TRANSFER("Amended plan for a phase transfer"),
    REASSESSMENT_DECISION("Re-assessment decision"),
    REASSESSED_PLAN("Re-assessed plan"),
    ORDER_NOTICE("Notice to assess, under a tribunal order"),
    ORDER_DRAFT("Draft plan, under a tribunal order"),
    APPEAL_WINDOW("Family's time to appeal"),
    MEDIATION("Mediation (30 days from the family asking for it)"),
    APPEAL("Appeal: local area's response"),
    TRIBUNAL_ORDER("Tribunal order carried out"),
    MEDIATION_AGREEMENT("Mediation agreement carried out");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
