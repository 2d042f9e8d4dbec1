package org.lacrima.core.analysis;

import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.Samples;
import org.lacrima.core.rsp.Breath;
import org.lacrima.core.rsp.RespirationAnalyzer;
import org.lacrima.core.rsp.RspResult;

/** Breaths, breathing rate and irregularity from the respiration channel; leaves the breath onsets for RSA. */
final class RespirationStage implements Stage {
    private final RespirationAnalyzer analyzer = new RespirationAnalyzer();

    @Override
    public double lookAheadSec() {
        return analyzer.lookAheadSec();
    }

    @Override
    public void process(StageContext context) {
        Channel rsp = context.channel(ChannelType.RSP);
        if (rsp == null) {
            return;
        }
        RspResult r = analyzer.analyze(rsp);
        context.put(Index.BREATHING_RATE.withUnit(r.rate().unit()), r.rate());
        context.put(Index.IRREGULARITY.withUnit(r.irregularity().unit()), r.irregularity());
        context.breathOnsetsSec(Samples.wrap(r.onsetsSec()));
        for (Breath b : r.breaths()) {
            if (context.inBlock(b.onsetSec())) {
                context.block().breathsSec.add(b.onsetSec());
            }
        }
        context.warn(r.warnings());
    }
}
