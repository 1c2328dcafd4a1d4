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
    ADMIN,
    /**
     * A parent, carer or young person invited onto their own case (ADR 43): signs in to the pages
     * only, by an emailed link or code, and sees and answers nothing but the cases they were invited to.
     */
    FAMILY;

    public String authority() {
        return "ROLE_" + name();
    }
}
