package org.lacrima.app.testsupport;

import java.util.EnumSet;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.EpisodeVariety;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * Analyses of simulated 40-minute therapy-room sessions recorded with an RR strap alone: widened episodes and every
 * everyday confounder, so that some rises are followed and turned down (what the outputs of dropped candidates need
 * to be tested on).
 */
public final class RoomSessions {
    private RoomSessions() {
    }

    /** The analysis of the strap session drawn from {@code seed}. */
    public static SessionAnalysis strapAnalysis(long seed) {
        return new SessionAnalyzer(AnalysisOptions.defaults()).analyze(SessionSimulator.simulate(
                DevicePreset.RR_STRAP.applyTo(SimulationConfig.defaults().withSeed(seed).withDurationSec(40 * 60)
                        .withVariety(EpisodeVariety.WIDE).withConfounders(EnumSet.allOf(ConfounderKind.class))))
                .recording());
    }
}
