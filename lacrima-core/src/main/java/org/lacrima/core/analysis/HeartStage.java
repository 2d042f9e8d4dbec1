package org.lacrima.core.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.filter.DoubleBuffer;
import org.lacrima.core.hrv.NnResampler;
import org.lacrima.core.hrv.OrthostaticRiseDetector;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.hrv.RsaEstimator;
import org.lacrima.core.hrv.RsaStream;
import org.lacrima.core.hrv.SlowBreathingDetector;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;

/**
 * Heart rate and RSA from the first beat source that has data (ECG, else a device's intervals, else
 * PPG), with a strap's RR list in the ECG's gaps and a PPG's pulses in the ECG's longer holes left, or a device's
 * heart-rate channel when there are no beats. Keeps the NN intervals of every block, so the session's and each
 * episode's HRV come from the same beats as the indices.
 */
final class HeartStage implements Stage {
    /** RSA window: 30 s follows a crying episode and still holds several breaths. */
    private static final double RSA_WINDOW_SEC = 30;
    /** Half-width of the averaging that puts a device heart-rate channel on the grid, seconds. */
    private static final double DEVICE_HR_HALF_WINDOW_SEC = 2.0;
    /** Plausible heart rates from a device channel, bpm; outside is a sensor error. */
    private static final double DEVICE_HR_MIN_BPM = 20;
    private static final double DEVICE_HR_MAX_BPM = 250;

    /** The channel types this stage reads: the beat sources' and a device's heart rate. */
    static final Set<ChannelType> TYPES = EnumSet.of(ChannelType.ECG, ChannelType.RR, ChannelType.PPG, ChannelType.HR);

    /**
     * The shortest stretch without the ECG's beats that a PPG's pulses fill, seconds: more than the artefact correction
     * leaves around an ectopic beat or a missed detection (a beat or two, whose pulses are as abnormal: an ectopic beat
     * ejects little blood), five to seven beats at rest, which is an electrode off or a stream stopped.
     */
    static final double MIN_PULSE_FILL_SEC = 5;

    private final EcgBeats ecgBeats = new EcgBeats();
    private final DeviceIntervals deviceIntervals = new DeviceIntervals();
    private final PulseBeats pulseBeats = new PulseBeats();
    private final List<BeatSource> sources = List.of(ecgBeats, deviceIntervals, pulseBeats);
    /** The types whose source gave a block its beats: a later source is read only where an earlier one has none. */
    private final Set<ChannelType> beatTypes = EnumSet.noneOf(ChannelType.class);
    private final DoubleBuffer nnTimesSec = new DoubleBuffer();
    private final DoubleBuffer nnMs = new DoubleBuffer();
    private final RsaStream rsa = new RsaStream(RSA_WINDOW_SEC);
    /** A live feed's slow-breathing windows, judged once each while their NN grid stays the same. */
    private final SlowBreathingDetector.Memo slowWindows = new SlowBreathingDetector.Memo();

    /**
     * Half the RSA window after a block, or a whole slow-breathing window (a point is blanked by windows centred up to
     * half a window after it, which reach half a window further), plus the latest an R-peak is certain.
     */
    @Override
    public double lookAheadSec() {
        return Math.max(RSA_WINDOW_SEC / 2, SlowBreathingDetector.WINDOW_SEC) + RPeakDetector.maxDelaySec();
    }

    @Override
    public void process(StageContext context) {
        RrSeries nn = null;
        for (BeatSource source : sources) {
            nn = source.normalIntervals(context);
            if (nn != null) {
                beatTypes.add(source.type());
                nn = source == ecgBeats ? withPulsesInItsHoles(withDeviceIntervalsInItsGaps(nn, context), context) : nn;
                break;
            }
        }
        IndexBlock block = context.block();
        if (nn != null) {
            context.windowBeats(nn);
            keep(nn, context);
            context.put(Index.HR, NnResampler.heartRate(nn, context.fromSec(), context.rateHz(), block.length));
            context.put(Index.RSA, context.streaming() ? streamedRsa(nn, context)
                    : RsaEstimator.estimate(nn, context.fromSec(), context.toSec(), RSA_WINDOW_SEC,
                            context.breathOnsetsSec()).rsa());
            // Slow paced breathing slows the heart and swings RSA without any release: over the exercise heart rate, RSA
            // and breathing measure the breathing, not arousal or its end. Every index is left out (this stage runs
            // last), as for a walk: skin conductance alone would make S rest on one channel and step where the others
            // drop out, which reads as a fast drop.
            double half = SlowBreathingDetector.WINDOW_SEC / 2;
            List<BadInterval> slow = SlowBreathingDetector.detect(nn, context.fromSec() - half, context.toSec() + half,
                    "heart rhythm", context.streaming() ? slowWindows : null, context.breathOnsetsSec());
            StretchBlanking.blank(block, slow, context.rateHz(), null);
            context.warnAbout(slow);
            if (context.heartAlone()) {
                // With the heart as the only witness, standing up and walking show only in its own step (left out
                // as a walk on an accelerometer is: every index over the stretch and the recovery). With skin
                // conductance, a belt or an accelerometer the step is not judged: real stress responses of seated
                // drivers step up as fast (drivedb), and those channels carry the evidence (DETECTOR-HISTORY).
                List<BadInterval> upright = OrthostaticRiseDetector.detect(recentIntervals(nn, context),
                        context.fromSec(), context.toSec(), "heart rhythm");
                StretchBlanking.blank(block, upright, context.rateHz(), null);
                context.warnAboutGrowing(upright);
            }
        } else if (context.anyChannel(ChannelType.HR) != null) {
            deviceHeartRate(context.anyChannel(ChannelType.HR), block.row(Index.HR), context);
        }
    }

    /**
     * The ECG's beats, and where it has none (electrodes off, a stream stopped, a stretch too noisy) a strap's RR list
     * recorded beside it: the same heart's R-peaks, read as the strap reported them, so they add no detector's warnings
     * or markers. A PPG's pulses fill only the longer holes ({@link #withPulsesInItsHoles}): their detector's warnings
     * and markers would join the ECG's.
     */
    private RrSeries withDeviceIntervalsInItsGaps(RrSeries ecg, StageContext context) {
        RrSeries strap = deviceIntervals.normalIntervals(context);
        if (strap == null) {
            return ecg;
        }
        return filledBy(deviceIntervals, ecg, ecg.withGapsFilledFrom(strap), context);
    }

    /**
     * {@code filled}, {@code source}'s intervals added to {@code nn}; {@code source}'s channel counts as read when it
     * added any to the block's own span.
     */
    private RrSeries filledBy(BeatSource source, RrSeries nn, RrSeries filled, StageContext context) {
        if (filled.slice(context.fromSec(), context.toSec()).length() > nn.slice(context.fromSec(), context.toSec())
                .length()) {
            beatTypes.add(source.type());
        }
        return filled;
    }

    /**
     * The ECG's beats (with a strap's intervals in their gaps), and inside the holes of at least
     * {@link #MIN_PULSE_FILL_SEC} still left (an electrode off, an ECG stream stopped) a PPG's pulses recorded beside
     * them: another sensor, which the ECG's fault does not reach. A pulse arrives a transit time after its R-peak
     * (0.2-0.3 s, changing with breathing and posture by a few tens of milliseconds), so the filled beats stand that
     * much later, which a heart rate on a 4-Hz grid and RSA's 30-s window do not see; the intervals themselves are the
     * heart's. The PPG is read (its detector's warnings and pulse markers kept) only for a window with such a hole.
     *
     * <p>A device's own intervals are not filled so: an E4's IBI export is its own pulse detection on the same BVP, and
     * its holes are where the device judged that signal unreadable (the hand moving). Filled from that BVP, independent
     * model 1's wrist sessions (exact IBI with motion dropouts) moved their episodes in 6 of 8 recordings and gained a
     * false episode on a laugh in an episode-free hour (1.0 -> 1.25 per hour), for the same recall.
     */
    private RrSeries withPulsesInItsHoles(RrSeries nn, StageContext context) {
        Channel ppg = context.channel(ChannelType.PPG);
        if (ppg == null) {
            return nn;
        }
        // only where the pulse wave was recorded: the window reaches past either end of a recording
        double from = Math.max(context.windowFromSec(), ppg.timeOfSec(0));
        double to = Math.min(context.windowToSec(), ppg.endSec());
        if (!nn.hasHole(from, to, MIN_PULSE_FILL_SEC)) {
            return nn;
        }
        RrSeries pulses = pulseBeats.normalIntervals(context);
        if (pulses == null) {
            return nn;
        }
        return filledBy(pulseBeats, nn, nn.withHolesFilledFrom(pulses, from, to, MIN_PULSE_FILL_SEC), context);
    }

    /**
     * A live block's RSA from the band-pass that runs on from block to block over the NN grid (fed up to half the RSA
     * window after the block, with this block's NN), instead of one started afresh over the block's ten seconds.
     */
    private RegularSeries streamedRsa(RrSeries nn, StageContext context) {
        rsa.feed(nn, context.toSec() + RSA_WINDOW_SEC / 2);
        return rsa.rsa(context.fromSec(), context.toSec());
    }

    /**
     * Whether this stage read a channel of {@code type}: a beat source's type only once it gave a block its beats (an
     * RR list beside an ECG is read only over the ECG's gaps); device heart rate whenever no beat source did.
     */
    boolean reads(ChannelType type) {
        if (type == ChannelType.HR) {
            return beatTypes.isEmpty();
        }
        return beatTypes.contains(type);
    }

    /** All NN intervals kept so far (those ending in each block's own span), in time order. */
    RrSeries normalIntervals() {
        return new RrSeries(nnTimesSec.toSamples(), nnMs.toSamples());
    }

    /**
     * The NN intervals kept over the orthostatic rise detector's look-back before the block and through the block's
     * own span, followed by the window's after it.
     */
    private RrSeries recentIntervals(RrSeries window, StageContext context) {
        double from = context.fromSec() - OrthostaticRiseDetector.MAX_SEC - OrthostaticRiseDetector.BEFORE_SEC;
        int lo = 0;
        int hi = nnTimesSec.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nnTimesSec.get(mid) < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        RrSeries after = window.slice(context.toSec(), Double.POSITIVE_INFINITY);
        int kept = nnTimesSec.size() - lo;
        double[] times = new double[kept + after.length()];
        double[] ms = new double[times.length];
        for (int i = 0; i < kept; i++) {
            times[i] = nnTimesSec.get(lo + i);
            ms[i] = nnMs.get(lo + i);
        }
        for (int i = 0; i < after.length(); i++) {
            times[kept + i] = after.timesSec().get(i);
            ms[kept + i] = after.intervalsMs().get(i);
        }
        return RrSeries.fromIntervals(Samples.wrap(times), Samples.wrap(ms));
    }

    private void keep(RrSeries nn, StageContext context) {
        RrSeries own = nn.slice(context.fromSec(), context.toSec());
        for (int i = 0; i < own.length(); i++) {
            nnTimesSec.add(own.timesSec().get(i));
            nnMs.add(own.intervalsMs().get(i));
        }
    }

    private static void deviceHeartRate(Channel hr, double[] out, StageContext context) {
        for (int i = 0; i < out.length; i++) {
            double t = context.block().timeSec(i, context.rateHz());
            Channel part = hr.slice(t - DEVICE_HR_HALF_WINDOW_SEC, t + DEVICE_HR_HALF_WINDOW_SEC);
            double sum = 0;
            int n = 0;
            for (int j = 0; j < part.length(); j++) {
                double v = part.values().get(j);
                if (Double.isFinite(v) && v > DEVICE_HR_MIN_BPM && v < DEVICE_HR_MAX_BPM) {
                    sum += v;
                    n++;
                }
            }
            out[i] = n == 0 ? Double.NaN : sum / n;
        }
    }
}
