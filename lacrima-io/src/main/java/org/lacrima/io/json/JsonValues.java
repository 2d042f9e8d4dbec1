package org.lacrima.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The two rules every Lacrima JSON follows for numbers: NaN (not assessable) is null, and null reads back as NaN. */
final class JsonValues {
    private JsonValues() {
    }

    /** Writes {@code value}, or null when it is not finite (JSON has no NaN). */
    static void number(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumberField(name, value);
        } else {
            g.writeNullField(name);
        }
    }

    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    /** The number under {@code name}; {@code NaN} when it is null or absent. */
    static double number(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || !v.isNumber() ? Double.NaN : v.doubleValue();
    }

    static String text(JsonNode node, String name, String absent) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? absent : v.asText();
    }

    static boolean bool(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v != null && v.asBoolean();
    }

    /** The strings under {@code name}; empty when absent. */
    static List<String> strings(JsonNode node, String name) {
        List<String> values = new ArrayList<>();
        JsonNode array = node.get(name);
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
