package org.lacrima.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.filter.DoubleBuffer;
import org.lacrima.core.hrv.RrCorrector;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.hrv.RsaEstimator;
import org.lacrima.core.hrv.RsaTrack;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;
import org.lacrima.core.sim.GroundTruth;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;

/**
 * The RSA index, computed from the simulated ECG alone (R-peaks, RR correction, RSA), follows the
 * simulator's latent vagal tone through build-ups and rebounds.
 */
class RsaTrackingTest {

    @ParameterizedTest(name = "seed {0}, {1} s window, breaths given: {2}, {3} ectopic beats/h")
    @CsvSource({"1, 30, false, 0", "2, 60, true, 0", "3, 30, true, 0", "4, 45, false, 0", "5, 30, false, 120"})
    void rsaFollowsTheLatentVagalTone(long seed, double windowSec, boolean withBreaths, double ectopicPerHour) {
        SimulatedSession session = SessionSimulator.simulate(
                SimulationConfig.defaults().withSeed(seed).withEctopicBeatsPerHour(ectopicPerHour));
        GroundTruth truth = session.truth();
        Channel ecg = session.recording().channels().stream().filter(c -> c.type() == ChannelType.ECG).findFirst().orElseThrow();
        RrSeries nn = RrCorrector.correct(RrSeries.fromBeats(RPeakDetector.detect(ecg).timesSec())).nn();
        double end = ecg.endSec();

        RsaTrack track = RsaEstimator.estimate(nn, 0, end, windowSec,
                withBreaths ? truth.breathOnsetsSec() : Samples.empty());

        double r = correlationWithVagalTone(track, truth);
        System.out.printf(Locale.ROOT, "RSA vs latent vagal tone (seed %d, %.0f s window, breaths %s, %.0f ectopic/h, band %.2f-%.2f Hz):"
                + " r = %.3f%n", seed, windowSec, withBreaths, ectopicPerHour, track.bandLowHz(), track.bandHighHz(), r);
        assertThat(r).isGreaterThanOrEqualTo(0.8);
    }

    /** The peak-valley index, from the simulated ECG and the true breath onsets, follows the vagal tone too. */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"6", "7"})
    void peakValleyRsaFollowsTheLatentVagalTone(long seed) {
        SimulatedSession session = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed));
        Channel ecg = session.recording().channels().stream().filter(c -> c.type() == ChannelType.ECG).findFirst().orElseThrow();
        RrSeries nn = RrCorrector.correct(RrSeries.fromBeats(RPeakDetector.detect(ecg).timesSec())).nn();

        RsaTrack track = RsaEstimator.peakValley(nn, session.truth().breathOnsetsSec(), 0, ecg.endSec(), 30);

        double r = correlationWithVagalTone(track, session.truth());
        System.out.printf(Locale.ROOT, "Peak-valley RSA vs latent vagal tone (seed %d, 30 s window): r = %.3f%n", seed, r);
        assertThat(r).isGreaterThanOrEqualTo(0.8);
    }

    /** Pearson correlation of the track with the latent vagal tone over grid points of some confidence (most of them). */
    private static double correlationWithVagalTone(RsaTrack track, GroundTruth truth) {
        RegularSeries vagal = truth.vagalTone();
        DoubleBuffer ours = new DoubleBuffer();
        DoubleBuffer latent = new DoubleBuffer();
        for (int g = 0; g < track.rsa().length(); g++) {
            double t = track.rsa().timeOfSec(g);
            int v = (int) Math.round((t - vagal.startSec()) * vagal.rateHz());
            double rsa = track.rsa().values().get(g);
            if (v >= 0 && v < vagal.length() && Double.isFinite(rsa) && track.confidence().values().get(g) > 0.2) {
                ours.add(rsa);
                latent.add(vagal.values().get(v));
            }
        }
        assertThat(ours.size()).isGreaterThan(track.rsa().length() * 3 / 4);
        return new PearsonsCorrelation().correlation(ours.toSamples().toArray(), latent.toSamples().toArray());
    }
}
