package org.lacrima.core.analysis;

import java.util.List;

import org.lacrima.core.eda.EdaAnalyzer;
import org.lacrima.core.eda.EdaConfig;
import org.lacrima.core.eda.EdaResult;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.quality.BadInterval;

/**
 * Skin conductance level, SCR rate and amplitude, and the SCRs, from the EDA channel, with the
 * stretches that movement corrupts (electrode contact, settling after) masked. Values carry the
 * channel's unit.
 */
final class EdaStage implements Stage {
    /** Below this EDA rate the recording is taken to be a wrist device (E4: 4 Hz). */
    private static final double WRIST_EDA_MAX_RATE_HZ = 8;

    private final AnalysisOptions options;

    EdaStage(AnalysisOptions options) {
        this.options = options;
    }

    @Override
    public double lookAheadSec() {
        return new EdaAnalyzer().lookAheadSec();
    }

    /** Seconds of signal before a block that its values depend on ({@link EdaAnalyzer#lookBackSec()}). */
    double lookBackSec() {
        return new EdaAnalyzer().lookBackSec();
    }

    @Override
    public void process(StageContext context) {
        // in a live feed, only as far back as the values depend on; after the block, the whole look-ahead (the EDA's
        // own falls a little short of settling every SCR count)
        Channel eda = context.channel(ChannelType.EDA, lookBackSec(), Double.POSITIVE_INFINITY);
        if (eda == null) {
            return;
        }
        EdaConfig config = eda.rateHz() <= WRIST_EDA_MAX_RATE_HZ ? EdaConfig.wrist() : EdaConfig.defaults();
        if (Double.isFinite(options.scrThresholdMicrosiemens())) {
            config = config.withAmplitudeThreshold(options.scrThresholdMicrosiemens());
        }
        List<BadInterval> motion = MotionFeed.corrupted(ChannelType.EDA, context.moving(), eda.label(),
                eda.timeOfSec(0));
        EdaResult r = new EdaAnalyzer(config).analyze(eda, motion);
        context.put(Index.SCL.withUnit(r.scl().unit()), r.scl());
        context.put(Index.SCR_RATE.withUnit(r.scrRate().unit()), r.scrRate());
        context.put(Index.SCR_AMPLITUDE.withUnit(r.scrAmplitude().unit()), r.scrAmplitude());
        for (Scr s : r.scrs()) {
            if (context.inBlock(s.onsetSec())) {
                context.block().scrs.add(s);
            }
        }
        context.warn(r.warnings());
    }
}
