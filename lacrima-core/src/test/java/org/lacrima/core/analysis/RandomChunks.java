package org.lacrima.core.analysis;

import java.util.Random;
import org.lacrima.core.model.Recording;

/** Feeds a recording to a live analyzer as a live feed would, in chunks of a tenth of a second to twenty seconds. */
final class RandomChunks {
    private RandomChunks() {
    }

    /** The analysis of {@code recording} fed in a seeded random sequence of chunk lengths (mostly short). */
    static SessionAnalysis streamed(Recording recording, AnalysisOptions options, long seed) {
        LiveAnalyzer live = new LiveAnalyzer(recording.metadata(), options);
        Random rnd = new Random(seed);
        double duration = recording.durationSec();
        for (double t = 0; t < duration; ) {
            double u = rnd.nextDouble();
            double end = Math.min(duration, t + 0.1 + 20 * u * u);
            live.accept(recording.slice(t, end));
            t = end;
        }
        return live.finish();
    }
}
