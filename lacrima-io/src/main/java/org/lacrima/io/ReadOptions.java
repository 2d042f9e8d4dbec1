package org.lacrima.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lacrima.core.model.ChannelType;

/**
 * How to read a recording file.
 *
 * @param format       the format to assume; empty to detect it from the content
 * @param channelTypes channel label (or CSV column) to type, matched case-insensitively; overrides
 *                     the typing from labels (the CLI's {@code --channel COLUMN=TYPE})
 * @param rateHz       sampling rate in hertz for a CSV without a {@code time} column (the CLI's {@code --rate})
 * @param budget       the memory one recording may need; larger ones are refused before allocating
 */
public record ReadOptions(Optional<RecordingFormat> format, Map<String, ChannelType> channelTypes,
                          OptionalDouble rateHz, ReadBudget budget) {
    public ReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(rateHz, "rateHz");
        Objects.requireNonNull(budget, "budget");
        channelTypes = Map.copyOf(channelTypes);
        if (rateHz.isPresent() && !(rateHz.getAsDouble() > 0 && Double.isFinite(rateHz.getAsDouble()))) {
            throw new IllegalArgumentException("sampling rate must be a positive number of hertz, got "
                    + rateHz.getAsDouble());
        }
    }

    /** Detect the format, type channels by label, the {@linkplain ReadBudget#defaults() default budget}. */
    public static ReadOptions defaults() {
        return new ReadOptions(Optional.empty(), Map.of(), OptionalDouble.empty(), ReadBudget.defaults());
    }

    /** A copy that assumes {@code f} instead of detecting. */
    public ReadOptions withFormat(RecordingFormat f) {
        return new ReadOptions(Optional.of(f), channelTypes, rateHz, budget);
    }

    /** A copy with the CSV sampling rate in hertz. */
    public ReadOptions withRateHz(double hz) {
        return new ReadOptions(format, channelTypes, OptionalDouble.of(hz), budget);
    }

    /** A copy that refuses recordings needing more than {@code b} (e.g. a server's share per analysis). */
    public ReadOptions withBudget(ReadBudget b) {
        return new ReadOptions(format, channelTypes, rateHz, b);
    }

    /** A copy that also maps the channel or column {@code label} to {@code type}. */
    public ReadOptions withChannel(String label, ChannelType type) {
        Map<String, ChannelType> m = new LinkedHashMap<>(channelTypes);
        m.put(label, type);
        return new ReadOptions(format, m, rateHz, budget);
    }

    /**
     * A copy with a mapping given as {@code COLUMN=TYPE} (e.g. {@code "Chest=RSP"}), the CLI's
     * {@code --channel} syntax; TYPE is a {@link ChannelType} name, case-insensitive.
     *
     * @throws IllegalArgumentException naming the bad mapping and the known types
     */
    public ReadOptions withChannelMapping(String mapping) {
        int eq = mapping.lastIndexOf('=');
        if (eq <= 0 || eq == mapping.length() - 1) {
            throw new IllegalArgumentException("channel mapping '" + mapping + "' is not COLUMN=TYPE");
        }
        String typeName = mapping.substring(eq + 1).trim().toUpperCase(java.util.Locale.ROOT);
        ChannelType type = switch (typeName) {
            case "BVP" -> ChannelType.PPG;
            case "GSR" -> ChannelType.EDA;
            case "RESP" -> ChannelType.RSP;
            case "EKG" -> ChannelType.ECG;
            default -> {
                try {
                    yield ChannelType.valueOf(typeName);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("channel mapping '" + mapping + "': unknown type '"
                            + typeName + "' (known: " + java.util.Arrays.toString(ChannelType.values()) + ")", e);
                }
            }
        };
        return withChannel(mapping.substring(0, eq).trim(), type);
    }

    /** The channel typing these options ask for. */
    public ChannelTyping typing() {
        return ChannelTyping.withOverrides(channelTypes);
    }
}
