package org.lacrima.io.edf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ChannelTyping;

/**
 * Writes the analysis into EDF+ for viewers and toolboxes ({@link EpisodeAnnotations}): either the
 * recording itself with the episodes and baseline added to its events, or an annotations-only EDF+
 * file (no signals) with the recording's start, subject and events, to lay over the original file.
 */
public final class AnnotatedEdfWriter {
    private AnnotatedEdfWriter() {
    }

    /**
     * The recording's regular channels (re-encoded as 16-bit EDF, see {@link EdfWriter}) and its events,
     * plus the analysis's annotations.
     */
    public static void writeRecording(Recording recording, SessionAnalysis analysis, Path target) throws IOException {
        EdfWriter.write(recording.withEvents(withAnnotations(recording.events(), analysis)), target);
    }

    /**
     * The EDF/EDF+ or BDF/BDF+ file {@code source} copied byte for byte, header and data records, with
     * one annotation signal appended holding the analysis's annotations and the events of
     * {@code recording} that the file itself does not hold (e.g. from an events file): the signals and
     * the file's own annotations are exactly unchanged.
     */
    public static void copyWithAnnotations(Path source, Recording recording, SessionAnalysis analysis, Path target)
            throws IOException {
        copyWithAnnotations(source, recording.events(),
                EdfReader.read(source, ChannelTyping.byLabel()).recording().events(), analysis, target);
    }

    /**
     * As {@link #copyWithAnnotations(Path, Recording, SessionAnalysis, Path)}, for a recording read in chunks, whose
     * samples are never held: the file is copied a data record at a time.
     *
     * @param events the recording's events (the file's own ones and any added, e.g. from an events file)
     * @param own    the events the file itself holds, which it keeps as they are
     */
    public static void copyWithAnnotations(Path source, List<Event> events, List<Event> own,
                                           SessionAnalysis analysis, Path target) throws IOException {
        List<Event> extra = new ArrayList<>(events);
        for (Event e : own) {
            extra.remove(e);
        }
        EdfAnnotationAppender.write(source, withAnnotations(extra, analysis), target);
    }

    /**
     * Only annotations: one data record spanning the whole recording (EDF+ allows a file whose records
     * hold nothing but annotations), so the file covers the same time as the recording.
     */
    public static void writeAnnotationsOnly(Recording recording, SessionAnalysis analysis, Path target)
            throws IOException {
        writeAnnotationsOnly(new Recording(recording.metadata(), List.of(), recording.events()),
                recording.durationSec(), analysis, target);
    }

    /**
     * As {@link #writeAnnotationsOnly(Recording, SessionAnalysis, Path)}, from a recording's metadata and events
     * alone ({@code outline}'s channels are ignored).
     *
     * @param durationSec the recording's duration in seconds (the end of its longest channel)
     */
    public static void writeAnnotationsOnly(Recording outline, double durationSec, SessionAnalysis analysis,
                                            Path target) throws IOException {
        Recording annotations = new Recording(outline.metadata(), List.of(),
                withAnnotations(outline.events(), analysis));
        double span = Math.max(1, Math.ceil(Math.max(durationSec, analysis.durationSec())));
        EdfWriter.write(annotations, target, span);
    }

    private static List<Event> withAnnotations(List<Event> events, SessionAnalysis analysis) {
        List<Event> all = new ArrayList<>(events);
        all.addAll(EpisodeAnnotations.of(analysis));
        return all;
    }
}
