package uk.ehcworkflow.query.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.client.MongoDatabase;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.privacy.PersonalDataSeal;
import uk.ehcworkflow.events.privacy.PersonalDetails;
import uk.ehcworkflow.query.readmodel.ProjectionHarness;

/**
 * A key store as the command store keeps it (the children's keys and the child index's key), in an
 * in-memory database of its own, for read-side specifications to seal made-up children's details.
 */
public final class TestKeyStore implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final PersonalDataKeys keys;

    public TestKeyStore() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE personal_data_key (key_id VARCHAR(64) PRIMARY KEY, secret VARBINARY(32) NOT NULL,"
                + " created_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        // The index's key is fixed, so that which made-up names share a hash is the same on every run.
        jdbc.update("INSERT INTO personal_data_key (key_id, secret, created_at) VALUES (?, ?, ?)", ChildIndex.KEY_ID,
                "a made-up child index key: 32 by".getBytes(java.nio.charset.StandardCharsets.US_ASCII), java.sql.Timestamp.from(Instant.now()));
        keys = new PersonalDataKeys(dataSource);
    }

    /** A child's details sealed under a key of their own, as the command service seals them. */
    public SealedPersonalData seal(String subjectId, String name, LocalDate dateOfBirth) {
        try {
            byte[] key = insertKey(subjectId);
            return PersonalDataSeal.seal(key, subjectId, ProjectionHarness.JSON.writeValueAsBytes(new PersonalDetails(name, dateOfBirth)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Destroys a child's key, as an erasure does. */
    public void erase(String subjectId) {
        jdbc.update("DELETE FROM personal_data_key WHERE key_id = ?", subjectId);
    }

    public ChildDetails childDetails() {
        return new ChildDetails(keys, ProjectionHarness.JSON);
    }

    public ChildIndex childIndex() {
        return new ChildIndex(keys, childDetails());
    }

    public ChildIndexReader reader(MongoDatabase readStore) {
        return new ChildIndexReader(readStore, childIndex());
    }

    private byte[] insertKey(String keyId) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        jdbc.update("INSERT INTO personal_data_key (key_id, secret, created_at) VALUES (?, ?, ?)", keyId, key,
                java.sql.Timestamp.from(Instant.now()));
        return key;
    }

    @Override
    public void close() {
        jdbc.execute("SHUTDOWN");
    }
}
