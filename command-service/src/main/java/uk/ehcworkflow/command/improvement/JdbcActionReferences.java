package uk.ehcworkflow.command.improvement;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Claims references in a table with the reference as primary key. The insert joins the
 * command's transaction, so a refused command leaves no claim behind and two concurrent
 * registrations of one reference cannot both succeed.
 */
@Component
class JdbcActionReferences implements ActionReferences {

    private final JdbcTemplate jdbc;

    JdbcActionReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String reference, String actionId) {
        try {
            jdbc.update("INSERT INTO action_reference (reference, action_id) VALUES (?, ?)", reference, actionId);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }
}
