package uk.ehcworkflow.query.readmodel;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.ehcworkflow.platform.embedded.DirectWrites;

@Configuration
class ReadModelConfiguration {

    /** The live read models, which the projections' Spring-made instances write. */
    @Bean
    ReadModelCollections liveReadModels(MongoDatabase readStore, JsonDocuments documents, ObjectProvider<DirectWrites> direct) {
        return new ReadModelCollections(readStore, documents, "", direct.getIfAvailable());
    }
}
