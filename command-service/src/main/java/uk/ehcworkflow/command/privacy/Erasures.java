package uk.ehcworkflow.command.privacy;

import uk.ehcworkflow.command.common.NotPermitted;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.platform.security.Role;

/** What every erasure of a child's personal data requires, whichever record holds it: an administrator, once. */
public final class Erasures {

    public static final String ALREADY_ERASED = "personal-data-already-erased";
    public static final String ONLY_ADMINS_ERASE = "only-admins-erase";

    private Erasures() {
    }

    public static void requireAdministrator(String role) {
        if (!Role.ADMIN.name().equals(role)) {
            throw new NotPermitted(ONLY_ADMINS_ERASE, "Only an administrator may erase a child's personal data.");
        }
    }

    public static void requireNotYetErased(boolean erased) {
        if (erased) {
            throw new RuleBroken(ALREADY_ERASED, "This child's personal data has already been erased.");
        }
    }
}
