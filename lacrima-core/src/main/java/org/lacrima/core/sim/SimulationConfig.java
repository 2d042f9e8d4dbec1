package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;

/**
 * What to simulate. Immutable; start from {@link #defaults()} and change fields with the
 * {@code withX} methods:
 * <pre>{@code
 * SimulationConfig cfg = SimulationConfig.defaults()
 *         .withDurationSec(40 * 60)
 *         .withEpisodes(List.of(EpisodeSpec.of(Outcome.RESOLVED), new EpisodeSpec(Outcome.SUBSIDED, true)))
 *         .withSeed(7)
 *         .withRateHz(ChannelType.EDA, 4);
 * }</pre>
 *
 * @param durationSec     session length in seconds
 * @param episodes        the episodes in session order; they are placed without overlap after a calm
 *                        baseline of at least 3 minutes, separated by calm stretches of at least 3.5 minutes
 * @param seed            the same seed (with the same other fields) gives identical samples
 * @param ratesHz         sampling rate in hertz per channel type; every type in {@code channels} needs one
 * @param noiseLevel      measurement noise and baseline wander: 0 is clean, 1 is a typical ambulatory
 *                        recording, larger is poor; also scales how often motion artefacts occur
 * @param channels        which channel types to generate (ECG, PPG, EDA, RSP, ACC)
 * @param mainsHumHz      mains interference frequency in hertz added to ECG, e.g. 50 or 60; 0 for none
 * @param motionArtefacts whether movements happen (seen on ACC, and corrupting EDA and PPG a little)
 * @param dropouts        stretches where a sensor reads flat zero
 */
public record SimulationConfig(double durationSec, List<EpisodeSpec> episodes, long seed,
                               Map<ChannelType, Double> ratesHz, double noiseLevel, Set<ChannelType> channels,
                               double mainsHumHz, boolean motionArtefacts, List<Dropout> dropouts) {

    /** The channel types the simulator can generate. */
    public static final Set<ChannelType> SUPPORTED_CHANNELS =
            Set.copyOf(EnumSet.of(ChannelType.ECG, ChannelType.PPG, ChannelType.EDA, ChannelType.RSP, ChannelType.ACC));

    public SimulationConfig {
        episodes = List.copyOf(episodes);
        ratesHz = Map.copyOf(ratesHz);
        channels = Set.copyOf(channels);
        dropouts = List.copyOf(dropouts);
        if (!(durationSec > 0) || Double.isInfinite(durationSec)) {
            throw new IllegalArgumentException("duration must be positive, got " + durationSec + " s");
        }
        if (!(noiseLevel >= 0) || Double.isInfinite(noiseLevel)) {
            throw new IllegalArgumentException("noise level must be >= 0, got " + noiseLevel);
        }
        if (!(mainsHumHz >= 0) || Double.isInfinite(mainsHumHz)) {
            throw new IllegalArgumentException("mains hum frequency must be >= 0 Hz, got " + mainsHumHz);
        }
        for (ChannelType type : channels) {
            if (!SUPPORTED_CHANNELS.contains(type)) {
                throw new IllegalArgumentException("the simulator cannot generate " + type
                        + " channels (supported: ECG, PPG, EDA, RSP, ACC)");
            }
            Double rate = ratesHz.get(type);
            if (rate == null || !(rate > 0) || rate.isInfinite()) {
                throw new IllegalArgumentException("sampling rate of " + type + " must be positive, got " + rate);
            }
        }
    }

    /**
     * A 40-minute session with one episode of each outcome (resolved, subsided, sustained), seed 1,
     * ECG 500 Hz, PPG 64 Hz, EDA 32 Hz, RSP 50 Hz (ACC 32 Hz when enabled), noise level 0.2,
     * 50 Hz mains hum, motion artefacts on, no dropouts.
     */
    public static SimulationConfig defaults() {
        Map<ChannelType, Double> rates = new EnumMap<>(ChannelType.class);
        rates.put(ChannelType.ECG, 500.0);
        rates.put(ChannelType.PPG, 64.0);
        rates.put(ChannelType.EDA, 32.0);
        rates.put(ChannelType.RSP, 50.0);
        rates.put(ChannelType.ACC, 32.0);
        return new SimulationConfig(40 * 60, List.of(EpisodeSpec.of(Outcome.RESOLVED), EpisodeSpec.of(Outcome.SUBSIDED),
                EpisodeSpec.of(Outcome.SUSTAINED)), 1, rates, 0.2,
                EnumSet.of(ChannelType.ECG, ChannelType.PPG, ChannelType.EDA, ChannelType.RSP), 50, true, List.of());
    }

    /** Sampling rate of a channel type in hertz. */
    public double rateHz(ChannelType type) {
        Double rate = ratesHz.get(type);
        if (rate == null) {
            throw new IllegalArgumentException("no sampling rate configured for " + type);
        }
        return rate;
    }

    /** Whether channels of this type are generated. */
    public boolean includes(ChannelType type) {
        return channels.contains(type);
    }

    /** A copy with another session length in seconds. */
    public SimulationConfig withDurationSec(double newDurationSec) {
        return new SimulationConfig(newDurationSec, episodes, seed, ratesHz, noiseLevel, channels, mainsHumHz,
                motionArtefacts, dropouts);
    }

    /** A copy with other episodes, in session order. */
    public SimulationConfig withEpisodes(List<EpisodeSpec> newEpisodes) {
        return new SimulationConfig(durationSec, newEpisodes, seed, ratesHz, noiseLevel, channels, mainsHumHz,
                motionArtefacts, dropouts);
    }

    /** A copy with episodes of these outcomes (none interrupted), in session order. */
    public SimulationConfig withOutcomes(Outcome... outcomes) {
        return withEpisodes(java.util.Arrays.stream(outcomes).map(EpisodeSpec::of).toList());
    }

    /** A copy with another seed. */
    public SimulationConfig withSeed(long newSeed) {
        return new SimulationConfig(durationSec, episodes, newSeed, ratesHz, noiseLevel, channels, mainsHumHz,
                motionArtefacts, dropouts);
    }

    /** A copy with the sampling rate of one channel type changed, in hertz. */
    public SimulationConfig withRateHz(ChannelType type, double rateHz) {
        Map<ChannelType, Double> rates = new EnumMap<>(ChannelType.class);
        rates.putAll(ratesHz);
        rates.put(type, rateHz);
        return new SimulationConfig(durationSec, episodes, seed, rates, noiseLevel, channels, mainsHumHz,
                motionArtefacts, dropouts);
    }

    /** A copy with another noise level (0 clean, 1 typical ambulatory). */
    public SimulationConfig withNoiseLevel(double newNoiseLevel) {
        return new SimulationConfig(durationSec, episodes, seed, ratesHz, newNoiseLevel, channels, mainsHumHz,
                motionArtefacts, dropouts);
    }

    /** A copy generating only these channel types. */
    public SimulationConfig withChannels(Set<ChannelType> newChannels) {
        return new SimulationConfig(durationSec, episodes, seed, ratesHz, noiseLevel, newChannels, mainsHumHz,
                motionArtefacts, dropouts);
    }

    /** A copy with or without the three accelerometer channels. */
    public SimulationConfig withAcc(boolean includeAcc) {
        Set<ChannelType> types = channels.isEmpty() ? EnumSet.noneOf(ChannelType.class) : EnumSet.copyOf(channels);
        if (includeAcc) {
            types.add(ChannelType.ACC);
        } else {
            types.remove(ChannelType.ACC);
        }
        return withChannels(types);
    }

    /** A copy with mains hum at this frequency in hertz (0: none). */
    public SimulationConfig withMainsHumHz(double newMainsHumHz) {
        return new SimulationConfig(durationSec, episodes, seed, ratesHz, noiseLevel, channels, newMainsHumHz,
                motionArtefacts, dropouts);
    }

    /** A copy with motion artefacts switched on or off. */
    public SimulationConfig withMotionArtefacts(boolean on) {
        return new SimulationConfig(durationSec, episodes, seed, ratesHz, noiseLevel, channels, mainsHumHz,
                on, dropouts);
    }

    /** A copy with other sensor dropouts. */
    public SimulationConfig withDropouts(List<Dropout> newDropouts) {
        return new SimulationConfig(durationSec, episodes, seed, ratesHz, noiseLevel, channels, mainsHumHz,
                motionArtefacts, newDropouts);
    }

    /** A copy with one more sensor dropout. */
    public SimulationConfig withDropout(Dropout dropout) {
        List<Dropout> all = new ArrayList<>(dropouts);
        all.add(Objects.requireNonNull(dropout, "dropout"));
        return withDropouts(all);
    }
}
