package uk.ehcworkflow.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class PowerLossBarrierTest {

    @Test
    void when_asked_for_a_command_waits_for_the_store_to_be_flushed_to_disk(@TempDir Path folder) throws Exception {
        AtomicInteger connections = new AtomicInteger();
        DataSource store = counting(new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("store"), "ehc", ""),
                connections);

        assertThatNoException().isThrownBy(() -> new PowerLossBarrier(store, true).awaitDisk());
        assertThat(connections).hasValue(1);
    }

    @Test
    void by_default_it_adds_nothing_to_a_command_since_every_commit_is_already_written_to_the_file(@TempDir Path folder) {
        AtomicInteger connections = new AtomicInteger();
        DataSource store = counting(new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("store"), "ehc", ""),
                connections);

        new PowerLossBarrier(store, false).awaitDisk();

        assertThat(connections).hasValue(0);
    }

    private static DataSource counting(DataSource store, AtomicInteger connections) {
        return new DelegatingDataSource(store) {
            @Override
            public java.sql.Connection getConnection() throws java.sql.SQLException {
                connections.incrementAndGet();
                return super.getConnection();
            }
        };
    }
}
