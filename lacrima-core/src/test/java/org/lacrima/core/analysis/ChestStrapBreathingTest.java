package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.Samples;
import org.lacrima.core.rsp.ChestAccelerometerBreathing;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.EpisodeVariety;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * A chest strap that exports RR intervals and its accelerometer, without a belt: the analysis draws the breathing from
 * the strap's tilt and sees the client's talking in it, as evidence only (no breathing index comes from it), streamed
 * or read whole alike; the same axes, where the format does not say they are worn on the chest, give nothing.
 */
class ChestStrapBreathingTest {
    private static Recording strapSession(long seed, List<String> episodes) {
        SimulationConfig config = SimulationConfig.preset(DevicePreset.RR_STRAP_ACC).withSeed(seed)
                .withDurationSec(36 * 60).withVariety(EpisodeVariety.WIDE)
                .withConfounders(EnumSet.of(ConfounderKind.TALKING, ConfounderKind.EMOTIONAL_TALKING))
                .withEpisodes(EpisodeSpec.parseList(episodes)).withConversation(true);
        return SessionSimulator.simulate(config).recording();
    }

    @Test
    void theStrapsTiltShowsTheTalkingWithoutStandingForBreathing() {
        Recording recording = strapSession(41, List.of("resolved"));
        assertThat(recording.metadata().accelerometerSite()).isEqualTo(BodySite.CHEST);
        SessionAnalysis analysis = new SessionAnalyzer().analyze(recording);

        assertThat(analysis.channels()).anyMatch(c -> c.label().equals(ChestAccelerometerBreathing.LABEL) && c.used());
        assertThat(analysis.warnings()).anyMatch(w -> w.startsWith("breathing drawn from the chest strap's accelerometer"));
        assertThat(analysis.warnings()).anyMatch(w -> w.contains(ChestAccelerometerBreathing.LABEL)
                && w.contains("speech breathing"));
        assertThat(analysis.index(Index.BREATHING_RATE)).isEmpty();
        assertThat(analysis.index(Index.IRREGULARITY)).isEmpty();
        assertThat(analysis.warnings()).anyMatch(w -> w.startsWith("heart rate alone carries the sympathetic axis"));
    }

    @Test
    void anAccelerometerInMetresPerSecondSquaredShowsTheSameTalking() {
        Recording strap = strapSession(41, List.of("resolved"));
        Recording metric = new Recording(strap.metadata(), strap.channels().stream()
                .map(c -> c.type() != ChannelType.ACC ? c : Channel.regular(c.label(), c.type(), "m/s^2", c.rateHz(),
                        c.startOffsetSec(), Samples.wrap(java.util.Arrays.stream(c.values().toArray())
                                .map(g -> g * 9.80665).toArray())))
                .toList(), strap.events());

        assertThat(speechWarnings(new SessionAnalyzer().analyze(metric)))
                .isNotEmpty().isEqualTo(speechWarnings(new SessionAnalyzer().analyze(strap)));
    }

    private static List<String> speechWarnings(SessionAnalysis analysis) {
        return analysis.warnings().stream().filter(w -> w.contains(ChestAccelerometerBreathing.LABEL)
                && w.contains("speech breathing")).toList();
    }

    @Test
    void anAccelerometerNotKnownToBeOnTheChestGivesNoBreathing() {
        Recording strap = strapSession(41, List.of("resolved"));
        Recording unknown = new Recording(strap.metadata().withAccelerometerSite(BodySite.UNKNOWN), strap.channels(),
                strap.events());
        SessionAnalysis analysis = new SessionAnalyzer().analyze(unknown);

        assertThat(analysis.channels()).noneMatch(c -> c.label().equals(ChestAccelerometerBreathing.LABEL));
        assertThat(analysis.warnings()).anyMatch(w -> w.startsWith("no respiration channel"));
    }

    @Test
    void aLiveFeedInChunksGivesTheFilesEpisodes() {
        Recording recording = strapSession(43, List.of("resolved", "sustained"));
        SessionAnalysis file = new SessionAnalyzer().analyze(recording);

        SessionAnalysis streamed = RandomChunks.streamed(recording, AnalysisOptions.defaults(), 43);

        assertThat(file.episodes()).isNotEmpty();
        assertThat(streamed.episodes()).hasSameSizeAs(file.episodes());
        for (int i = 0; i < file.episodes().size(); i++) {
            Episode w = file.episodes().get(i);
            Episode s = streamed.episodes().get(i);
            assertThat(s.outcome()).isEqualTo(w.outcome());
            assertThat(s.peakSec()).isCloseTo(w.peakSec(), within(2.0));
        }
        assertThat(streamed.warnings()).anyMatch(w -> w.contains(ChestAccelerometerBreathing.LABEL)
                && w.contains("speech breathing"));
    }
}
