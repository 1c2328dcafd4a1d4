package uk.ehcworkflow.command.caseload;

import java.util.List;
import uk.ehcworkflow.platform.caseload.Teams;
import uk.ehcworkflow.platform.security.SecurityProperties;

/** The caseload as the trial accounts have it: officer in North, officer2 in South, manager in no team. */
public final class TrialCaseload {

    private TrialCaseload() {
    }

    public static Caseload caseload() {
        return new Caseload(new Teams(List.of("North", "South")), new SecurityProperties(null, null));
    }
}
