package org.lacrima.core.eda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.quality.QualityMask;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;

/**
 * SCR detection against the simulator's ground truth. Matching rule ({@link ScrAgreement}): a detected
 * and a true SCR pair up when their onsets differ by at most 1.5 s; true SCRs of at least 0.05 µS must
 * be found; true SCRs whose rise lies in a stretch the quality mask rejected (motion seen on the
 * accelerometer) are excluded, since the analysis reports those stretches as gaps by design.
 */
class SimulatedSessionScrTest {

    @ParameterizedTest(name = "EDA {0} Hz, seed {1}, noise {2}")
    @CsvSource({"4,1,0.2", "4,2,1.0", "32,3,0.2", "32,4,1.0", "64,5,0.5", "256,6,0.5"})
    void scrDetectionF1IsAtLeastNinetyPercent(double rateHz, long seed, double noise) {
        SimulatedSession session = SessionSimulator.simulate(SimulationConfig.defaults()
                .withSeed(seed).withNoiseLevel(noise).withRateHz(ChannelType.EDA, rateHz)
                .withChannels(java.util.EnumSet.of(ChannelType.EDA, ChannelType.ACC)));
        EdaConfig config = rateHz <= 8 ? EdaConfig.wrist() : EdaConfig.defaults();

        EdaResult r = new EdaAnalyzer(config).analyze(session.recording()).orElseThrow();

        QualityMask mask = r.quality();
        List<Scr> assessable = session.truth().scrs().stream()
                .filter(s -> mask.isGood(s.onsetSec(), s.peakSec())).toList();
        ScrAgreement a = ScrAgreement.score(r.scrs(),
                assessable.stream().mapToDouble(Scr::onsetSec).toArray(),
                assessable.stream().mapToDouble(Scr::amplitudeMicrosiemens).toArray(), 0.05, 1.5);
        System.out.printf(Locale.ROOT, "SCR vs simulator: EDA %5.1f Hz seed %d noise %.1f: %d true >= 0.05 uS"
                        + " (%d excluded in bad stretches), hits %d, misses %d, false %d -> sensitivity %.3f"
                        + " precision %.3f F1 %.3f%n", rateHz, seed, noise, a.hits() + a.misses(),
                session.truth().scrs().size() - assessable.size(), a.hits(), a.misses(), a.falseDetections(),
                a.sensitivity(), a.precision(), a.f1());
        assertThat(a.hits() + a.misses()).isGreaterThan(30);
        assertThat(a.f1()).isGreaterThanOrEqualTo(0.9);
    }
}
