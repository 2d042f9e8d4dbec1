package org.lacrima.core.eda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.MotionDetector;
import org.lacrima.core.quality.QualityMask;
import org.lacrima.core.quality.QualityRules;
import org.lacrima.core.quality.SignalQualityAssessor;
import org.lacrima.core.signal.TimeGrid;
import org.lacrima.core.signal.WorkingSignal;

/**
 * The EDA stage: quality mask, movement bridged, block-average to the working rate, low-pass, tonic/phasic split
 * ({@link EdaDecomposition}), SCRs ({@link ScrDetector}), and SCL / SCR rate / SCR amplitude on the grid.
 *
 * <p>Incremental use: every step is local, so the result for times earlier than
 * {@code end - }{@link #lookAheadSec()} does not change when more signal is appended. The live view
 * may therefore re-analyse the channel as it grows (an hour at 32 Hz costs milliseconds) and treat
 * only the last {@code lookAheadSec()} seconds as provisional (an SCR's half-recovery time, looked
 * for up to 60 s after its peak, may be filled in later). Never throws for signal content:
 * flat, clipped, {@code NaN}-filled or very short channels give gaps and warnings.
 */
public final class EdaAnalyzer {
    /**
     * Motion masking for EDA: a movement shifts the electrode contact, and skin conductance settles
     * over seconds after it stops, so a moving stretch is masked from 1 s before to 3 s after it.
     */
    public static final MotionDetector MOTION = new MotionDetector().withMargins(1, 3);
    private final EdaConfig config;
    private final SignalQualityAssessor assessor = new SignalQualityAssessor();

    /** With {@link EdaConfig#defaults()}. */
    public EdaAnalyzer() {
        this(EdaConfig.defaults());
    }

    /** With explicit settings, e.g. {@link EdaConfig#wrist()} for 4-8 Hz wrist devices. */
    public EdaAnalyzer(EdaConfig config) {
        this.config = config;
    }

    /** The settings in use. */
    public EdaConfig config() {
        return config;
    }

    /** Seconds at the growing end of a signal within which results may still change as more arrives. */
    public double lookAheadSec() {
        return Math.max(EdaDecomposition.lookAheadSec(config) + ScrDetector.MAX_RISE_SEC, config.rateWindowSec() / 2);
    }

    /**
     * Seconds of signal before a time that its values depend on: an SCR counted at the far edge of the centred
     * rate window, back to its onset, and the decomposition's reach before that.
     */
    public double lookBackSec() {
        return config.rateWindowSec() / 2 + ScrDetector.MAX_RISE_SEC + EdaDecomposition.lookAheadSec(config);
    }

    /**
     * Analyses the first EDA channel of {@code recording}, with motion from its ACC channels when present.
     * Empty if the recording has no EDA channel.
     */
    public Optional<EdaResult> analyze(Recording recording) {
        Optional<Channel> eda = recording.firstChannel(ChannelType.EDA);
        if (eda.isEmpty()) {
            return Optional.empty();
        }
        List<BadInterval> motion = MOTION.detect(recording.channels(ChannelType.ACC), eda.get().label());
        return Optional.of(analyze(eda.get(), motion));
    }

    /** Analyses one regular EDA channel (values in µS). */
    public EdaResult analyze(Channel eda) {
        return analyze(eda, List.of());
    }

    /**
     * Analyses one regular EDA channel with extra bad intervals (e.g. motion from {@link MotionDetector}).
     *
     * @throws IllegalArgumentException if {@code eda} is irregularly sampled (a programming error, not bad data)
     */
    public EdaResult analyze(Channel eda, List<BadInterval> extraBad) {
        QualityMask mask = assessor.assess(eda).with(extraBad);
        List<String> warnings = warnings(eda, mask);
        if (mask.unusable()) {
            return emptyResult(eda, mask, grid(mask), warnings);
        }
        // bridge the extra bad stretches (movement) so the electrode's jump and settling shape neither the
        // tonic level around them nor an SCR
        WorkingSignal signal = WorkingSignal.of(blanked(new ContactLossHold().apply(eda), extraBad),
                config.workingRateHz());
        return result(eda, mask, warnings, EdaDecomposition.of(signal, config), grid(mask));
    }

    /** The quality warnings of {@code mask}, with the unit's and (when unusable) the missing EDA's. */
    List<String> warnings(Channel eda, QualityMask mask) {
        List<String> warnings = new ArrayList<>(mask.warnings());
        if (!QualityRules.isMicrosiemens(eda.unit())) {
            warnings.add(eda.label() + ": unit '" + eda.unit() + "' is not µS; EDA amplitudes are in that unit");
        }
        if (mask.unusable()) {
            warnings.add(eda.label() + ": no usable EDA; no SCRs detected");
        }
        return warnings;
    }

    private TimeGrid grid(QualityMask mask) {
        return TimeGrid.covering(mask.startSec(), mask.endSec(), config.gridRateHz());
    }

    /**
     * SCRs, SCL, SCR rate and amplitude of a usable channel from its decomposition ({@code parts} may cover only
     * part of the mask's span, as a live stream's does): the SCRs that touch no bad stretch, the values on
     * {@code grid} (the mask's span for a whole channel, a block's for a live stream).
     */
    EdaResult result(Channel eda, QualityMask mask, List<String> warnings, EdaDecomposition parts, TimeGrid grid) {
        String unit = eda.unit();
        WorkingSignal signal = parts.signal();
        List<Scr> scrs = new ScrDetector(config.amplitudeThresholdMicrosiemens(), config.decayTauSec())
                .detect(parts).stream()
                .filter(s -> mask.isGood(s.onsetSec(), s.peakSec() + 1e-9))
                .toList();
        double[] scl = new double[grid.length()];
        for (int i = 0; i < scl.length; i++) {
            scl[i] = signal.interpolate(parts.tonic(), grid.timeOfSec(i));
        }
        ScrActivity activity = ScrActivity.of(scrs, grid, mask, config.rateWindowSec(), unit);
        return new EdaResult(eda.label(), scrs,
                mask.applyTo(series("edaTonic", unit, signal, parts.tonic())),
                mask.applyTo(series("edaPhasic", unit, signal, parts.phasic())),
                mask.applyTo(Index.SCL.withUnit(unit).series(grid.startSec(), grid.rateHz(), Samples.wrap(scl))),
                mask.applyTo(activity.rate()), mask.applyTo(activity.amplitude()), mask, warnings);
    }

    /** {@code eda} with {@code NaN} inside {@code bad}; the channel itself when nothing is bad. */
    static Channel blanked(Channel eda, List<BadInterval> bad) {
        if (bad.isEmpty() || eda.length() == 0) {
            return eda;
        }
        double[] v = eda.values().toArray();
        for (BadInterval b : bad) {
            int from = (int) Math.max(0, Math.ceil((b.startSec() - eda.startOffsetSec()) * eda.rateHz()));
            int to = (int) Math.min(v.length, Math.ceil((b.endSec() - eda.startOffsetSec()) * eda.rateHz()));
            java.util.Arrays.fill(v, Math.min(from, to), to, Double.NaN);
        }
        return Channel.regular(eda.label(), eda.type(), eda.unit(), eda.rateHz(), eda.startOffsetSec(), Samples.wrap(v));
    }

    private EdaResult emptyResult(Channel eda, QualityMask mask, TimeGrid grid, List<String> warnings) {
        double[] gaps = new double[grid.length()];
        java.util.Arrays.fill(gaps, Double.NaN);
        RegularSeries empty = new RegularSeries("edaTonic", eda.unit(), grid.startSec(), config.workingRateHz(),
                Samples.empty());
        return new EdaResult(eda.label(), List.of(), empty,
                new RegularSeries("edaPhasic", eda.unit(), grid.startSec(), config.workingRateHz(), Samples.empty()),
                nanSeries(Index.SCL.withUnit(eda.unit()), grid, gaps), nanSeries(Index.SCR_RATE, grid, gaps),
                nanSeries(Index.SCR_AMPLITUDE.withUnit(eda.unit()), grid, gaps), mask, warnings);
    }

    private static RegularSeries nanSeries(Index index, TimeGrid grid, double[] nans) {
        return index.series(grid.startSec(), grid.rateHz(), Samples.copyOf(nans));
    }

    private static RegularSeries series(String name, String unit, WorkingSignal s, double[] values) {
        return new RegularSeries(name, unit, s.startSec(), s.rateHz(), Samples.copyOf(values));
    }
}
