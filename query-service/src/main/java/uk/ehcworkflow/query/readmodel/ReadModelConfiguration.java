package uk.ehcworkflow.query.readmodel;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReadModelConfiguration {

    /** The live read models, which the projections' Spring-made instances write. */
    @Bean
    ReadModelCollections liveReadModels(MongoDatabase readStore, JsonDocuments documents) {
        return new ReadModelCollections(readStore, documents, "");
    }
}
