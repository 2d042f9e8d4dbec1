package org.lacrima.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.io.AtomicFiles;

/**
 * Writes a {@link SessionAnalysis} as the JSON of DESIGN.md section 4: {@code recording},
 * {@code channels}, {@code baseline}, {@code events}, {@code episodes[]} (onsetSec, peakSec,
 * releaseSec, endSec, outcome, interrupted, confidence, spell, explanation, metrics, warnings), {@code spells[]}
 * (spell, bouts, startSec, endSec, spanSec, endedWith), {@code warnings} and, on
 * request, {@code markers}. Times are seconds from the recording start; a value that could not be
 * assessed ({@code NaN}) is {@code null}. The mapping is {@link AnalysisJsonModule}'s; the schema is the resource
 * {@value #SCHEMA_RESOURCE}. Files are written to a temporary sibling and moved into place, so a reader never sees
 * half a file.
 */
public final class AnalysisJsonWriter {
    /** Classpath location of the JSON Schema (draft 2020-12) of this output. */
    public static final String SCHEMA_RESOURCE = "/org/lacrima/io/json/analysis.schema.json";

    private static final ObjectMapper MAPPER = AnalysisJsonModule.mapper();

    private final ObjectWriter writer;

    /**
     * @param includeMarkers whether to write the {@code markers} object (R-peaks, pulse peaks, SCRs, breaths)
     */
    public AnalysisJsonWriter(boolean includeMarkers) {
        this.writer = MAPPER.writerWithDefaultPrettyPrinter().withAttribute(AnalysisJsonModule.MARKERS, includeMarkers);
    }

    /** Writes {@code analysis} to {@code target} atomically (a temporary file, then a move). */
    public void write(SessionAnalysis analysis, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFiles.write(target, temp -> {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(analysis, out);
            }
        });
    }

    /** The JSON text of {@code analysis}. */
    public String toJson(SessionAnalysis analysis) {
        try {
            return writer.writeValueAsString(analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the JSON of {@code analysis} to {@code out} (not closed). */
    public void write(SessionAnalysis analysis, OutputStream out) throws IOException {
        writer.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, analysis);
    }
}
