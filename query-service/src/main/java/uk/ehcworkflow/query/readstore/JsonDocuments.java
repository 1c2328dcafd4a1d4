package uk.ehcworkflow.query.readstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.stereotype.Component;

/**
 * Maps read-model objects to MongoDB documents through the service's Jackson mapper, so dates
 * are stored as ISO strings that sort and compare as dates.
 */
@Component
public class JsonDocuments {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final ObjectMapper json;

    public JsonDocuments(ObjectMapper json) {
        this.json = json;
    }

    public Document toDocument(String id, Object value) {
        try {
            Document document = Document.parse(json.writeValueAsString(value));
            document.put("_id", id);
            return document;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> T fromDocument(Document document, Class<T> type) {
        try {
            return json.readValue(document.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored " + type.getSimpleName(), e);
        }
    }
}
