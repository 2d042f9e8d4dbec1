package org.lacrima.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lacrima.app.analysis.AnalysisRequest;
import org.lacrima.app.analysis.RecordingOutline;
import org.lacrima.app.export.fhir.FhirJson;
import org.lacrima.app.export.fhir.SessionBundle;
import org.lacrima.app.output.OutputSet;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingFormat;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.edf.AnnotatedEdfWriter;
import picocli.CommandLine.Option;

/**
 * The {@code analyze} options that hand results to other systems: a FHIR R4 Bundle for a clinic's
 * record system, and EDF+ with the episodes as annotations for viewers and toolboxes.
 */
final class InterchangeOptions {
    @Option(names = "--fhir", paramLabel = "OUT.json",
            description = "FHIR R4 transaction Bundle: session DiagnosticReport, an Observation per episode, "
                    + "heart and respiratory rate (LOINC); post it with fhir-push")
    Path fhir;

    @Option(names = "--annotate", paramLabel = "OUT.edf",
            description = "the recording as EDF+ with the episodes (onset, peak, release, end, outcome) and the "
                    + "baseline as annotations (an EDF/BDF input is copied byte for byte, BDF stays BDF+)")
    Path annotate;

    @Option(names = "--annotations-edf", paramLabel = "OUT.edf",
            description = "annotations only: an EDF+ file without signals to lay over the original recording")
    Path annotationsOnly;

    /** Whether any of these outputs was asked for. */
    boolean anyRequested() {
        return fhir != null || annotate != null || annotationsOnly != null;
    }

    /**
     * Whether an output needs the recording's samples: {@code --annotate} of a file that is neither EDF nor BDF, which
     * is written anew from them. The EDF+ outputs otherwise need only the recording's outline ({@link #outline()}),
     * collected as it is read in chunks; the FHIR Bundle needs the analysis alone.
     */
    boolean needsRecording(Path input) {
        return annotate != null && !copiedByteForByte(input);
    }

    /** Where the EDF+ outputs' events and span collect as the recording is read in chunks; empty if not asked for. */
    Optional<RecordingOutline> outline() {
        return annotate != null || annotationsOnly != null ? Optional.of(new RecordingOutline()) : Optional.empty();
    }

    /** Rejects these outputs in batch mode, where each names one file. */
    void checkSingle() {
        if (anyRequested()) {
            throw new IllegalArgumentException("--fhir, --annotate and --annotations-edf name one file; "
                    + "use them without --out");
        }
    }

    /**
     * Stages the outputs asked for in {@code set}, so they appear with the analysis's other outputs or
     * not at all. An EDF or BDF input is annotated by copying it byte for byte; other formats are
     * written as EDF+ from their samples. Either {@code recording} (read whole, with the request's events merged in)
     * or {@code outline} (collected while it was read in chunks) is given, unless only the FHIR Bundle is asked for.
     */
    void write(Path input, Recording recording, RecordingOutline outline, AnalysisRequest request,
               SessionAnalysis analysis, OutputSet set) throws IOException {
        if (fhir != null) {
            FhirJson.write(SessionBundle.inSystemZone().of(analysis), set.stage(fhir));
        }
        // the events of the recording read in chunks, merged with the request's as a whole read merges them
        Recording events = recording != null || outline == null ? recording
                : outline.withoutSamples(request.eventsFile(), request.events());
        if (annotate != null) {
            if (!copiedByteForByte(input)) {
                AnnotatedEdfWriter.writeRecording(recording, analysis, set.stage(annotate));
            } else if (recording != null) {
                AnnotatedEdfWriter.copyWithAnnotations(input, recording, analysis, set.stage(annotate));
            } else {
                AnnotatedEdfWriter.copyWithAnnotations(input, events.events(), outline.ownEvents(), analysis,
                        set.stage(annotate));
            }
        }
        if (annotationsOnly != null) {
            AnnotatedEdfWriter.writeAnnotationsOnly(events, recording != null ? recording.durationSec()
                    : outline.durationSec(), analysis, set.stage(annotationsOnly));
        }
    }

    /** Whether {@code --annotate} copies the input's bytes (EDF, BDF) rather than writing its samples anew. */
    private static boolean copiedByteForByte(Path input) {
        if (!Files.exists(input)) {
            return true; // the analysis names the missing file
        }
        try {
            RecordingFormat format = RecordingReaders.formatOf(input, ReadOptions.defaults());
            return format == RecordingFormat.EDF || format == RecordingFormat.BDF;
        } catch (IOException e) {
            return true; // unreadable: the analysis says why
        }
    }
}
