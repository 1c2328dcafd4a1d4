package uk.ehcworkflow.query.admin;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a processor waiting for the event store (the command service is down or restarting; it
 * resumes by itself) from one stuck on an event it cannot apply (it needs a fix).
 */
final class StoreReachability {

    private StoreReachability() {
    }

    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
