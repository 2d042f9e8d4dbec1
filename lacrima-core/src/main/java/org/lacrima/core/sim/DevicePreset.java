package org.lacrima.core.sim;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.ChannelType;

/**
 * The kind of device a session is recorded with: which channels it has at which rates, and how
 * strongly its skin conductance responds.
 */
public enum DevicePreset {
    /** Laboratory amplifier (the defaults): ECG, PPG, EDA and respiration at the configured rates; finger EDA. */
    LAB(EnumSet.of(ChannelType.ECG, ChannelType.PPG, ChannelType.EDA, ChannelType.RSP), 0, 0, 0, 0, 0),
    /** Chest/torso lab-grade wearable: ECG 250 Hz, EDA 32 Hz (palmar leads), respiration belt 25 Hz, ACC 32 Hz. */
    CHEST(EnumSet.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP, ChannelType.ACC), 250, 0, 32, 25, 32),
    /**
     * Wrist, Empatica E4-like: EDA 4 Hz at the wrist (levels and responses about a tenth of palmar
     * ones: tonic rises of a few tenths of a µS), BVP 64 Hz, ACC 32 Hz; events stand for the tag button.
     */
    WRIST(EnumSet.of(ChannelType.PPG, ChannelType.EDA, ChannelType.ACC), 0, 64, 4, 0, 32),
    /** Chest strap that exports only RR intervals (Polar H10-like), with events. */
    RR_STRAP(EnumSet.of(ChannelType.RR), 0, 0, 0, 0, 0),
    /**
     * The same chest strap exporting its accelerometer too (a Polar H10 through Polar Sensor Logger: RR intervals
     * and ACC at 50 Hz), with events: the trunk's movement tells a walk from a build-up.
     */
    RR_STRAP_ACC(EnumSet.of(ChannelType.RR, ChannelType.ACC), 0, 0, 0, 0, 50),
    /**
     * The chest recording without an accelerometer, as many lab amplifiers and their CSV exports give it: ECG 250 Hz,
     * EDA 32 Hz (palmar leads), respiration belt 25 Hz. Walks, posture shifts and startles must then be told from a
     * build-up by what the heart, the skin and the breath show.
     */
    CHEST_NO_ACC(EnumSet.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP), 250, 0, 32, 25, 0);

    private final Set<ChannelType> channels;
    private final double ecgHz;
    private final double ppgHz;
    private final double edaHz;
    private final double rspHz;
    private final double accHz;

    DevicePreset(Set<ChannelType> channels, double ecgHz, double ppgHz, double edaHz, double rspHz, double accHz) {
        this.channels = Set.copyOf(channels);
        this.ecgHz = ecgHz;
        this.ppgHz = ppgHz;
        this.edaHz = edaHz;
        this.rspHz = rspHz;
        this.accHz = accHz;
    }

    /** The channel types the device records. */
    public Set<ChannelType> channels() {
        return channels;
    }

    /** Whether skin conductance is measured at the wrist (weak responses) rather than the palm or fingers. */
    public boolean wristEda() {
        return this == WRIST;
    }

    /** Where the device's accelerometer is worn: on the trunk for the chest devices, at the wrist for the E4-like one. */
    public BodySite accelerometerSite() {
        return switch (this) {
            case CHEST, RR_STRAP_ACC -> BodySite.CHEST;
            case WRIST -> BodySite.WRIST;
            default -> BodySite.UNKNOWN;
        };
    }

    /** This device's channels and rates applied to {@code config} (other settings kept). */
    public SimulationConfig applyTo(SimulationConfig config) {
        SimulationConfig.Builder b = config.toBuilder().device(this).channels(channels);
        double[] rates = {ecgHz, ppgHz, edaHz, rspHz, accHz};
        ChannelType[] types = {ChannelType.ECG, ChannelType.PPG, ChannelType.EDA, ChannelType.RSP, ChannelType.ACC};
        for (int i = 0; i < types.length; i++) {
            if (rates[i] > 0) {
                b.rateHz(types[i], rates[i]);
            }
        }
        return b.build();
    }

    /** Short name on the command line: lab, chest, chest-no-acc, wrist, rr, rr-acc. */
    public String token() {
        return switch (this) {
            case RR_STRAP -> "rr";
            case RR_STRAP_ACC -> "rr-acc";
            case CHEST_NO_ACC -> "chest-no-acc";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Parses {@code lab}, {@code chest}, {@code chest-no-acc}, {@code wrist}, {@code rr} or {@code rr-acc}
     * (case-insensitive).
     *
     * @throws IllegalArgumentException naming the token
     */
    public static DevicePreset parse(String token) {
        for (DevicePreset p : values()) {
            if (p.token().equalsIgnoreCase(token.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + token + "' (expected lab, chest, chest-no-acc, wrist, rr or rr-acc)");
    }
}
