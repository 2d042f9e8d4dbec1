package org.lacrima.app.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lacrima.core.analysis.LiveAnalyzer;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.RecordingHeader;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.RecordingStream;

/**
 * Reads a recording (and its events file), analyses it and returns everything the writers need. The
 * CLI, batch mode and the web app all call this, so they analyse alike.
 */
public final class AnalysisService {

    /**
     * The analysed recording.
     *
     * @param recording the recording as read, with the events file's events merged in; {@code null} when it was
     *                  read in chunks for the analysis alone
     * @param analysis  the analysis, with the reader's warnings first
     */
    public record Result(Recording recording, SessionAnalysis analysis) {
    }

    /** Told as each stage starts, so a caller (the web app's queue) can show how far it has got. */
    @FunctionalInterface
    public interface StageListener {
        /** One that ignores every stage. */
        StageListener NONE = (stage, fraction) -> { };

        /**
         * @param stage    what starts now, in words (e.g. "analysing 30 min of ECG, EDA")
         * @param fraction rough share of the work done before this stage, 0..1
         */
        void stageStarted(String stage, double fraction);
    }

    /**
     * Reads and analyses.
     *
     * @throws RecordingFormatException for an unreadable file (one-line message naming it)
     * @throws IOException              for other input/output failures
     * @throws IllegalArgumentException for options that do not fit the recording (e.g. an unknown ECG channel)
     */
    public Result analyze(AnalysisRequest request) throws IOException {
        return analyze(request, StageListener.NONE);
    }

    /**
     * Reads and analyses, telling {@code stages} when reading and analysing start.
     *
     * @see #analyze(AnalysisRequest)
     */
    public Result analyze(AnalysisRequest request, StageListener stages) throws IOException {
        stages.stageStarted("reading " + request.recording().getFileName(), 0);
        ReadResult read = RecordingInput.read(request.recording(), request.eventsFile(), request.events(),
                request.readOptions());
        Recording recording = read.recording();
        List<String> readWarnings = new ArrayList<>(read.warnings());
        if (request.intervalsBeside().isPresent()) {
            IntervalsBeside beside = IntervalsBeside.read(request.intervalsBeside().get(), recording.metadata().start(),
                    request.readOptions().budget());
            recording = beside.joined(recording);
            readWarnings.addAll(beside.warnings());
        }
        // Reading is ~7 % of read + analyse for EDF and ~3/4 for CSV (BENCHMARKS.md); 0.3 sits between.
        stages.stageStarted("analysing " + describe(recording), 0.3);
        SessionAnalysis analysis = analyse(request, recording);
        if (!readWarnings.isEmpty()) {
            List<String> warnings = new ArrayList<>(readWarnings);
            warnings.addAll(analysis.warnings());
            analysis = analysis.withWarnings(warnings);
        }
        return new Result(recording, analysis);
    }

    /** Sees each chunk of a recording read in chunks as it goes by, e.g. to draw its signals (the report). */
    @FunctionalInterface
    public interface ChunkTap {
        /** One that ignores every chunk. */
        ChunkTap NONE = (header, chunk) -> { };

        /**
         * @param header what the file declares (channels, expected duration)
         * @param chunk  the next chunk as read from the file (its own events only; times from the recording start)
         */
        void accept(RecordingHeader header, Recording chunk);

        /** This tap, then {@code next}. */
        default ChunkTap andThen(ChunkTap next) {
            return (header, chunk) -> {
                accept(header, chunk);
                next.accept(header, chunk);
            };
        }
    }

    /**
     * Reads the recording in chunks ({@link RecordingReaders#open}) and analyses it as it is read, holding
     * only the analysis window ({@link LiveAnalyzer#forFile}), for callers that need the analysis alone
     * (the JSON, the web app): a 24-hour Holter recording fits a small heap. A file within the window gets
     * the same analysis as {@link #analyze}; the events file's events and the request's events join the first chunk.
     *
     * @throws RecordingFormatException for an unreadable file (one-line message naming it)
     * @throws IOException              for other input/output failures
     * @throws IllegalArgumentException for options that do not fit the recording (e.g. an unknown ECG channel)
     */
    public SessionAnalysis analyzeStreamed(AnalysisRequest request, StageListener stages) throws IOException {
        return analyzeStreamed(request, stages, ChunkTap.NONE);
    }

    /**
     * Reads in chunks and analyses as {@link #analyzeStreamed(AnalysisRequest, StageListener)} does, showing each
     * chunk to {@code tap} before the analysis takes it.
     */
    public SessionAnalysis analyzeStreamed(AnalysisRequest request, StageListener stages, ChunkTap tap)
            throws IOException {
        Path file = request.recording();
        if (!Files.exists(file)) {
            throw new RecordingFormatException(file, "no such file or folder");
        }
        stages.stageStarted("reading " + file.getFileName(), 0);
        try (RecordingStream stream = RecordingReaders.open(file, request.readOptions())) {
            RecordingHeader header = stream.header();
            // the events file's events (clock times placed by the header's start) and those handed over as objects
            // (marked in the web app) join the first chunk
            List<Event> extra = new ArrayList<>(request.eventsFile().isPresent()
                    ? RecordingSource.readEvents(request.eventsFile().get(), header.metadata().start()) : List.of());
            extra.addAll(request.events());
            Optional<IntervalsBeside> beside = request.intervalsBeside().isEmpty() ? Optional.empty()
                    : Optional.of(IntervalsBeside.read(request.intervalsBeside().get(), header.metadata().start(),
                            request.readOptions().budget()));
            // the header is read; from here reading and analysing go together, chunk by chunk
            stages.stageStarted("analysing " + describe(header), 0.3);
            LiveAnalyzer live = LiveAnalyzer.forFile(header.metadata(), request.options());
            SessionAnalysis analysis = streamed(file, header, () -> {
                boolean first = true;
                // the beats kept beside join the chunk they close in: from the first chunk's start on (and before it,
                // in the first), the rest with the last
                double besideFromSec = Double.NEGATIVE_INFINITY;
                try (ChunkReadAhead chunks = new ChunkReadAhead(stream, CHUNK_SEC)) {
                    while (chunks.hasNext()) {
                        Recording chunk = chunks.next();
                        if (beside.isPresent()) {
                            // never back: a chunk of events alone ends nowhere, and no beat may join twice
                            double toSec = chunks.hasNext() ? Math.max(besideFromSec, chunk.durationSec())
                                    : Double.POSITIVE_INFINITY;
                            chunk = beside.get().joined(chunk, besideFromSec, toSec);
                            besideFromSec = toSec;
                        }
                        tap.accept(header, chunk);
                        if (first && !extra.isEmpty()) {
                            List<Event> events = new ArrayList<>(chunk.events());
                            events.addAll(extra);
                            events.sort(Comparator.comparingDouble(Event::onsetSec));
                            chunk = chunk.withEvents(events);
                        }
                        first = false;
                        live.accept(chunk);
                    }
                }
                return live.finish();
            });
            List<String> readWarnings = new ArrayList<>(stream.warnings());
            beside.ifPresent(b -> readWarnings.addAll(b.warnings()));
            if (!readWarnings.isEmpty()) {
                List<String> warnings = new ArrayList<>(readWarnings);
                warnings.addAll(analysis.warnings());
                analysis = analysis.withWarnings(warnings);
            }
            return analysis;
        }
    }

    /** Seconds of recording read per chunk: small against the analysis window, large against the per-chunk cost. */
    private static final double CHUNK_SEC = 60;

    /** Reading and analysing a stream, which may fail further on in the file. */
    @FunctionalInterface
    private interface StreamedAnalysis {
        SessionAnalysis run() throws IOException;
    }

    /** Runs a streamed analysis, turning a failure inside it into one line naming the file, as {@link #analyse} does. */
    private static SessionAnalysis streamed(Path file, RecordingHeader header, StreamedAnalysis analysis)
            throws IOException {
        try {
            return analysis.run();
        } catch (IllegalArgumentException | IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AnalysisFailedException(file, "cannot be analysed: values in it are out of the range the "
                    + "analysis handles (" + describe(header) + ")", e);
        } catch (OutOfMemoryError e) {
            throw new AnalysisFailedException(file, "too large to analyse in the memory available ("
                    + describe(header) + "; " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB heap)", e);
        }
    }

    /** E.g. "31 min of ECG, EDA, RSP", from what the header declares. */
    private static String describe(RecordingHeader header) {
        double sec = header.durationSec();
        String length = !Double.isFinite(sec) ? "some" : sec >= 90 ? Math.round(sec / 60) + " min" : Math.round(sec) + " s";
        String types = header.channels().stream().map(c -> c.type().name()).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        return types.isEmpty() ? length + " of recording" : length + " of " + types;
    }

    /**
     * Runs the analysis; a failure inside it (an arithmetic or array error on values the reader let
     * through, or running out of memory) becomes one line naming the file, never a bare message such
     * as "/ by zero" or a stack trace. Option mistakes ({@link IllegalArgumentException}) pass as they are.
     */
    private static SessionAnalysis analyse(AnalysisRequest request, Recording recording) throws AnalysisFailedException {
        try {
            return new SessionAnalyzer(request.options()).analyze(recording);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AnalysisFailedException(request.recording(), "cannot be analysed: values in it are out of the "
                    + "range the analysis handles (" + describe(recording) + ")", e);
        } catch (OutOfMemoryError e) {
            throw new AnalysisFailedException(request.recording(), "too large to analyse in the memory available ("
                    + describe(recording) + "; " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB heap)", e);
        }
    }

    /** E.g. "31 min of ECG, EDA, RSP". */
    static String describe(Recording recording) {
        double sec = recording.durationSec();
        String length = sec >= 90 ? Math.round(sec / 60) + " min" : Math.round(sec) + " s";
        String types = recording.channels().stream().map(c -> c.type().name()).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        return types.isEmpty() ? length + " of recording" : length + " of " + types;
    }
}
