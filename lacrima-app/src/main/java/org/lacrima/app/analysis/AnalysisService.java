package org.lacrima.app.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;

/**
 * Reads a recording (and its events file), analyses it and returns everything the writers need. The
 * CLI, batch mode and the web app all call this, so they analyse alike.
 */
public final class AnalysisService {

    /**
     * The analysed recording.
     *
     * @param recording the recording as read, with the events file's events merged in
     * @param analysis  the analysis, with the reader's warnings first
     */
    public record Result(Recording recording, SessionAnalysis analysis) {
    }

    /**
     * Reads and analyses.
     *
     * @throws RecordingFormatException for an unreadable file (one-line message naming it)
     * @throws IOException              for other input/output failures
     * @throws IllegalArgumentException for options that do not fit the recording (e.g. an unknown ECG channel)
     */
    public Result analyze(AnalysisRequest request) throws IOException {
        if (!Files.exists(request.recording())) {
            throw new RecordingFormatException(request.recording(), "no such file or folder");
        }
        ReadResult read = RecordingSource.read(request.recording(), request.readOptions());
        Recording recording = read.recording();
        if (request.eventsFile().isPresent()) {
            List<Event> events = new ArrayList<>(recording.events());
            events.addAll(RecordingSource.readEvents(request.eventsFile().get()));
            events.sort(java.util.Comparator.comparingDouble(Event::onsetSec));
            recording = recording.withEvents(events);
        }
        SessionAnalysis analysis = new SessionAnalyzer(request.options()).analyze(recording);
        if (!read.warnings().isEmpty()) {
            List<String> warnings = new ArrayList<>(read.warnings());
            warnings.addAll(analysis.warnings());
            analysis = new SessionAnalysis(analysis.recording(), analysis.durationSec(), analysis.channels(),
                    analysis.events(), analysis.baseline(), analysis.episodes(), analysis.indices(), analysis.markers(),
                    warnings);
        }
        return new Result(recording, analysis);
    }
}
