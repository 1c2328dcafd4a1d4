package uk.ehcworkflow.query.readstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read models and the tracking tokens that say how far each was built live in one MongoDB
 * database, so that a read model and its token are always equally durable.
 */
@Configuration
class ReadStoreConfiguration {

    @Bean
    MongoDatabase readStore(MongoClient client, @Value("${ehc.read-store.database}") String database) {
        return client.getDatabase(database);
    }

    @Bean
    TokenStore tokenStore(MongoDatabase readStore, Serializer serializer) {
        return new TokensAfterReadModels(MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(readStore).build())
                .serializer(serializer)
                .build());
    }
}
