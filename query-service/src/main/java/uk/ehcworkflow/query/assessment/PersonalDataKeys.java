package uk.ehcworkflow.query.assessment;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The children's keys, read where the command service keeps them (ADR 21): in the embedded
 * default the same database as the event store, over the connection the read side already has;
 * in production the command store's database, with a role that may only read the key table.
 * An erased child's key is gone, so their details cannot be opened here or anywhere.
 */
@Component
class PersonalDataKeys {

    /** Keys looked up in one query at most this many at a time. */
    private static final int PER_QUERY = 500;

    private final JdbcTemplate jdbc;

    PersonalDataKeys(DataSource keyStore) {
        this.jdbc = new JdbcTemplate(keyStore);
    }

    Optional<byte[]> key(String subjectId) {
        return jdbc.query("SELECT secret FROM personal_data_key WHERE key_id = ?", (row, n) -> row.getBytes(1), subjectId)
                .stream().findFirst();
    }

    Map<String, byte[]> keys(Collection<String> subjectIds) {
        Map<String, byte[]> found = new HashMap<>();
        List<String> ids = List.copyOf(subjectIds);
        for (int from = 0; from < ids.size(); from += PER_QUERY) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + PER_QUERY));
            String marks = String.join(",", Collections.nCopies(slice.size(), "?"));
            jdbc.query("SELECT key_id, secret FROM personal_data_key WHERE key_id IN (" + marks + ")",
                    row -> { found.put(row.getString(1), row.getBytes(2)); }, slice.toArray());
        }
        return found;
    }
}
