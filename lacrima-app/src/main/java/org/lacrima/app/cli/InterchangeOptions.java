package org.lacrima.app.cli;

import java.io.IOException;
import java.nio.file.Path;
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

    /** Whether an output copies the recording or its events and span (the EDF+ files); the FHIR Bundle needs the analysis alone. */
    boolean needsRecording() {
        return annotate != null || annotationsOnly != null;
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
     * written as EDF+ from their samples. {@code recording} may be null unless {@link #needsRecording()}.
     */
    void write(Path input, Recording recording, SessionAnalysis analysis, OutputSet set) throws IOException {
        if (fhir != null) {
            FhirJson.write(SessionBundle.inSystemZone().of(analysis), set.stage(fhir));
        }
        if (annotate != null) {
            RecordingFormat format = RecordingReaders.formatOf(input, ReadOptions.defaults());
            if (format == RecordingFormat.EDF || format == RecordingFormat.BDF) {
                AnnotatedEdfWriter.copyWithAnnotations(input, recording, analysis, set.stage(annotate));
            } else {
                AnnotatedEdfWriter.writeRecording(recording, analysis, set.stage(annotate));
            }
        }
        if (annotationsOnly != null) {
            AnnotatedEdfWriter.writeAnnotationsOnly(recording, analysis, set.stage(annotationsOnly));
        }
    }
}
