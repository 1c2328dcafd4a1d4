package uk.ehcworkflow.command.caseload;

import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.platform.caseload.Teams;
import uk.ehcworkflow.platform.security.SecurityProperties;

/**
 * Whose caseload a case, plan or dispute goes into. A request is held by the officer who logged
 * it, in their team, until someone moves it; a move names an officer and a team the area knows.
 */
@Component
public class Caseload {

    private final Teams teams;
    private final SecurityProperties security;

    public Caseload(Teams teams, SecurityProperties security) {
        this.teams = teams;
        this.security = security;
    }

    /** Held by whoever logged it, in their team if they have one. */
    public Holder loggedBy(String user) {
        return new Holder(user, Teams.teamOf(security, user).orElse(null));
    }

    /**
     * A holder as asked for: with local accounts the officer must be one who can hold cases; the
     * team, where given, one of the area's.
     */
    public Holder checked(String officer, String team) {
        if (security.mode() == SecurityProperties.Mode.LOCAL
                && Teams.officers(security).stream().noneMatch(user -> user.name().equals(officer))) {
            throw new InvalidField("officer", "unknown-officer", "No case officer '" + officer + "' is known.");
        }
        if (team != null && !teams.known(team)) {
            throw new InvalidField("team", "unknown-team", "No team '" + team + "' is known; the teams are "
                    + String.join(", ", teams.teams()) + ".");
        }
        return new Holder(officer, team);
    }
}
