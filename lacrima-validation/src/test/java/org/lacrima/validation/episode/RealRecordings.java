package org.lacrima.validation.episode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingReaders;

/** Test support: the shared real recordings, read through the io facade. */
final class RealRecordings {
    private RealRecordings() {
    }

    static Path data(String relative) {
        return Path.of(System.getProperty("lacrima.data.dir", "../../shared/data")).resolve(relative);
    }

    static Recording read(String relative) {
        try {
            return RecordingReaders.read(data(relative), ReadOptions.defaults()).recording();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether [fromSec, toSec) overlaps the episode from onset to end. */
    static boolean overlaps(Episode e, double fromSec, double toSec) {
        return e.onsetSec() < toSec && e.endSec() > fromSec;
    }

    static String describe(SessionAnalysis a) {
        return String.format(Locale.ROOT, "baseline %.0f-%.0f s; %d episode(s): %s", a.baseline().startSec(),
                a.baseline().endSec(), a.episodes().size(), a.episodes().stream()
                        .map(e -> String.format(Locale.ROOT, "[onset %.0f, peak %.0f, end %.0f s, %s, conf %.2f]",
                                e.onsetSec(), e.peakSec(), e.endSec(), e.outcome().jsonName(), e.confidence()))
                        .collect(Collectors.joining(" ")));
    }
}
