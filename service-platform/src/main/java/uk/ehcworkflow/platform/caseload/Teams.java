package uk.ehcworkflow.platform.caseload;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.platform.security.SecurityProperties;

/**
 * The area's teams of case officers ({@code ehc.caseload.teams}: by locality, phase or however
 * the area divides its caseload), and, where people sign in with local accounts, which users
 * can hold cases and their teams.
 */
@ConfigurationProperties("ehc.caseload")
public record Teams(List<String> teams) {

    public Teams {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    public boolean known(String team) {
        return teams.contains(team);
    }

    /** Whether someone with this role can hold cases: case officers and their managers. */
    public static boolean holdsCases(Role role) {
        return role == Role.CASE_OFFICER || role == Role.MANAGER;
    }

    /** The local users who can hold cases; none where people sign in through an identity provider. */
    public static List<SecurityProperties.LocalUser> officers(SecurityProperties security) {
        return security.mode() != SecurityProperties.Mode.LOCAL ? List.of()
                : security.localUsers().stream().filter(user -> holdsCases(user.role())).toList();
    }

    /** A local officer's team, if they have one. */
    public static Optional<String> teamOf(SecurityProperties security, String officer) {
        return officers(security).stream().filter(user -> user.name().equals(officer))
                .map(SecurityProperties.LocalUser::team).filter(team -> team != null && !team.isBlank()).findFirst();
    }
}
