package uk.ehcworkflow.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** Which failures mean the disk took no write: those are 503 and reopen the store; anything else stays a 500. */
class DiskTroubleTest {

    @Test
    void a_full_or_read_only_disk_anywhere_in_the_causes_is_a_storage_failure() {
        assertThat(DiskTrouble.isStorageFailure(new DataAccessResourceFailureException("insert",
                new IOException("No space left on device")))).isTrue();
        assertThat(DiskTrouble.isStorageFailure(new RuntimeException(new IOException("Read-only file system")))).isTrue();
        assertThat(DiskTrouble.isStorageFailure(new RuntimeException(new SQLException("Database is already closed", "90098",
                90098)))).isTrue();
    }

    @Test
    void other_failures_are_not() {
        assertThat(DiskTrouble.isStorageFailure(new IllegalStateException("a bug"))).isFalse();
        assertThat(DiskTrouble.isStorageFailure(new RuntimeException(new IOException("Connection reset")))).isFalse();
        assertThat(DiskTrouble.isStorageFailure(new RuntimeException(new SQLException("Unique index violated", "23505",
                23505)))).isFalse();
    }
}
