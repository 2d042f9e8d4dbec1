package org.lacrima.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Outcome;

class EpisodeEvidenceTest {

    /** Only assessed metrics are described, never a "NaN"; an interruption is always said. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void describesWhatWasAssessedAndNothingElse(long seed) {
        Random random = new Random(seed);
        EpisodeMetrics m = new EpisodeMetrics(maybe(random, 30 + 300 * random.nextDouble()), maybe(random, 5 * random.nextDouble()),
                maybe(random, random.nextDouble()), maybe(random, 200 * random.nextDouble()),
                maybe(random, 4 * random.nextGaussian()), maybe(random, 200 * random.nextDouble()),
                maybe(random, random.nextGaussian()), maybe(random, 400 * random.nextDouble()),
                maybe(random, random.nextDouble()), List.of("EDA"));
        boolean interrupted = random.nextBoolean();
        Episode e = new Episode(100, 200, Double.NaN, 400, Outcome.values()[random.nextInt(3)], interrupted, 0.5, m, List.of());

        String text = EpisodeEvidence.describe(e);

        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity").endsWith(".");
        assertThat(text.contains("of the excess gone 60 s after the peak")).isEqualTo(Double.isFinite(m.excessGoneFraction60s()));
        assertThat(text.contains("half recovered")).isEqualTo(Double.isFinite(m.halfRecoverySec()));
        assertThat(text.contains("(P ") || text.contains("P rose")).isEqualTo(Double.isFinite(m.vagalReboundSize()));
        assertThat(text.contains("calming intervention")).isEqualTo(interrupted);
    }

    private static double maybe(Random random, double value) {
        return random.nextDouble() < 0.3 ? Double.NaN : value;
    }
}
