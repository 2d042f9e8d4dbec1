package org.lacrima.core.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.MotionTracker;
import org.lacrima.core.rsp.ChestAccelerometerBreathing;

/**
 * Feeds a chest-worn accelerometer, as it arrives, to one {@link ChestAccelerometerBreathing}, and appends the
 * breathing it derives as a respiration channel of its own: a session recorded with a chest strap and no belt then
 * shows when the client talked, as a belt would show it, streamed or read whole alike (the respiration stage takes
 * the derived channel as evidence of speech only).
 */
final class ChestBreathingFeed {
    private final List<String> axes;
    private final double rateHz;
    private final double startSec;
    private final ChestAccelerometerBreathing deriver;
    private final double[] gPerUnit;
    private long fed;

    private ChestBreathingFeed(List<Channel> axes) {
        this.axes = axes.stream().map(Channel::label).toList();
        this.rateHz = axes.get(0).rateHz();
        this.startSec = axes.get(0).startOffsetSec();
        this.deriver = new ChestAccelerometerBreathing(rateHz);
        this.gPerUnit = axes.stream().mapToDouble(c -> MotionTracker.toG(c.unit())).toArray();
    }

    /**
     * The feed for a recording whose accelerometer the metadata places on the chest, when it has three axes fast
     * enough for a breath's timing and no respiration channel of its own; empty otherwise.
     */
    static Optional<ChestBreathingFeed> of(RecordingMetadata metadata, List<Channel> channels) {
        if (metadata.accelerometerSite() != BodySite.CHEST
                || channels.stream().anyMatch(c -> c.type() == ChannelType.RSP)) {
            return Optional.empty();
        }
        List<Channel> acc = channels.stream().filter(c -> c.type() == ChannelType.ACC).toList();
        return ChestAccelerometerBreathing.canDerive(acc) ? Optional.of(new ChestBreathingFeed(acc)) : Optional.empty();
    }

    /** The derived channel before any sample, for the channel selection to find. */
    Channel placeholder() {
        return Channel.regular(ChestAccelerometerBreathing.LABEL, ChannelType.RSP, "mg", rateHz, startSec,
                Samples.empty());
    }

    /** Derives the breathing of the samples every axis has received since the last call, into its own buffer. */
    void advance(Map<String, ChannelBuffer> buffers) {
        long available = BufferedAxes.commonLength(buffers, axes);
        if (available <= fed) {
            return;
        }
        double[][] chunk = BufferedAxes.values(buffers, axes, fed, available);
        for (int a = 0; a < chunk.length; a++) { // the deriver's thresholds are in g
            if (gPerUnit[a] != 1) {
                for (int i = 0; i < chunk[a].length; i++) {
                    chunk[a][i] *= gPerUnit[a];
                }
            }
        }
        Channel derived = deriver.channel(deriver.next(chunk), startSec + fed / rateHz);
        buffers.computeIfAbsent(ChestAccelerometerBreathing.LABEL, l -> new ChannelBuffer()).append(derived);
        fed = available;
    }
}
