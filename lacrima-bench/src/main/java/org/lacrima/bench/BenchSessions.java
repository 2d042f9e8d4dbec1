package org.lacrima.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * The simulated sessions every benchmark measures, with fixed seeds so two runs (and two machines)
 * time the same samples.
 *
 * <p>Chest: ECG 500 Hz, EDA 32 Hz, RSP 50 Hz. Wrist: BVP (PPG) 64 Hz, EDA 4 Hz, 3-axis ACC 32 Hz. Strap: RR
 * intervals and 3-axis ACC 50 Hz.
 * Episodes recur at one per 20 minutes (resolved, subsided, sustained in turn) so that the work per
 * minute is the same at every session length, which the scaling run relies on.
 */
public final class BenchSessions {
    /** Seed of every benchmark session. */
    public static final long SEED = 20_260_105L;
    private static final double EPISODE_EVERY_MIN = 20;
    private static final Outcome[] CYCLE = {Outcome.RESOLVED, Outcome.SUBSIDED, Outcome.SUSTAINED};

    private BenchSessions() {
    }

    /** A chest-strap session (ECG 500 Hz, EDA 32 Hz, RSP 50 Hz) of {@code minutes}. */
    public static SimulatedSession chest(double minutes) {
        return SessionSimulator.simulate(chestConfig(minutes));
    }

    /** A wrist session (BVP 64 Hz, EDA 4 Hz, ACC 32 Hz) of {@code minutes}. */
    public static SimulatedSession wrist(double minutes) {
        return SessionSimulator.simulate(wristConfig(minutes));
    }

    /** The chest configuration, restricted to {@code only} channel types when given (same samples). */
    public static SimulationConfig chestConfig(double minutes, ChannelType... only) {
        SimulationConfig base = base(minutes)
                .withRateHz(ChannelType.ECG, 500).withRateHz(ChannelType.EDA, 32).withRateHz(ChannelType.RSP, 50)
                .withChannels(EnumSet.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP));
        return only.length == 0 ? base : base.withChannels(Set.of(only));
    }

    /** A chest strap exporting RR intervals and its 3-axis accelerometer at 50 Hz (a Polar H10), of {@code minutes}. */
    public static SimulatedSession strap(double minutes) {
        return SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.RR_STRAP_ACC)
                .withDurationSec(minutes * 60).withEpisodes(episodes(minutes)).withSeed(SEED));
    }

    /** The wrist configuration. */
    public static SimulationConfig wristConfig(double minutes) {
        return base(minutes)
                .withRateHz(ChannelType.PPG, 64).withRateHz(ChannelType.EDA, 4).withRateHz(ChannelType.ACC, 32)
                .withChannels(EnumSet.of(ChannelType.PPG, ChannelType.EDA, ChannelType.ACC));
    }

    private static SimulationConfig base(double minutes) {
        return SimulationConfig.defaults()
                .withDurationSec(minutes * 60)
                .withEpisodes(episodes(minutes))
                .withSeed(SEED);
    }

    /** One episode per 20 minutes, at least one from 10 minutes on; none in shorter (smoke-test) sessions. */
    static List<EpisodeSpec> episodes(double minutes) {
        int count = minutes < 10 ? 0 : Math.max(1, (int) Math.floor(minutes / EPISODE_EVERY_MIN));
        List<EpisodeSpec> specs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            specs.add(EpisodeSpec.of(CYCLE[i % CYCLE.length]));
        }
        return specs;
    }
}
