package uk.ehcworkflow.platform.security;

/** What a signed-in person may do; one role each. */
public enum Role {
    CASE_OFFICER,
    /** Leads a team of case officers: sees every caseload and moves cases between officers. */
    MANAGER,
    AGENCY,
    PANEL,
    IMPROVEMENT_LEAD,
    AUDITOR,
    DASHBOARD,
    /** Produces the statutory returns (SEN2) and an inspection's lists: person-level, so theirs alone with admins. */
    RETURNS,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
