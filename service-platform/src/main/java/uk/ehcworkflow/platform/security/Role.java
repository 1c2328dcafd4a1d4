package uk.ehcworkflow.platform.security;

/** What a signed-in person may do; one role each. */
public enum Role {
    CASE_OFFICER,
    AGENCY,
    PANEL,
    IMPROVEMENT_LEAD,
    AUDITOR,
    DASHBOARD,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
