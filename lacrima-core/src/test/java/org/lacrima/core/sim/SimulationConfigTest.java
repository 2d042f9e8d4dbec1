package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
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

    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({"1,SUSTAINED RESOLVED", "2,SUSTAINED RESOLVED", "3,RESOLVED SUSTAINED SUBSIDED", "4,SUBSIDED SUBSIDED",
            "5,SUSTAINED SUSTAINED", "6,RESOLVED SUSTAINED", "7,SUSTAINED RESOLVED SUBSIDED SUSTAINED"})
    void aTooShortSessionNamesALengthThatFits(long seed, String outcomes) {
        Outcome[] script = Arrays.stream(outcomes.split(" ")).map(Outcome::valueOf).toArray(Outcome[]::new);
        SimulationConfig tooShort = SimulationConfig.defaults().withSeed(seed).withDurationSec(8 * 60)
                .withOutcomes(script);

        String message = catchThrowableOfType(
                () -> SessionSimulator.simulate(tooShort), IllegalArgumentException.class).getMessage();
        assertThat(message).matches("a session of 8.0 min is too short for \\d+ episodes .*need at least \\d+ min.*");
        double namedMin = Double.parseDouble(message.replaceAll(".*need at least (\\d+) min.*", "$1"));

        // the length named is what those episodes need: a session of it simulates them all
        SimulatedSession session = SessionSimulator.simulate(tooShort.withDurationSec(namedMin * 60));
        assertThat(session.truth().episodes()).hasSize(script.length);
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
