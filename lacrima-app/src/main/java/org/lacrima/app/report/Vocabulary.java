package org.lacrima.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.lacrima.core.episode.Outcome;

/**
 * The words for outcomes and signals, read from {@code /web/vocabulary.json}: the web app serves the
 * same file to its pages, so the report and the session page name and explain things alike.
 */
public final class Vocabulary {
    /** Where the file sits on the classpath (the web app's static root is {@code /web}). */
    static final String RESOURCE = "/web/vocabulary.json";
    private static final JsonNode ROOT = read();

    private Vocabulary() {
    }

    /** The paragraph that explains an outcome in the glossary. */
    public static String outcomeExplanation(Outcome outcome) {
        return ROOT.path("outcomes").path(outcome.jsonName()).path("explanation").asText();
    }

    /** The one sentence that says what an outcome means. */
    public static String outcomeSummary(Outcome outcome) {
        return ROOT.path("outcomes").path(outcome.jsonName()).path("summary").asText();
    }

    /** What "× baseline spread" means. */
    public static String spreadExplanation() {
        return ROOT.path("spread").path("explanation").asText();
    }

    /** That Lacrima describes and does not advise. */
    public static String disclaimer() {
        return ROOT.path("disclaimer").asText();
    }

    /** The shown name of an index ("hr" → "Heart rate"), if the vocabulary has one. */
    public static Optional<String> signalName(String key) {
        JsonNode name = ROOT.path("signals").path(key).path("name");
        return name.isTextual() ? Optional.of(name.asText()) : Optional.empty();
    }

    /** The shown unit of an index ("hr" → "beats/min"), if the vocabulary has one. */
    public static Optional<String> signalUnit(String key) {
        JsonNode unit = ROOT.path("signals").path(key).path("unit");
        return unit.isTextual() && !unit.asText().isBlank() ? Optional.of(unit.asText()) : Optional.empty();
    }

    private static JsonNode read() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary missing from the classpath: " + RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
