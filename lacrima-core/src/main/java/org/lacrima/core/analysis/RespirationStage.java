package org.lacrima.core.analysis;

import java.util.List;
import java.util.Set;

import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.rsp.Breath;
import org.lacrima.core.rsp.ChestAccelerometerBreathing;
import org.lacrima.core.rsp.LaughterBreathingDetector;
import org.lacrima.core.rsp.RespirationAnalyzer;
import org.lacrima.core.rsp.RspConfig;
import org.lacrima.core.rsp.RspResult;
import org.lacrima.core.rsp.RspStream;
import org.lacrima.core.rsp.SpeechBreathingDetector;

/**
 * Breaths, breathing rate and irregularity from the respiration channel; leaves the breath onsets for RSA.
 * Talking ({@link SpeechBreathingDetector}) and laughter ({@link LaughterBreathingDetector}) blank breathing rate and
 * irregularity. A live feed's breaths come from one detection that runs on from block to block ({@link RspStream}).
 */
final class RespirationStage implements Stage {
    /** The respiration indices that speech breathing makes meaningless (RSA is left out farther, see process). */
    private static final Set<String> SPEECH_BLANKED = Set.of(Index.BREATHING_RATE.key(), Index.IRREGULARITY.key());
    /**
     * Seconds on either side of a speech stretch that its breaths still move breathing rate and irregularity: half their
     * 20 s centred window. The first phrase is often found a breath late (the breath that ends in it began in quiet
     * breathing), and a window centred before the stretch already holds its quick inspirations and long expirations.
     */
    private static final double SPEECH_REACH_SEC = 10;
    /** Seconds on either side of a laugh or a talk that its breaths still move RSA: half the 30 s RSA window. */
    private static final double RSA_REACH_SEC = 15;
    private final RespirationAnalyzer analyzer = new RespirationAnalyzer();
    private RspStream stream;
    /** A live feed's breath levels for the laughter check, kept between blocks (their windows overlap by minutes). */
    private final LaughterBreathingDetector.Memo laughterMemo = new LaughterBreathingDetector.Memo();

    @Override
    public double lookAheadSec() {
        return analyzer.lookAheadSec();
    }

    /**
     * Seconds of signal before a block that its values depend on: as far as the look-ahead reaches after it (the
     * breath cycle, half the rate window, the detector's baseline and envelope windows are all centred), plus the
     * minute of breathing before a laugh that it is compared with and the laugh's reach.
     */
    double lookBackSec() {
        return analyzer.lookAheadSec() + LaughterBreathingDetector.REFERENCE_SEC + RSA_REACH_SEC;
    }

    @Override
    public void process(StageContext context) {
        Channel rsp = context.channel(ChannelType.RSP, lookBackSec(), lookAheadSec());
        if (rsp == null) {
            return;
        }
        // a live block finds its breaths in the detection that runs on from block to block; the last block of a feed,
        // which lacks the look-ahead, and a file's blocks re-run over the window
        boolean stateful = context.streamsWith(ChannelType.RSP, lookAheadSec());
        RspResult r = stateful ? streamed(context, rsp) : analyzer.analyze(rsp);
        // Breathing drawn from a chest strap's tilt is evidence that the client talked, not an index: its noise would
        // read as irregularity, and RSA keeps the heart's own estimate of the breath.
        boolean evidenceOnly = ChestAccelerometerBreathing.isDerived(rsp.label());
        if (!evidenceOnly) {
            context.put(Index.BREATHING_RATE.withUnit(r.rate().unit()), r.rate());
            context.put(Index.IRREGULARITY.withUnit(r.irregularity().unit()), r.irregularity());
        }
        // speech paces the breath: rate and irregularity then describe the talking, not arousal or sobbing
        List<BadInterval> speech = SpeechBreathingDetector.detect(r.breaths(), rsp.label());
        StretchBlanking.blank(context.block(), speech.stream().map(b -> b.widenedBy(SPEECH_REACH_SEC)).toList(),
                context.rateHz(), SPEECH_BLANKED);
        // Speech lowers the heart's swing with the breath by itself, its short inspirations and long expirations moving
        // the heart less than quiet breaths at the same vagal tone (Bernardi et al. 2000; Beda et al. 2007): RSA over a
        // talk measures the talking, and its fall and return at the talk's end would read as a withdrawal and a
        // rebound. It is left out as far on either side as the talk's breaths reach into its window.
        context.breathingLedRsa(speech.stream().map(b -> b.widenedBy(RSA_REACH_SEC)).toList());
        context.warnAbout(speech);
        // and the episode detector learns when the client talked: the heart's answer to speech is no build-up
        markSpeech(context, speech);
        // A laugh is another behaviour than crying: its heart rate and skin conductance follow its mirth and muscular
        // effort, its breathing rate the laugh exhalations and deep refills, and its RSA follows them rather than vagal
        // tone (Hirsch & Bishop 1981). Every index is left out over the laugh and as far on either side as its breaths
        // reach into the indices (the 30 s RSA window, the 20 s rate window), which also covers an SCR's recovery.
        if (evidenceOnly) {
            // Not laughter: its evidence is lung volume stepped below the resting level in pulses, and a strap's tilt
            // follows volume only roughly, its level set by gravity's running estimate, while a sob shakes the trunk in
            // pulses of its own (taking sobs for laughs cost the suite's strap 7 bouts in 561).
            context.warn(r.quality(), r.warnings());
            return;
        }
        List<BadInterval> laughter = LaughterBreathingDetector.detect(rsp, r.breaths(), stateful ? laughterMemo : null);
        context.otherBehaviour(laughter.stream().map(b -> b.widenedBy(RSA_REACH_SEC)).toList());
        context.warnAbout(laughter);
        context.breathOnsetsSec(Samples.wrap(r.onsetsSec()));
        for (Breath b : r.breaths()) {
            if (context.inBlock(b.onsetSec())) {
                context.block().breathsSec.add(b.onsetSec());
            }
        }
        context.warn(r.quality(), r.warnings());
    }

    /** Sets the block's speech row: 1 at grid points inside a speech stretch, 0 elsewhere (the belt is there). */
    private static void markSpeech(StageContext context, List<BadInterval> speech) {
        IndexBlock block = context.block();
        block.speech = new double[block.length];
        for (int i = 0; i < block.length; i++) {
            double t = block.timeSec(i, context.rateHz());
            block.speech[i] = speech.stream().anyMatch(b -> t >= b.startSec() && t < b.endSec()) ? 1 : 0;
        }
    }

    /** Feeds the samples that arrived since the last block to the stream and analyses {@code rsp}, the block's window. */
    private RspResult streamed(StageContext context, Channel rsp) {
        if (stream == null) {
            stream = new RspStream(RspConfig.defaults());
        }
        // a second before what was fed, so the first sample not fed yet is surely there
        stream.feed(context.since(ChannelType.RSP, Math.max(context.windowFromSec(), stream.fedUntilSec() - 1)),
                context.windowToSec());
        return stream.analyze(rsp, context.fromSec(), context.toSec());
    }
}
