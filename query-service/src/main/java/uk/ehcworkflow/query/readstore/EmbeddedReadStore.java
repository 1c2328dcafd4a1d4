package uk.ehcworkflow.query.readstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The embedded default's read store: a MongoDB-wire-protocol server in this process, kept in
 * an H2 file, reached through the ordinary MongoDB driver exactly as production reaches MongoDB.
 */
@Configuration
@Profile("!production")
class EmbeddedReadStore {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedReadStore.class);

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(@Value("${ehc.read-store.embedded.file}") Path file,
                                    @Value("${ehc.read-store.embedded.port}") int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the read store's folder for " + file, e);
        }
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", port);
        log.info("Embedded read store listening on {} (file {})", server.getLocalAddress(), file);
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer server) {
        return MongoClients.create("mongodb://" + server.getLocalAddress().getHostString() + ":"
                + server.getLocalAddress().getPort());
    }
}
