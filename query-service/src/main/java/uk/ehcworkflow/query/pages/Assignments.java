package uk.ehcworkflow.query.pages;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.platform.caseload.Teams;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.SecurityProperties;

/** What the form that moves a case, plan or dispute to another caseload offers: the officers and the teams. */
@Component
public class Assignments {

    /**
     * @param officer  who holds it now, or null
     * @param officers the officers to choose from; empty where people sign in through an identity provider (typed then)
     */
    public record Assignment(String officer, String team, List<String> officers, List<String> teams) {
    }

    private final Teams teams;
    private final SecurityProperties security;

    Assignments(Teams teams, SecurityProperties security) {
        this.teams = teams;
        this.security = security;
    }

    /** The form for those who may move work (officers and managers), or null for everyone else. */
    public Assignment formFor(Actor actor, Holder heldBy) {
        if (!Teams.holdsCases(actor.role())) {
            return null;
        }
        return new Assignment(heldBy == null ? null : heldBy.officer(), heldBy == null ? null : heldBy.team(),
                Teams.officers(security).stream().map(SecurityProperties.LocalUser::name).toList(), teams.teams());
    }
}
