package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.hrv.HrvSummary;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;

/**
 * HRV comes out of the same pipeline as heart rate, from whichever beat source the session has: a
 * summary of the whole session and one per episode (onset to end), in physiological ranges; none
 * without beats.
 */
class SessionHrvTest {
    static Stream<Arguments> sessions() {
        return Stream.of(Arguments.of(21L, Set.of(ChannelType.ECG, ChannelType.EDA)),
                Arguments.of(22L, Set.of(ChannelType.PPG, ChannelType.RSP)),
                Arguments.of(23L, Set.of(ChannelType.RR)),
                Arguments.of(24L, Set.of(ChannelType.ECG, ChannelType.RSP, ChannelType.EDA)));
    }

    @ParameterizedTest
    @MethodSource("sessions")
    void everyBeatSourceGivesSessionAndEpisodeHrv(long seed, Set<ChannelType> channels) {
        SimulatedSession session = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed)
                .withDurationSec(30 * 60).withOutcomes(Outcome.RESOLVED, Outcome.SUBSIDED).withChannels(channels));
        SessionAnalysis analysis = new SessionAnalyzer().analyze(session.recording());

        SessionHrv hrv = analysis.hrv();
        assertThat(hrv.assessed()).isTrue();
        assertThat(hrv.episodes()).hasSameSizeAs(analysis.episodes());
        HrvSummary all = hrv.session();
        assertThat(all.intervals()).isGreaterThan(1000);
        assertThat(all.meanHrBpm()).isBetween(40.0, 140.0);
        assertThat(all.sdnnMs()).isBetween(5.0, 300.0);
        assertThat(all.rmssdMs()).isPositive();
        assertThat(all.lfPowerMs2()).isPositive();
        assertThat(all.hfPowerMs2()).isPositive();
        for (int i = 0; i < hrv.episodes().size(); i++) {
            assertThat(hrv.episodes().get(i).fromSec()).isEqualTo(analysis.episodes().get(i).onsetSec());
            assertThat(hrv.episodes().get(i).intervals()).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32})
    void aSessionWithoutBeatsHasNoHrvAndALiveSnapshotNoneYet(long seed) {
        SimulatedSession session = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed)
                .withDurationSec(10 * 60).withOutcomes().withChannels(Set.of(ChannelType.EDA)));
        assertThat(new SessionAnalyzer().analyze(session.recording()).hrv().assessed()).isFalse();

        SimulatedSession withBeats = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed)
                .withDurationSec(10 * 60).withOutcomes().withChannels(Set.of(ChannelType.ECG)));
        LiveAnalyzer live = new LiveAnalyzer(withBeats.recording().metadata(), AnalysisOptions.defaults());
        live.accept(withBeats.recording());
        assertThat(live.snapshot().hrv().assessed()).isFalse();
        assertThat(live.finish().hrv().assessed()).isTrue();
    }
}
