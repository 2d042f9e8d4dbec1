package org.lacrima.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.app.testsupport.RoomSessions;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;

class AnalysisDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Stored documents read back with their episodes and the rises the detector turned down, reason by reason (strap
     * sessions full of confounders, where some rises are turned down).
     */
    @Test
    void storedDocumentsReadBackTheirEpisodesAndDroppedCandidates() throws IOException {
        int dropped = 0;
        for (long seed = 41; seed <= 46; seed++) {
            SessionAnalysis analysis = RoomSessions.strapAnalysis(seed);

            SessionAnalysis back = AnalysisDocument.read(AnalysisDocument.of(analysis).toJson(), "C-1", "session.txt");

            assertThat(back.episodes()).isEqualTo(analysis.episodes());
            assertThat(back.droppedCandidates()).isEqualTo(analysis.droppedCandidates());
            dropped += analysis.droppedCandidates().size();
        }
        assertThat(dropped).as("rises turned down over the sessions").isPositive();
    }

    /**
     * A document stored by a later version, whose turned-down rises name a reason this version does not know, still
     * reads: its episodes whole, the rises with known reasons kept, the unknown one left out.
     */
    @Test
    void aDocumentWithALaterDropReasonStillReads() throws IOException {
        SessionAnalysis analysis = RoomSessions.strapAnalysis(41);
        ObjectNode stored = (ObjectNode) JSON.readTree(AnalysisDocument.of(analysis).toJson());
        ObjectNode later = stored.withArrayProperty("droppedCandidates").addObject();
        later.put("onsetSec", 12.0).put("peakSec", 30.0).put("droppedAtSec", 75.0).put("reason", "some-later-check");

        SessionAnalysis back = AnalysisDocument.read(JSON.writeValueAsString(stored), "C-1", "session.txt");

        assertThat(back.episodes()).isEqualTo(analysis.episodes());
        assertThat(back.droppedCandidates()).isEqualTo(analysis.droppedCandidates());
    }

    /** Seeded random series with gaps: thinning keeps the time span, the mean, and gaps stay gaps. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void thinningKeepsTimesMeansAndGaps(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(40_000);
        double rateHz = 0.5 + random.nextDouble() * 8;
        double[] values = new double[n];
        int gapFrom = random.nextInt(n);
        int gapTo = Math.min(n, gapFrom + random.nextInt(20_000));
        for (int i = 0; i < n; i++) {
            values[i] = i >= gapFrom && i < gapTo ? Double.NaN : 60 + 10 * random.nextGaussian();
        }
        RegularSeries series = new RegularSeries("hr", "bpm", 5, rateHz, Samples.wrap(values));
        AnalysisDocument.Series thinned = AnalysisDocument.Series.thinned(series, AnalysisDocument.MAX_POINTS);

        assertThat(thinned.values().size()).isLessThanOrEqualTo(AnalysisDocument.MAX_POINTS);
        int step = (int) Math.round(rateHz / thinned.rateHz());
        assertThat(thinned.values()).hasSize((n + step - 1) / step);
        // Same span: the last thinned point lies within the last bin of the original.
        double lastOriginalSec = series.timeOfSec(n - 1);
        double lastThinnedSec = thinned.startSec() + (thinned.values().size() - 1) / thinned.rateHz();
        assertThat(lastThinnedSec).isBetween(series.timeOfSec(0) - 1e-9, lastOriginalSec + step / rateHz);
        // A bin with no finite value is a gap (null), never a made-up number.
        for (int bin = 0; bin < thinned.values().size(); bin++) {
            boolean anyFinite = false;
            for (int i = bin * step; i < Math.min(n, (bin + 1) * step); i++) {
                anyFinite |= Double.isFinite(values[i]);
            }
            assertThat(thinned.values().get(bin) != null).isEqualTo(anyFinite);
        }
        if (step == 1) {
            double firstFinite = java.util.Arrays.stream(values).filter(Double::isFinite).findFirst().orElse(Double.NaN);
            Double firstKept = thinned.values().stream().filter(Objects::nonNull).findFirst().orElse(null);
            if (firstKept != null) {
                assertThat(firstKept).isCloseTo(firstFinite, within(1e-12));
            }
        }
    }
}
