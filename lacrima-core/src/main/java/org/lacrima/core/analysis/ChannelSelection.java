package org.lacrima.core.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.rsp.ChestAccelerometerBreathing;

/**
 * Which channel feeds each analysed type: the first of its type in file order, or for ECG the one the
 * user named. Device heart rate is used only when no ECG, RR or PPG exists. The accelerometer axes
 * (regular ACC channels at the rate of the first) feed the motion mask together.
 */
final class ChannelSelection {
    /** Types the analysis reads. */
    static final List<ChannelType> ANALYSED = List.of(ChannelType.ECG, ChannelType.PPG, ChannelType.RR,
            ChannelType.HR, ChannelType.EDA, ChannelType.RSP);

    private final Map<ChannelType, String> labels = new EnumMap<>(ChannelType.class);
    /** Read-only view of {@link #labels}: a live feed asks for it at every chunk and every window. */
    private final Map<ChannelType, String> labelsView = Collections.unmodifiableMap(labels);
    private final List<String> accelerometer;

    ChannelSelection(List<Channel> channels, String ecgLabel, String source) {
        if (ecgLabel != null) {
            Channel named = channels.stream().filter(c -> c.label().equals(ecgLabel)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(source + ": no channel labelled '" + ecgLabel
                            + "' (channels: " + String.join(", ", channels.stream().map(Channel::label).toList()) + ")"));
            labels.put(ChannelType.ECG, named.label());
        }
        for (Channel c : channels) {
            if (ANALYSED.contains(c.type())) {
                labels.putIfAbsent(c.type(), c.label());
            }
        }
        if (labels.containsKey(ChannelType.ECG) || labels.containsKey(ChannelType.RR)
                || labels.containsKey(ChannelType.PPG)) {
            labels.remove(ChannelType.HR);
        }
        List<Channel> acc = channels.stream().filter(c -> c.type() == ChannelType.ACC && c.isRegular()).toList();
        accelerometer = acc.stream().filter(c -> c.rateHz() == acc.get(0).rateHz()).map(Channel::label).toList();
    }

    /** Labels of the accelerometer axes the motion mask reads; empty without an accelerometer. */
    List<String> accelerometer() {
        return accelerometer;
    }

    /** The label used for {@code type}, if any. */
    Optional<String> label(ChannelType type) {
        return Optional.ofNullable(labels.get(type));
    }

    /** Whether a channel of {@code type} is analysed. */
    boolean has(ChannelType type) {
        return labels.containsKey(type);
    }

    /** Whether the respiration analysed is recorded by a belt, not derived from a chest strap's accelerometer. */
    boolean hasBelt() {
        return label(ChannelType.RSP).filter(l -> !ChestAccelerometerBreathing.isDerived(l)).isPresent();
    }

    /** Whether this channel is the one analysed for its type. */
    boolean uses(Channel channel) {
        return channel.label().equals(labels.get(channel.type()));
    }

    /** Selected type → label. */
    Map<ChannelType, String> labels() {
        return labelsView;
    }
}
