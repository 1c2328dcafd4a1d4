package uk.ehcworkflow.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people sign in. {@code LOCAL}: HTTP Basic with the users listed here (the embedded
 * default); {@code JWT}: OAuth2 bearer tokens from the configured issuer (production).
 */
@ConfigurationProperties("ehc.security")
public record SecurityProperties(Mode mode, List<LocalUser> localUsers) {

    public enum Mode { LOCAL, JWT }

    /**
     * A local account; the agency is set for agency staff only, the team (one of
     * {@code ehc.caseload.teams}) for case officers who belong to one.
     */
    public record LocalUser(String name, String password, Role role, String agency, String team) {
        boolean hasDefaultPassword() {
            return password == null || password.isBlank() || password.equals(name);
        }
    }

    public SecurityProperties {
        mode = mode == null ? Mode.LOCAL : mode;
        localUsers = localUsers == null || localUsers.isEmpty() ? defaultUsers() : List.copyOf(localUsers);
    }

    /** The trial accounts, one per role, each with its name as password (a warning is logged at start-up). */
    static List<LocalUser> defaultUsers() {
        return List.of(
                new LocalUser("officer", "officer", Role.CASE_OFFICER, null, "North"),
                new LocalUser("officer2", "officer2", Role.CASE_OFFICER, null, "South"),
                new LocalUser("manager", "manager", Role.MANAGER, null, null),
                new LocalUser("ep", "ep", Role.AGENCY, "EDUCATIONAL_PSYCHOLOGY", null),
                new LocalUser("health", "health", Role.AGENCY, "HEALTH", null),
                new LocalUser("socialcare", "socialcare", Role.AGENCY, "SOCIAL_CARE", null),
                new LocalUser("school", "school", Role.AGENCY, "EDUCATION", null),
                new LocalUser("panel", "panel", Role.PANEL, null, null),
                new LocalUser("lead", "lead", Role.IMPROVEMENT_LEAD, null, null),
                new LocalUser("auditor", "auditor", Role.AUDITOR, null, null),
                new LocalUser("dashboard", "dashboard", Role.DASHBOARD, null, null),
                new LocalUser("returns", "returns", Role.RETURNS, null, null),
                new LocalUser("admin", "admin", Role.ADMIN, null, null));
    }
}
