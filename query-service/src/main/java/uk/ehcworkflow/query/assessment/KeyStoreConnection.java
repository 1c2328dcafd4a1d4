package uk.ehcworkflow.query.assessment;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In production the children's keys stay in the command store's database; the read side reaches
 * them with a role that may only read {@code personal_data_key} (see docs/configuration.md). In
 * the embedded default the event store's connection is the key store's too.
 */
@Configuration
@Profile("production")
class KeyStoreConnection {

    @Bean(destroyMethod = "close")
    DataSource keyStore(@Value("${ehc.vault.url}") String url, @Value("${ehc.vault.user}") String user,
                        @Value("${ehc.vault.password}") String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("key-store");
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setReadOnly(true);
        pool.setMaximumPoolSize(4);
        return pool;
    }
}
