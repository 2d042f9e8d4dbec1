package org.lacrima.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.json.AnalysisJsonWriter;

class StartupWarmupTest {

    /** The warm-up swallows its failures at run time (it is only a head start), so a broken one would go unnoticed. */
    @Test
    void theWarmUpRunsToItsEnd() throws Exception {
        StartupWarmup.warmUp();
    }

    /** The warm-up analyses on its own thread while the command analyses: it must share no state with it. */
    @ParameterizedTest
    @ValueSource(longs = {3, 11})
    void anAnalysisBesideTheWarmUpIsTheAnalysisAlone(long seed) throws Exception {
        Recording session = SessionSimulator.simulate(SimulationConfig.defaults()
                .withDurationSec(8 * 60)
                .withEpisodes(List.of(EpisodeSpec.of(Outcome.RESOLVED)))
                .withChannels(EnumSet.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP))
                .withSeed(seed)).recording();
        AnalysisJsonWriter json = new AnalysisJsonWriter(true);
        String alone = json.toJson(new SessionAnalyzer().analyze(session));

        CompletableFuture<Void> warmUps = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 3; i++) {
                try {
                    StartupWarmup.warmUp();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        String beside = json.toJson(new SessionAnalyzer().analyze(session));
        warmUps.get();

        assertThat(beside).isEqualTo(alone);
    }
}
