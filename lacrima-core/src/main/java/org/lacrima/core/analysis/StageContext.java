package org.lacrima.core.analysis;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityMask;

/**
 * What a {@link Stage} works within for one block: the raw window (the block's span plus context
 * before and after it, one channel per analysed type), the analysis grid of the block, the
 * accelerometer's moving stretches in the window, the quality warnings collected so far, and what
 * earlier stages of the same block found that later ones use (breath onsets for RSA). A live feed's
 * context is {@linkplain #streaming() streaming}: stages that keep state between blocks then read only the
 * samples that arrived since their last block ({@link #window}) instead of re-running over the window.
 */
final class StageContext {
    private final ChannelWindows channels;
    private final double windowFromSec;
    private final double windowToSec;
    private final boolean streaming;
    private final Map<ChannelType, Channel> window = new EnumMap<>(ChannelType.class);
    private final boolean accelerometer;
    private final List<BadInterval> moving;
    private final IndexBlock block;
    private final double rateHz;
    private final double fromSec;
    private final double toSec;
    private final StageWarnings warnings;
    private Samples breathOnsetsSec = Samples.empty();
    private org.lacrima.core.hrv.RrSeries windowBeats;
    /** Stretches in which every index follows another behaviour than arousal (a laugh): blanked after all stages. */
    private final List<BadInterval> otherBehaviour = new java.util.ArrayList<>();
    /** Stretches in which RSA follows how the client breathes rather than vagal tone (talking): blanked after all stages. */
    private final List<BadInterval> breathingLedRsa = new java.util.ArrayList<>();

    /**
     * @param channels      the raw channels held, by type
     * @param windowFromSec start of the window (the block's span with its context before), seconds
     * @param windowToSec   end of the window (the block's span with the look-ahead after), seconds
     * @param streaming     whether the blocks come from a live feed, every few seconds, so stateful stages
     *                      continue from their last block rather than re-run over the window
     * @param accelerometer whether the session has an accelerometer (without one, movement must be told from the
     *                      physiology itself)
     * @param moving   the accelerometer's moving stretches in the window, unwidened (empty without one)
     * @param block    the grid points to fill and the markers found in them
     * @param rateHz   rate of the analysis grid, hertz
     * @param fromSec  start of the block's own span, seconds from the recording start
     * @param toSec    end of the block's own span (exclusive)
     * @param warnings where stage and quality warnings go (without repeats)
     */
    StageContext(ChannelWindows channels, double windowFromSec, double windowToSec, boolean streaming,
                 boolean accelerometer, List<BadInterval> moving, IndexBlock block, double rateHz, double fromSec,
                 double toSec, StageWarnings warnings) {
        this.channels = channels;
        this.windowFromSec = windowFromSec;
        this.windowToSec = windowToSec;
        this.streaming = streaming;
        this.accelerometer = accelerometer;
        this.moving = moving;
        this.block = block;
        this.rateHz = rateHz;
        this.fromSec = fromSec;
        this.toSec = toSec;
        this.warnings = warnings;
    }

    /** The window's channel of {@code type} when it holds samples, else {@code null}. */
    Channel channel(ChannelType type) {
        Channel c = anyChannel(type);
        return c == null || c.length() == 0 ? null : c;
    }

    /** The window's channel of {@code type}, possibly empty, or {@code null} when the session has none. */
    Channel anyChannel(ChannelType type) {
        if (!window.containsKey(type)) {
            window.put(type, channels.window(type, windowFromSec, windowToSec));
        }
        return window.get(type);
    }

    /**
     * The channel of {@code type} as far as a stage reaches: in a live feed's block, the block's span with
     * {@code lookBackSec} before and {@code lookAheadSec} after it (within the window), so a stage that re-runs
     * per block reads no more than its results depend on; in a file's block, the whole window, so a file's
     * result stays what it was. {@code null} when that holds no samples.
     */
    Channel channel(ChannelType type, double lookBackSec, double lookAheadSec) {
        if (!streaming) {
            return channel(type);
        }
        Channel c = channels.window(type, Math.max(windowFromSec, fromSec - lookBackSec),
                Math.min(windowToSec, toSec + lookAheadSec));
        return c == null || c.length() == 0 ? null : c;
    }

    /**
     * The samples of {@code type} from {@code fromSec} to the end of the window (possibly empty), or {@code null}
     * when the session has no such channel: what a stateful stage reads of the samples that arrived since its last
     * block, with no copy of the rest of the window.
     */
    Channel since(ChannelType type, double fromSec) {
        return channels.window(type, fromSec, windowToSec);
    }

    /**
     * Whether a live feed's block has the channel of {@code type} up to {@code lookAheadSec} after its span, so a
     * stage that runs on between blocks can settle the block's values; the last block of a feed has nothing after
     * its span, and a file's blocks re-run over their window.
     */
    boolean streamsWith(ChannelType type, double lookAheadSec) {
        if (!streaming) {
            return false;
        }
        double needed = toSec + lookAheadSec;
        Channel tail = channels.window(type, Math.max(windowFromSec, needed - 1), windowToSec);
        return tail != null && tail.length() > 0 && tail.endSec() >= needed - 1e-9;
    }

    /** Start of the window: the block's span with its context before, seconds. */
    double windowFromSec() {
        return windowFromSec;
    }

    /** End of the window: the block's span with the look-ahead after, seconds. */
    double windowToSec() {
        return windowToSec;
    }

    /** Whether the blocks come from a live feed, so stateful stages continue from their last block. */
    boolean streaming() {
        return streaming;
    }

    /**
     * Marks stretches in which every index (heart, skin, breathing) follows another behaviour than the arousal the
     * axes measure; they are blanked once every stage has filled the block, like walking.
     */
    void otherBehaviour(List<BadInterval> stretches) {
        otherBehaviour.addAll(stretches);
    }

    /** The stretches marked by {@link #otherBehaviour(List)} so far. */
    List<BadInterval> otherBehaviour() {
        return otherBehaviour;
    }

    /**
     * Marks stretches in which the heart's swing with the breath follows how the client breathes (talking) rather than
     * vagal tone; RSA is blanked over them once every stage has filled the block.
     */
    void breathingLedRsa(List<BadInterval> stretches) {
        breathingLedRsa.addAll(stretches);
    }

    /** The stretches marked by {@link #breathingLedRsa(List)} so far. */
    List<BadInterval> breathingLedRsa() {
        return breathingLedRsa;
    }

    /**
     * Whether the heart is the session's only witness of arousal: no skin conductance, no respiration belt and no
     * accelerometer (an RR strap or a pulse sensor alone), so nothing but the heart rhythm tells movement from arousal.
     */
    boolean heartAlone() {
        return !accelerometer && anyChannel(ChannelType.EDA) == null && anyChannel(ChannelType.RSP) == null;
    }

    /** Records the NN intervals of the window (the heart stage's beats), for what is judged after the stages. */
    void windowBeats(org.lacrima.core.hrv.RrSeries nn) {
        windowBeats = nn;
    }

    /** The window's NN intervals set by {@link #windowBeats}, or {@code null} without beats. */
    org.lacrima.core.hrv.RrSeries windowBeats() {
        return windowBeats;
    }

    /** The accelerometer's moving stretches in the window, unwidened; empty without an accelerometer. */
    List<BadInterval> moving() {
        return moving;
    }

    /** The block being filled. */
    IndexBlock block() {
        return block;
    }

    /** Start of the block's own span, seconds. */
    double fromSec() {
        return fromSec;
    }

    /** End of the block's own span (exclusive), seconds. */
    double toSec() {
        return toSec;
    }

    /** Whether {@code sec} lies in the block's own span, where its markers are kept. */
    boolean inBlock(double sec) {
        return sec >= fromSec && sec < toSec;
    }

    /** Adds stage warnings (repeats are dropped). */
    void warn(Collection<String> lines) {
        warnings.add(lines);
    }

    /**
     * Adds a channel analyser's warnings: the stretches of its quality mask as stretches ({@link #warnAbout}), so that
     * recurring ones are summed up, and its other lines as they are.
     */
    void warn(QualityMask quality, List<String> lines) {
        warnAbout(quality.bad());
        List<String> stretchLines = quality.warnings();
        warn(lines.stream().filter(l -> !stretchLines.contains(l)).toList());
    }

    /** Reports the bad stretches that start in the block, so each is reported by one block. */
    void warnAbout(List<BadInterval> bad) {
        warnings.addStretches(bad.stream().filter(b -> inBlock(b.startSec())).toList());
    }

    /**
     * Reports the stretches that reach into the block, merged with what earlier blocks saw of them: a stretch that
     * outlasts the block where it began (exertion) is seen in full only by later blocks, in a live feed above all.
     */
    void warnAboutGrowing(List<BadInterval> bad) {
        warnings.addGrowingStretches(bad.stream().filter(b -> b.overlaps(fromSec, toSec)).toList());
    }

    /** Puts a stage's grid series onto the block's grid points as {@code index} (nearest point; the grids are aligned). */
    void put(Index index, RegularSeries series) {
        double[] out = block.row(index);
        for (int i = 0; i < out.length; i++) {
            long j = Math.round((block.timeSec(i, rateHz) - series.startSec()) * series.rateHz());
            if (j >= 0 && j < series.length()) {
                out[i] = series.values().get((int) j);
            }
        }
    }

    /** Rate of the analysis grid, hertz. */
    double rateHz() {
        return rateHz;
    }

    /** Breath onsets in the window, seconds, once the respiration stage has run (empty without respiration). */
    Samples breathOnsetsSec() {
        return breathOnsetsSec;
    }

    void breathOnsetsSec(Samples onsets) {
        this.breathOnsetsSec = onsets;
    }
}
