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

    /** A local account; the agency is set for agency staff only. */
    public record LocalUser(String name, String password, Role role, String agency) {
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
                new LocalUser("officer", "officer", Role.CASE_OFFICER, null),
                new LocalUser("ep", "ep", Role.AGENCY, "EDUCATIONAL_PSYCHOLOGY"),
                new LocalUser("health", "health", Role.AGENCY, "HEALTH"),
                new LocalUser("socialcare", "socialcare", Role.AGENCY, "SOCIAL_CARE"),
                new LocalUser("school", "school", Role.AGENCY, "EDUCATION"),
                new LocalUser("panel", "panel", Role.PANEL, null),
                new LocalUser("lead", "lead", Role.IMPROVEMENT_LEAD, null),
                new LocalUser("auditor", "auditor", Role.AUDITOR, null),
                new LocalUser("dashboard", "dashboard", Role.DASHBOARD, null),
                new LocalUser("returns", "returns", Role.RETURNS, null),
                new LocalUser("admin", "admin", Role.ADMIN, null));
    }
}
