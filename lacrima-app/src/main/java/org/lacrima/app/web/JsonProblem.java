package org.lacrima.app.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** Where in a JSON body the parser gave up, in the body's own terms (field names), never Java class names. */
final class JsonProblem {
    private JsonProblem() {
    }

    static String where(JacksonException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String path = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return " (at '" + path + "')";
        }
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return "";
    }
}
