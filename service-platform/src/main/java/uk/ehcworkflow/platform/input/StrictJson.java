package uk.ehcworkflow.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;

/**
 * How request bodies are read: a text field takes only a JSON string (a number such as
 * {@code 1000000000000000000000000000000} given for a reference is refused, not turned into text
 * that its readers then fail to parse), and every date must be one {@link SaneDates} accepts.
 * Events are read with the same mapper; what they hold was written as strings and sane dates.
 */
public final class StrictJson {

    private StrictJson() {
    }

    public static Jackson2ObjectMapperBuilderCustomizer customizer() {
        // Deserializers by type are registered after the well-known modules, so this one replaces JavaTimeModule's.
        return builder -> builder.deserializerByType(LocalDate.class, new SaneLocalDates())
                .postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * ISO dates as JavaTimeModule reads them, refused outside the sane range with the same error as a
     * malformed date. It wraps the module's reader rather than extending it, because that reader
     * replaces itself with a fresh instance of its own class when contextualised.
     */
    static final class SaneLocalDates extends StdDeserializer<LocalDate> implements ContextualDeserializer {

        private final JsonDeserializer<?> dates;

        SaneLocalDates() {
            this(LocalDateDeserializer.INSTANCE);
        }

        private SaneLocalDates(JsonDeserializer<?> dates) {
            super(LocalDate.class);
            this.dates = dates;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            return dates instanceof ContextualDeserializer contextual
                    ? new SaneLocalDates(contextual.createContextual(context, property)) : this;
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = (LocalDate) dates.deserialize(parser, context);
            if (date != null && !SaneDates.accepts(date)) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, date.toString(), SaneDates.expectation());
            }
            return date;
        }
    }
}
