package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;

class SimulationConfigTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"resolved,RESOLVED,false", "Sustained,SUSTAINED,false", "subsided,SUBSIDED,false",
            "subsided-interrupted,SUBSIDED,true", "SUBSIDED:interrupted,SUBSIDED,true", " resolved ,RESOLVED,false"})
    void episodeTokensParse(String token, Outcome outcome, boolean interrupted) {
        EpisodeSpec spec = EpisodeSpec.parse(token);

        assertThat(spec).isEqualTo(new EpisodeSpec(outcome, interrupted));
        assertThat(EpisodeSpec.parse(spec.token())).isEqualTo(spec);
    }

    @Test
    void unknownEpisodeTokenIsNamed() {
        assertThatThrownBy(() -> EpisodeSpec.parse("crying"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'crying'");
    }

    @Test
    void invalidSettingsAreRejectedWithTheirValue() {
        SimulationConfig d = SimulationConfig.defaults();
        assertThatThrownBy(() -> d.withDurationSec(0)).hasMessageContaining("duration");
        assertThatThrownBy(() -> d.withNoiseLevel(-1)).hasMessageContaining("noise");
        assertThatThrownBy(() -> d.withRateHz(ChannelType.EDA, 0)).hasMessageContaining("EDA");
        assertThatThrownBy(() -> d.withChannels(Set.of(ChannelType.TEMP))).hasMessageContaining("TEMP");
        assertThatThrownBy(() -> new Dropout(ChannelType.ECG, 10, 5)).hasMessageContaining("ECG");
    }

    @Test
    void tooShortSessionSaysHowLongItMustBe() {
        SimulationConfig cfg = SimulationConfig.defaults().withDurationSec(10 * 60)
                .withOutcomes(Outcome.SUSTAINED, Outcome.RESOLVED);

        assertThatThrownBy(() -> SessionSimulator.simulate(cfg))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("a session of 10.0 min is too short for 2 episodes .*needs about \\d+ min.*");
    }

    @Test
    void withAccTogglesTheAccelerometerOnly() {
        SimulationConfig d = SimulationConfig.defaults();

        assertThat(d.withAcc(true).channels()).contains(ChannelType.ACC).containsAll(d.channels());
        assertThat(d.withAcc(true).withAcc(false).channels()).isEqualTo(d.channels());
    }

    @Test
    void builderAndWithMethodsAgree() {
        SimulationConfig d = SimulationConfig.defaults();
        SimulationConfig built = d.toBuilder().seed(9).durationSec(1200).rateHz(ChannelType.EDA, 4).acc(true)
                .noiseLevel(0.7).mainsHumHz(60).motionArtefacts(false)
                .dropout(new Dropout(ChannelType.ECG, 10, 20)).build();
        SimulationConfig chained = d.withSeed(9).withDurationSec(1200).withRateHz(ChannelType.EDA, 4).withAcc(true)
                .withNoiseLevel(0.7).withMainsHumHz(60).withMotionArtefacts(false)
                .withDropout(new Dropout(ChannelType.ECG, 10, 20));

        assertThat(built).isEqualTo(chained);
        assertThat(built.rateHz(ChannelType.EDA)).isEqualTo(4.0);
        assertThat(built.rateHz(ChannelType.ECG)).isEqualTo(d.rateHz(ChannelType.ECG));
        assertThat(d.seed()).isEqualTo(1);
    }
}
