package org.lacrima.core.rsp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.lacrima.core.model.Channel;
import org.lacrima.core.quality.QualityMask;
import org.lacrima.core.quality.SlidingQualityAssessor;
import org.lacrima.core.signal.GrowingSeries;
import org.lacrima.core.signal.MovingAverage;
import org.lacrima.core.signal.RunningBoxcar;
import org.lacrima.core.signal.TimeGrid;
import org.lacrima.core.signal.WorkingFeed;

/**
 * The breath detection of a live respiration channel kept from block to block: each raw sample is block-averaged,
 * band-passed and enveloped once, as it arrives, and the hysteresis crossings ({@link BreathCrossings}) run on
 * through the samples whose filter windows are complete, so the breaths found are the whole channel's. A block adds
 * the breaths of the newest samples, whose windows still reach past the newest sample, from a copy of the crossing
 * state run through them with the windows truncated there, as an analysis of the recording up to that sample finds
 * them; its quality mask and breathing series are those of its own window.
 *
 * <p>Holds a few minutes of working-rate values. Not thread-safe: one feeder at a time.
 */
public final class RspStream {
    /** Working-rate values and breaths kept before the newest sample, seconds (a block reads 45 s before it). */
    private static final double KEEP_SEC = 180;

    private final RspConfig config;
    private final RespirationAnalyzer analyzer;
    /** Each block's window overlaps the ones before: its quality is read from chunks summed up once. */
    private final SlidingQualityAssessor assessor = new SlidingQualityAssessor();
    private final WorkingFeed working;
    private RunningBoxcar baseline;
    private final GrowingSeries highPassed = new GrowingSeries();
    private RunningBoxcar[] lowPasses;
    private final GrowingSeries squares = new GrowingSeries();
    private RunningBoxcar envelope;
    private final BreathCrossings crossings = new BreathCrossings();
    /** Next band-passed sample the crossings take. */
    private int next;
    private final List<Breath> breaths = new ArrayList<>();

    /** @param config the respiration settings (working rate, filters, hysteresis, windows) */
    public RspStream(RspConfig config) {
        this.config = config;
        this.analyzer = new RespirationAnalyzer(config);
        this.working = new WorkingFeed(config.workingRateHz());
    }

    /** Seconds up to which raw samples have been fed (minus infinity before any). */
    public double fedUntilSec() {
        return working.fedUntilSec();
    }

    /**
     * Feeds the samples of {@code recent} not fed yet that lie before {@code untilSec}, and runs the filters and
     * the crossings as far as their windows are complete.
     *
     * @param recent   the raw channel from at most the first sample not fed yet (regular)
     * @param untilSec feed no sample at or after this time, seconds
     */
    public void feed(Channel recent, double untilSec) {
        boolean first = !working.started();
        working.feed(recent, untilSec, List.of());
        if (!working.started()) {
            return;
        }
        if (first) {
            start();
        }
        baseline.advance();
        GrowingSeries w = working.values();
        for (int i = highPassed.end(); i < baseline.out().end(); i++) {
            highPassed.add(w.get(i) - baseline.out().get(i));
        }
        for (RunningBoxcar pass : lowPasses) {
            pass.advance();
        }
        GrowingSeries s = band();
        for (int i = squares.end(); i < s.end(); i++) {
            squares.add(s.get(i) * s.get(i));
        }
        envelope.advance();
        GrowingSeries meanSq = envelope.out();
        BreathCrossings.Sink sink = (onset, crest, depth) -> breaths.add(breath(onset, crest, depth));
        for (; next < meanSq.end(); next++) {
            crossings.take(next, config.hysteresis() * Math.sqrt(meanSq.get(next)), s::get, sink);
        }
        forgetOld();
    }

    /**
     * The respiration result of a block: the quality mask of {@code window} (the raw channel over the block's span
     * with the look-back before and the look-ahead after), the breaths found with onsets in it, and breathing rate,
     * depth and irregularity at the grid points of {@code [fromSec, toSec)}.
     */
    public RspResult analyze(Channel window, double fromSec, double toSec) {
        QualityMask mask = assessor.assess(window);
        if (mask.unusable() || !working.started()) {
            return analyzer.analyze(window);
        }
        double start = window.timeOfSec(0);
        double end = window.endSec();
        List<Breath> in = new ArrayList<>();
        for (Breath b : breathsSoFar()) {
            if (b.onsetSec() >= start && b.onsetSec() < end) {
                in.add(b);
            }
        }
        return analyzer.result(window, mask, in, TimeGrid.covering(fromSec, toSec, config.gridRateHz()));
    }

    /** The breaths found, then those a copy of the crossings finds in the newest samples (windows truncated). */
    private List<Breath> breathsSoFar() {
        List<Breath> all = new ArrayList<>(breaths);
        double[] wTail = working.provisionalTail();
        double[] baseTail = baseline.tail(wTail);
        int n = working.values().end() + wTail.length;
        GrowingSeries w = working.values();
        double[] hpTail = new double[n - highPassed.end()];
        for (int i = highPassed.end(); i < n; i++) {
            double wi = i < w.end() ? w.get(i) : wTail[i - w.end()];
            double bi = i < baseline.out().end() ? baseline.out().get(i) : baseTail[i - baseline.out().end()];
            hpTail[i - highPassed.end()] = wi - bi;
        }
        double[] tail = hpTail;
        for (RunningBoxcar pass : lowPasses) {
            tail = pass.tail(tail);
        }
        GrowingSeries s = band();
        double[] sTail = tail;
        IntToDoubleFunction band = i -> i < s.end() ? s.get(i) : sTail[i - s.end()];
        double[] sqTail = new double[n - squares.end()];
        for (int i = squares.end(); i < n; i++) {
            double v = band.applyAsDouble(i);
            sqTail[i - squares.end()] = v * v;
        }
        double[] envTail = envelope.tail(sqTail);
        BreathCrossings ahead = crossings.copy();
        BreathCrossings.Sink sink = (onset, crest, depth) -> all.add(breath(onset, crest, depth));
        for (int i = next; i < n; i++) {
            double meanSq = i < envelope.out().end() ? envelope.out().get(i) : envTail[i - envelope.out().end()];
            ahead.take(i, config.hysteresis() * Math.sqrt(meanSq), band, sink);
        }
        return all;
    }

    private Breath breath(int onset, int crest, double depth) {
        return new Breath(working.startSec() + onset / working.rateHz(), working.startSec() + crest / working.rateHz(),
                depth);
    }

    private GrowingSeries band() {
        return lowPasses[lowPasses.length - 1].out();
    }

    private void start() {
        double fs = working.rateHz();
        baseline = new RunningBoxcar(working.values(), ((int) Math.round(config.baselineWindowSec() * fs) | 1) / 2);
        int width = MovingAverage.widthForCutoff(fs, config.lowPassHz());
        lowPasses = new RunningBoxcar[3];
        GrowingSeries in = highPassed;
        for (int p = 0; p < lowPasses.length; p++) {
            lowPasses[p] = new RunningBoxcar(in, width / 2);
            in = lowPasses[p].out();
        }
        envelope = new RunningBoxcar(squares, ((int) Math.round(config.envelopeWindowSec() * fs) | 1) / 2);
    }

    /** Drops values and breaths older than {@link #KEEP_SEC} (and none the crossings still refer to). */
    private void forgetOld() {
        int keepFrom = Math.min(crossings.oldestIndex(),
                working.values().end() - (int) Math.round(KEEP_SEC * working.rateHz()));
        if (keepFrom <= 0) {
            return;
        }
        working.discardBefore(keepFrom);
        baseline.discardBefore(keepFrom);
        highPassed.discardBefore(keepFrom);
        for (RunningBoxcar pass : lowPasses) {
            pass.discardBefore(keepFrom);
        }
        squares.discardBefore(keepFrom);
        envelope.discardBefore(keepFrom);
        double keepFromSec = working.startSec() + keepFrom / working.rateHz();
        breaths.removeIf(b -> b.onsetSec() < keepFromSec);
    }
}
