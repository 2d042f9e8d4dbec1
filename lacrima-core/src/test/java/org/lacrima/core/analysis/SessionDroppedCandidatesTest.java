package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.EpisodeVariety;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * An analysis carries the rises its detector followed and turned down ({@link SessionAnalysis#droppedCandidates()}):
 * in therapy-room sessions full of confounders some are turned down on every device, each lies inside the recording
 * with its onset, highest point and the moment it was turned down in that order, and none is also reported as an
 * episode.
 */
class SessionDroppedCandidatesTest {
    private static final long[] SEEDS = {31, 32, 33, 34};

    @ParameterizedTest
    @EnumSource(value = DevicePreset.class, names = {"CHEST", "WRIST", "RR_STRAP"})
    void roomSessionsReportTheRisesTurnedDown(DevicePreset device) {
        List<DroppedCandidate> all = new ArrayList<>();
        for (long seed : SEEDS) {
            SimulationConfig config = device.applyTo(SimulationConfig.defaults().withSeed(seed).withDurationSec(40 * 60)
                    .withVariety(EpisodeVariety.WIDE).withConfounders(EnumSet.allOf(ConfounderKind.class)));
            SessionAnalysis a = new SessionAnalyzer(AnalysisOptions.defaults())
                    .analyze(SessionSimulator.simulate(config).recording());
            for (DroppedCandidate d : a.droppedCandidates()) {
                assertThat(d.onsetSec()).isBetween(0.0, d.peakSec());
                assertThat(d.peakSec()).isLessThanOrEqualTo(d.droppedAtSec());
                assertThat(d.droppedAtSec()).isLessThanOrEqualTo(a.durationSec());
                for (Episode e : a.episodes()) {
                    assertThat(d.onsetSec() == e.onsetSec() && d.peakSec() == e.peakSec()).as("%s is also %s", d, e)
                            .isFalse();
                }
            }
            all.addAll(a.droppedCandidates());
        }
        assertThat(all).as("rises turned down on %s over seeds %s", device, SEEDS).isNotEmpty();
    }
}
