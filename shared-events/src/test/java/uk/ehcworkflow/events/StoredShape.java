package uk.ehcworkflow.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/** Events as the store keeps them, JSON: for the tests that read an older shape and write today's. */
public final class StoredShape {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private StoredShape() {
    }

    /** The event a store holding this JSON gives back. */
    public static <T> T read(String json, Class<T> type) throws IOException {
        return JSON.readValue(json, type);
    }

    /** The event written as the store writes it and read back. */
    @SuppressWarnings("unchecked")
    public static <T> T roundTrip(T event) throws IOException {
        return (T) JSON.readValue(JSON.writeValueAsString(event), event.getClass());
    }
}
