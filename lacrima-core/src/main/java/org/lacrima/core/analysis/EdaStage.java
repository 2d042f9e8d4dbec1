package org.lacrima.core.analysis;

import java.util.List;

import org.lacrima.core.eda.EdaAnalyzer;
import org.lacrima.core.eda.EdaConfig;
import org.lacrima.core.eda.EdaResult;
import org.lacrima.core.eda.EdaStream;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.quality.BadInterval;

/**
 * Skin conductance level, SCR rate and amplitude, and the SCRs, from the EDA channel, with the
 * stretches that movement corrupts (electrode contact, settling after) masked. Values carry the
 * channel's unit. A file's block is analysed whole; a live feed's decomposition runs on from block to block
 * ({@link EdaStream}), and each block looks for SCRs over its span and rate window only.
 */
final class EdaStage implements Stage {
    /** Below this EDA rate the recording is taken to be a wrist device (E4: 4 Hz). */
    private static final double WRIST_EDA_MAX_RATE_HZ = 8;

    /** The reach of the live stream (the same at every rate and threshold). */
    private static final EdaStream STREAM = new EdaStream(EdaConfig.defaults());

    private final AnalysisOptions options;
    private EdaStream stream;

    EdaStage(AnalysisOptions options) {
        this.options = options;
    }

    /** What the live stream needs after a block (the SCRs its rate window counts, settled); a file's block reads on. */
    @Override
    public double lookAheadSec() {
        return STREAM.lookAheadSec();
    }

    /** Seconds of signal before a block that its values depend on ({@link EdaAnalyzer#lookBackSec()}). */
    double lookBackSec() {
        return new EdaAnalyzer().lookBackSec();
    }

    @Override
    public void process(StageContext context) {
        // a live block reads as far as its values depend on: when the stream keeps the decomposition, its rate window
        // and the SCRs' rise; when it re-runs (the last block), the whole decomposition before it and all there is after
        boolean stateful = context.streamsWith(ChannelType.EDA, lookAheadSec());
        Channel eda = stateful ? context.channel(ChannelType.EDA, STREAM.lookBackSec(), STREAM.lookAheadSec())
                : context.channel(ChannelType.EDA, lookBackSec(), Double.POSITIVE_INFINITY);
        if (eda == null) {
            return;
        }
        EdaConfig config = eda.rateHz() <= WRIST_EDA_MAX_RATE_HZ ? EdaConfig.wrist() : EdaConfig.defaults();
        if (Double.isFinite(options.scrThresholdMicrosiemens())) {
            config = config.withAmplitudeThreshold(options.scrThresholdMicrosiemens());
        }
        List<BadInterval> motion = MotionFeed.corrupted(ChannelType.EDA, context.moving(), eda.label(),
                eda.timeOfSec(0));
        EdaResult r = stateful ? streamed(context, config, eda, motion) : new EdaAnalyzer(config).analyze(eda, motion);
        context.put(Index.SCL.withUnit(r.scl().unit()), r.scl());
        context.put(Index.SCR_RATE.withUnit(r.scrRate().unit()), r.scrRate());
        context.put(Index.SCR_AMPLITUDE.withUnit(r.scrAmplitude().unit()), r.scrAmplitude());
        for (Scr s : r.scrs()) {
            if (context.inBlock(s.onsetSec())) {
                context.block().scrs.add(s);
            }
        }
        context.warn(r.quality(), r.warnings());
    }

    /**
     * Feeds the samples that arrived since the last block (up to the feed's lag behind the window's end, blanked where
     * movement corrupts them) to the stream, and analyses {@code eda}, the block with its rate window, from it. The
     * last block of a feed, which lacks the look-ahead, re-runs over its window instead.
     */
    private EdaResult streamed(StageContext context, EdaConfig config, Channel eda, List<BadInterval> motion) {
        if (stream == null) {
            stream = new EdaStream(config);
        }
        // a second before what was fed, so the first sample not fed yet is surely there
        Channel recent = context.since(ChannelType.EDA, Math.max(context.windowFromSec(), stream.fedUntilSec() - 1));
        List<BadInterval> blank = MotionFeed.corrupted(ChannelType.EDA, context.moving(), recent.label(),
                recent.length() == 0 ? context.windowFromSec() : recent.timeOfSec(0));
        stream.feed(recent, context.windowToSec() - EdaStream.FEED_LAG_SEC, blank);
        return stream.analyze(eda, motion, context.fromSec(), context.toSec());
    }
}
