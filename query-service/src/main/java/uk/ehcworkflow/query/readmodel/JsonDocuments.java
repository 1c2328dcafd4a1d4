package uk.ehcworkflow.query.readmodel;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Maps read-model objects to MongoDB documents through the service's Jackson mapper, so dates
 * are stored as ISO strings that sort and compare as dates. Objects convert straight to and from
 * the document's maps: going through JSON text cost as much as the read store itself.
 */
@Component
public class JsonDocuments {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    /** Dates are always written as ISO strings here, whatever the mapper given: range queries rely on it. */
    public JsonDocuments(ObjectMapper json) {
        this.json = json.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public Document toDocument(String id, Object value) {
        try {
            Document document = new Document(json.convertValue(value, FIELDS));
            document.put("_id", id);
            return document;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> T fromDocument(Document document, Class<T> type) {
        try {
            return json.convertValue(document, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read a stored " + type.getSimpleName(), e);
        }
    }
}
