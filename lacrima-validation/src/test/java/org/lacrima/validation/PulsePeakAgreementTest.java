package org.lacrima.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.hrv.RrCorrection;
import org.lacrima.core.hrv.RrCorrector;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.ppg.PulsePeakDetector;
import org.lacrima.core.ppg.PulsePeaks;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingReaders;

/** Pulse detection checked against a simultaneous ECG (NeuroKit2 example) and against the Empatica E4's own IBI. */
class PulsePeakAgreementTest {

    /**
     * Each normal ECG beat of the 5-minute NeuroKit2 resting recording (100 Hz) is followed by
     * exactly one pulse 100–400 ms later. Beats that the RR correction flags as ectopic, extra or
     * misplaced (the recording's noisy stretches) and beats in the last second are left out. The
     * pulse-arrival fiducial (upstroke) is scored against the window; in this recording the
     * systolic peaks themselves come 410–450 ms after the R-peak, so they are scored against
     * 100–500 ms and their lag printed.
     */
    @Test
    void everyEcgBeatIsFollowedByExactlyOnePulse() throws Exception {
        Recording rec = RecordingReaders.read(DataFiles.path("neurokit/bio_resting_5min_100hz.csv"),
                ReadOptions.defaults().withRateHz(100)).recording();
        Channel ecg = channel(rec, ChannelType.ECG);
        Channel ppg = channel(rec, ChannelType.PPG);
        double[] beats = RPeakDetector.detect(ecg).timesSec().toArray();
        RrCorrection correction = RrCorrector.correct(RrSeries.fromBeats(org.lacrima.core.model.Samples.wrap(beats)));
        double[] flagged = correction.flaggedSec().toArray();
        double end = ppg.endSec() - 1;
        double[] normal = Arrays.stream(beats).filter(t -> t < end && Arrays.binarySearch(flagged, t) < 0).toArray();

        PulsePeaks pulses = PulsePeakDetector.detect(ppg);

        double upstrokeShare = shareWithExactlyOne(normal, pulses.upstrokeSec().toArray(), 0.100, 0.400);
        double peakShare = shareWithExactlyOne(normal, pulses.timesSec().toArray(), 0.100, 0.500);
        System.out.printf(Locale.ROOT, "PPG vs ECG (NeuroKit 5 min, 100 Hz): %d ECG beats, %d flagged by RR correction,"
                        + " %d scored, %d pulses; one upstroke 100-400 ms later: %.2f %% (median lag %.0f ms);"
                        + " one systolic peak 100-500 ms later: %.2f %% (median lag %.0f ms)%n",
                beats.length, flagged.length, normal.length, pulses.count(), upstrokeShare,
                1000 * medianLag(normal, pulses.upstrokeSec().toArray()), peakShare,
                1000 * medianLag(normal, pulses.timesSec().toArray()));
        assertThat(normal.length).isGreaterThan(beats.length * 9 / 10);
        assertThat(upstrokeShare).isGreaterThanOrEqualTo(99.0);
        assertThat(peakShare).isGreaterThanOrEqualTo(99.0);
    }

    /**
     * Intervals between BVP pulses (64 Hz) agree with the E4's own IBI.csv where both exist: each
     * device interval is paired with our interval ending nearest to it after removing the constant
     * offset between the device's beat fiducial and ours (the median offset).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"S2", "S4"})
    void bvpIntervalsAgreeWithTheDeviceIbi(String subject) {
        Recording rec = DataFiles.read("wesad-e4/" + subject + "/" + subject + "_E4_Data");
        Channel bvp = channel(rec, ChannelType.PPG);
        // by label: with the device's beats covering under half the BVP, IBI is typed OTHER (issue 13 IBI policy)
        Channel ibi = rec.channel("IBI").orElseThrow();
        double[] peaks = PulsePeakDetector.detect(bvp).timesSec().toArray();
        double[] deviceTimes = ibi.timesSec().toArray();
        double[] deviceIbiSec = ibi.values().toArray();

        double offset = fiducialOffset(peaks, deviceTimes);
        double[] diffsMs = new double[deviceTimes.length];
        int k = 0;
        for (int i = 0; i < deviceTimes.length; i++) {
            int j = nearest(peaks, deviceTimes[i] + offset);
            if (j > 0 && Math.abs(peaks[j] - deviceTimes[i] - offset) <= 0.1) {
                diffsMs[k++] = Math.abs(peaks[j] - peaks[j - 1] - deviceIbiSec[i]) * 1000;
            }
        }
        double[] d = Arrays.copyOf(diffsMs, k);
        double medianDiff = median(d);
        System.out.printf(Locale.ROOT, "BVP vs E4 IBI (%s, %.0f Hz): %d pulses, %d device intervals, %d paired,"
                + " median |difference| %.1f ms (fiducial offset %.0f ms)%n", subject, bvp.rateHz(), peaks.length,
                deviceTimes.length, k, medianDiff, offset * 1000);
        assertThat(k).isGreaterThan(deviceTimes.length / 3);
        assertThat(medianDiff).isLessThanOrEqualTo(20.0);
    }

    /**
     * Where the E4's beat list runs unbroken (each beat one interval after the one before), the interval between two of
     * its beats holds exactly one of our pulses, at rest as in motion. WESAD S4's second meditation (a still hand, low
     * perfusion, rounded pulses about 600 ms wide at 60 bpm) is where a third of the pulses went missing before the
     * crest was followed past the block ({@code PulsePeakDetector}): 91.4 % (S2) and 92.5 % (S4) of the intervals then,
     * 97.9 % and 99.6 % after.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"S2", "S4"})
    void eachIntervalOfTheDevicesUnbrokenBeatListHoldsOnePulse(String subject) {
        Recording rec = DataFiles.read("wesad-e4/" + subject + "/" + subject + "_E4_Data");
        Channel ibi = rec.channel("IBI").orElseThrow();
        double[] peaks = PulsePeakDetector.detect(channel(rec, ChannelType.PPG)).timesSec().toArray();
        double[] deviceTimes = ibi.timesSec().toArray();
        double[] deviceIbiSec = ibi.values().toArray();
        double offset = fiducialOffset(peaks, deviceTimes);
        int unbroken = 0;
        int holdingOne = 0;
        for (int i = 1; i < deviceTimes.length; i++) {
            if (Math.abs(deviceTimes[i] - deviceTimes[i - 1] - deviceIbiSec[i]) > 0.02) {
                continue;
            }
            unbroken++;
            // The window runs between the middles of the intervals around the beat pair, so a pulse a few tens of
            // milliseconds off the device's fiducial still falls in its own interval.
            double from = deviceTimes[i - 1] + offset - deviceIbiSec[i] / 2;
            double to = deviceTimes[i] + offset - deviceIbiSec[i] / 2;
            if (Arrays.stream(peaks).filter(p -> p > from && p <= to).count() == 1) {
                holdingOne++;
            }
        }
        double share = 100.0 * holdingOne / unbroken;
        System.out.printf(Locale.ROOT, "E4 %s: %d unbroken device intervals, %.1f %% hold exactly one BVP pulse%n",
                subject, unbroken, share);
        assertThat(unbroken).isGreaterThan(deviceTimes.length / 2);
        assertThat(share).isGreaterThanOrEqualTo(97.0);
    }

    /** The median time from a device beat to our nearest pulse: the two fiducials differ by a constant. */
    private static double fiducialOffset(double[] peaks, double[] deviceTimes) {
        double[] offsets = new double[deviceTimes.length];
        for (int i = 0; i < deviceTimes.length; i++) {
            offsets[i] = peaks[nearest(peaks, deviceTimes[i])] - deviceTimes[i];
        }
        return median(offsets);
    }

    private static Channel channel(Recording rec, ChannelType type) {
        return rec.channels().stream().filter(c -> c.type() == type).findFirst().orElseThrow();
    }

    /** Percentage of {@code beats} followed by exactly one of {@code pulses} between {@code fromSec} and {@code toSec} later. */
    private static double shareWithExactlyOne(double[] beats, double[] pulses, double fromSec, double toSec) {
        int ok = 0;
        for (double b : beats) {
            long count = Arrays.stream(pulses).filter(p -> p >= b + fromSec && p <= b + toSec).count();
            if (count == 1) {
                ok++;
            }
        }
        return 100.0 * ok / beats.length;
    }

    private static double medianLag(double[] beats, double[] pulses) {
        double[] lags = Arrays.stream(beats).map(b -> {
            int i = Math.abs(Arrays.binarySearch(pulses, b) + 1);
            return i < pulses.length ? pulses[i] - b : Double.NaN;
        }).filter(Double::isFinite).toArray();
        return median(lags);
    }

    private static int nearest(double[] sorted, double t) {
        int i = Math.abs(Arrays.binarySearch(sorted, t) + 1);
        if (i >= sorted.length) {
            return sorted.length - 1;
        }
        return i > 0 && t - sorted[i - 1] < sorted[i] - t ? i - 1 : i;
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }
}
