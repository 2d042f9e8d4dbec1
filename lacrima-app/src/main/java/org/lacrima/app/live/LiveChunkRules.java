package org.lacrima.app.live;

import java.util.List;
import org.lacrima.core.model.Event;
import org.lacrima.io.ChannelInfo;

/** What a chunk must satisfy against the session's declared channels before anything of it is kept. */
final class LiveChunkRules {
    private LiveChunkRules() {
    }

    static Event event(double onsetSec, double durationSec, String label) throws LiveFrameException {
        if (!Double.isFinite(onsetSec) || onsetSec < 0 || !(durationSec >= 0) || Double.isInfinite(durationSec)) {
            throw new LiveFrameException("event '" + label + "' needs a finite onset >= 0 and a duration >= 0");
        }
        if (label.isBlank()) {
            throw new LiveFrameException("event without a label");
        }
        return new Event(onsetSec, durationSec, label.strip());
    }

    /**
     * Checks channel indices, sample kinds and values; for irregular channels that times increase and
     * continue after {@code lastTimes}.
     */
    static void check(LiveChunk chunk, List<ChannelInfo> channels, double[] lastTimes) throws LiveFrameException {
        boolean[] seen = new boolean[channels.size()];
        for (LiveChunk.ChannelSamples s : chunk.samples()) {
            if (s.channel() < 0 || s.channel() >= channels.size()) {
                throw new LiveFrameException("chunk " + chunk.seq() + ": no channel " + s.channel() + " was declared");
            }
            if (seen[s.channel()]) {
                throw new LiveFrameException("chunk " + chunk.seq() + ": channel " + s.channel() + " appears twice");
            }
            seen[s.channel()] = true;
            ChannelInfo info = channels.get(s.channel());
            boolean regular = LiveChannels.isRegular(info);
            if (regular == (s.timesSec() != null)) {
                throw new LiveFrameException("chunk " + chunk.seq() + ": channel " + info.label()
                        + (regular ? " is regular and takes no times" : " is irregular and needs a time per value"));
            }
            for (double v : s.values()) {
                if (Double.isInfinite(v)) {
                    throw new LiveFrameException("chunk " + chunk.seq() + ": channel " + info.label()
                            + " has an infinite value");
                }
            }
            if (s.timesSec() != null) {
                double last = lastTimes[s.channel()];
                for (double t : s.timesSec()) {
                    if (!Double.isFinite(t) || t <= last) {
                        throw new LiveFrameException("chunk " + chunk.seq() + ": channel " + info.label()
                                + " times must increase (" + t + " after " + last + ")");
                    }
                    last = t;
                }
            }
        }
    }
}
