package org.lacrima.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lacrima.core.eda.EdaAnalyzer;
import org.lacrima.core.eda.EdaResult;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.rsp.RespirationAnalyzer;
import org.lacrima.core.rsp.RspResult;
import org.lacrima.core.signal.WorkingSignal;

/** NeuroKit2's example recordings (100 Hz CSV): event-related SCRs and resting breathing. */
class NeurokitEdaRspTest {

    /**
     * The four images (photosensor below 2.5 V) each evoke an SCR: an onset 0.5-5 s after the image
     * onset (the usual SCR latency window is 1-3 s; a little slack either side for the onset estimate).
     */
    @Test
    void scrsFollowTheImageOnsets() {
        Recording rec = DataFiles.read("neurokit/bio_eventrelated_100hz.csv");
        Channel photo = rec.channel("Photosensor").orElseThrow();
        List<Double> imageOnsets = new ArrayList<>();
        for (int i = 1; i < photo.length(); i++) {
            if (photo.values().get(i) < 2.5 && photo.values().get(i - 1) >= 2.5) {
                imageOnsets.add(photo.timeOfSec(i));
            }
        }

        EdaResult r = new EdaAnalyzer().analyze(rec.firstChannel(ChannelType.EDA).orElseThrow());

        int answered = 0;
        for (double onset : imageOnsets) {
            List<Scr> after = r.scrs().stream()
                    .filter(s -> s.onsetSec() >= onset + 0.5 && s.onsetSec() <= onset + 5).toList();
            System.out.printf(Locale.ROOT, "NeuroKit event-related: image at %.2f s -> SCRs %s%n", onset,
                    after.stream().map(s -> String.format(Locale.ROOT, "onset %.2f s, %.3f uS, rise %.2f s",
                            s.onsetSec(), s.amplitudeMicrosiemens(), s.riseTimeSec())).toList());
            if (!after.isEmpty()) {
                answered++;
            }
        }
        System.out.printf(Locale.ROOT, "NeuroKit event-related: %d SCRs in 150 s, %d of %d images answered%n",
                r.scrs().size(), answered, imageOnsets.size());
        assertThat(imageOnsets).hasSize(4);
        assertThat(answered).isGreaterThanOrEqualTo(3);
    }

    /**
     * Resting breathing (samples 2019-50026, where the photosensor is low): a plausible adult rate,
     * and the median breath interval agrees with the period at which the signal's autocorrelation
     * peaks, an estimate that does not detect breaths at all.
     */
    @Test
    void restingBreathingRateIsPlausibleAndMatchesTheAutocorrelation() {
        Recording rec = DataFiles.read("neurokit/bio_resting_8min_100hz.csv").slice(20.19, 500.26);
        Channel rspChannel = rec.firstChannel(ChannelType.RSP).orElseThrow();

        RspResult r = new RespirationAnalyzer().analyze(rspChannel);

        double[] onsets = r.onsetsSec();
        double[] intervals = new double[onsets.length - 1];
        for (int i = 1; i < onsets.length; i++) {
            intervals[i - 1] = onsets[i] - onsets[i - 1];
        }
        Arrays.sort(intervals);
        double medianInterval = intervals[intervals.length / 2];
        double acfPeriod = autocorrelationPeriodSec(rspChannel);
        double medianRate = Series.median(r.rate(), 0, 1e9);
        System.out.printf(Locale.ROOT, "NeuroKit resting 8 min: %d breaths, median rate %.1f /min, median interval"
                + " %.2f s, autocorrelation period %.2f s, median irregularity %.2f%n", onsets.length, medianRate,
                medianInterval, acfPeriod, Series.median(r.irregularity(), 0, 1e9));
        assertThat(medianRate).isBetween(8.0, 25.0);
        assertThat(medianInterval).isCloseTo(acfPeriod, org.assertj.core.api.Assertions.within(0.2 * acfPeriod));
    }

    /** Lag (1.5-12 s) of the highest autocorrelation of the mean-removed signal at 10 Hz. */
    private static double autocorrelationPeriodSec(Channel rsp) {
        WorkingSignal w = WorkingSignal.of(rsp, 10);
        double[] x = w.values().clone();
        double mean = Arrays.stream(x).average().orElse(0);
        for (int i = 0; i < x.length; i++) {
            x[i] -= mean;
        }
        int bestLag = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int lag = (int) (1.5 * w.rateHz()); lag <= (int) (12 * w.rateHz()); lag++) {
            double sum = 0;
            for (int i = lag; i < x.length; i++) {
                sum += x[i] * x[i - lag];
            }
            sum /= x.length - lag;
            if (sum > best) {
                best = sum;
                bestLag = lag;
            }
        }
        return bestLag / w.rateHz();
    }
}
