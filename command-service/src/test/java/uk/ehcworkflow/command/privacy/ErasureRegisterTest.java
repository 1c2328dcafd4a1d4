package uk.ehcworkflow.command.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A store restored by hand still holds keys of children erased since its backup: the command service
 * destroys every key the register names once its beans are made, which Spring does before the web
 * server starts, so it never serves such a name.
 */
class ErasureRegisterTest {

    @Test
    void at_start_every_key_the_register_names_is_destroyed_before_anything_is_served(@TempDir Path folder)
            throws Exception {
        JdbcTemplate store = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:erasures;DB_CLOSE_DELAY=-1", "sa", ""));
        store.execute("CREATE TABLE personal_data_key (key_id VARCHAR(64) PRIMARY KEY)");
        store.update("INSERT INTO personal_data_key VALUES ('erased-since-the-backup'), ('still-named')");
        Path data = Files.createDirectories(folder.resolve("data"));
        Path backups = Files.createDirectories(folder.resolve("backups"));
        Files.writeString(backups.resolve(ErasureRegister.FILE), "2026-12-01T10:00:00Z erased-since-the-backup\n");

        SmartInitializingSingleton register = new ErasureRegister(data, backups, store, Clock.systemUTC());
        register.afterSingletonsInstantiated();

        assertThat(store.queryForList("SELECT key_id FROM personal_data_key", String.class)).isEqualTo(List.of("still-named"));
    }
}
