package org.lacrima.app.signals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.app.report.MinMaxDecimator;
import org.lacrima.core.analysis.Markers;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;
import org.lacrima.core.ppg.PulsePeakDetector;

/**
 * The raw signals of a session between two times, shrunk to about the width of the screen with the
 * report's min/max decimation (every spike stays visible), each with the beats, pulses or breaths the
 * analysis detected on it (a PPG beside an ECG gets its pulses found for the window). Zooming in asks again for a narrower window, so detail appears as it would
 * in the report. Times in seconds from the recording start; gaps are null.
 *
 * @param fromSec start of the window
 * @param toSec   end of the window
 * @param traces  one per plotted channel
 */
public record SignalWindow(double fromSec, double toSec, List<Trace> traces) {
    /** At most this many channels are drawn (a lab file can hold dozens). */
    static final int MAX_TRACES = 8;
    /** Bounds on the points per trace a page may ask for (a phone is ~300 px wide, a wall screen ~4000). */
    static final int MIN_BUCKETS = 50;
    static final int MAX_BUCKETS = 4000;
    /** Seconds of PPG read on either side of a window whose pulses are found on demand: a few pulses. */
    private static final double PULSE_MARGIN_SEC = 5;

    /**
     * One channel in the window.
     *
     * @param marksKind   "beats", "pulses" or "breaths" when detections are drawn on it, else null
     * @param marksSec    the detections in the window (seconds)
     */
    public record Trace(String label, String type, String unit, Double rateHz, List<Double> timesSec,
                        List<Float> values, String marksKind, List<Double> marksSec) {
    }

    /** The window {@code [fromSec, toSec]} of {@code result} at about {@code points} points per trace. */
    public static SignalWindow of(AnalysisService.Result result, double fromSec, double toSec, int points) {
        double end = result.recording().durationSec();
        double from = Double.isFinite(fromSec) ? Math.max(0, fromSec) : 0;
        double to = Double.isFinite(toSec) ? Math.min(end, toSec) : end;
        if (!(to > from)) {
            throw new IllegalArgumentException("the window must end after it starts (from " + fromSec + " s to " + toSec + " s)");
        }
        int buckets = Math.max(MIN_BUCKETS, Math.min(MAX_BUCKETS, points));
        Map<ChannelType, Mark> detected = detections(result.analysis().markers());
        List<Trace> traces = new ArrayList<>();
        for (Channel channel : result.recording().channels()) {
            if (traces.size() == MAX_TRACES) {
                break;
            }
            if (channel.length() < 2) {
                continue;
            }
            MinMaxDecimator.Points p = MinMaxDecimator.decimate(channel.slice(from, to), buckets);
            // detections go on the first channel of their type, where a reader can check them
            Mark mark = detected.remove(channel.type());
            if (mark != null && channel.type() == ChannelType.PPG && mark.timesSec().length() == 0) {
                mark = new Mark(mark.kind(), pulsesAround(channel, from, to));
            }
            traces.add(new Trace(channel.label(), channel.type().name(), channel.unit(),
                    channel.isRegular() ? channel.rateHz() : null, times(p.timesSec()), floats(p.values()),
                    mark == null ? null : mark.kind(), mark == null ? List.of() : within(mark.timesSec(), from, to)));
        }
        return new SignalWindow(from, to, traces);
    }

    private record Mark(String kind, Samples timesSec) {
    }

    private static Map<ChannelType, Mark> detections(Markers markers) {
        Map<ChannelType, Mark> m = new EnumMap<>(ChannelType.class);
        m.put(ChannelType.ECG, new Mark("beats", markers.rPeaksSec()));
        m.put(ChannelType.PPG, new Mark("pulses", markers.pulsePeaksSec()));
        m.put(ChannelType.RSP, new Mark("breaths", markers.breathsSec()));
        return m;
    }

    /**
     * Pulse peaks of a PPG in and around the window, found now: the analysis takes the heart's beats from the ECG
     * when there is one and leaves the PPG undetected, yet a reader looking at the pulse trace wants to check its
     * peaks too. The margin lets the detector's filter settle before the window's first pulse.
     */
    private static Samples pulsesAround(Channel ppg, double from, double to) {
        return PulsePeakDetector.detect(ppg.slice(from - PULSE_MARGIN_SEC, to + PULSE_MARGIN_SEC)).timesSec();
    }

    private static List<Double> within(Samples times, double from, double to) {
        int lo = times.firstIndexAtOrAfter(from);
        int hi = times.firstIndexAtOrAfter(to);
        List<Double> out = new ArrayList<>(Math.max(0, hi - lo));
        for (int i = lo; i < hi; i++) {
            out.add(times.get(i));
        }
        return out;
    }

    /** Times to a tenth of a millisecond: finer than any sampling rate drawn, shorter than 17 digits. */
    private static List<Double> times(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(Math.round(v * 1e4) / 1e4);
        }
        return out;
    }

    private static List<Float> floats(double[] values) {
        List<Float> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(Double.isFinite(v) ? (float) v : null);
        }
        return out;
    }
}
