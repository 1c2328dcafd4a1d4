package uk.ehcworkflow.command.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The steps whose rules would accept them now: what a page may offer, so that it offers nothing they would refuse. */
public final class Allowed {

    private Allowed() {
    }

    /** @param checks each step with the check its command would make, in the order the page lists them */
    public static <S> List<S> steps(Map<S, Runnable> checks) {
        List<S> allowed = new ArrayList<>();
        checks.forEach((step, check) -> {
            try {
                check.run();
                allowed.add(step);
            } catch (DomainFailure refused) {
                // not a step the rules allow now
            }
        });
        return allowed;
    }
}
