package org.lacrima.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * The one shape every core record takes in the JSON: an object of fields. A record's mapping is then just its
 * field list, a function that writes the fields ({@link #writer}) and one that builds the record from the object's
 * tree ({@link #reader}), as in {@link CoreRecordSerializers} and {@link CoreRecordDeserializers}.
 */
final class ObjectJson {
    private ObjectJson() {
    }

    /** Writes the fields of one {@code T} into an object the caller has opened. */
    @FunctionalInterface
    interface Fields<T> {
        void write(T value, JsonGenerator g, SerializerProvider p) throws IOException;
    }

    /** A serializer that writes {@code T} as an object of the fields {@code fields} writes. */
    static <T> StdSerializer<T> writer(Class<T> type, Fields<T> fields) {
        return new StdSerializer<>(type) {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartObject();
                fields.write(value, g, p);
                g.writeEndObject();
            }
        };
    }

    /** A deserializer that reads an object as a tree and builds a {@code T} from it with {@code fromTree}. */
    static <T> StdDeserializer<T> reader(Class<T> type, Function<JsonNode, T> fromTree) {
        return new StdDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
                return fromTree.apply(parser.readValueAsTree());
            }
        };
    }
}
