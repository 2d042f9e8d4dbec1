package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Channel;

/**
 * The client's arrival ({@link SimulationConfig#arrival()}): the heart comes down from walking in over the first minutes,
 * a posture shift or two and a check-in talk open the session, and the episodes stay where they were.
 */
class ArrivalSimulationTest {
    private static SimulationConfig session(long seed, List<String> episodes) {
        return SimulationConfig.preset(DevicePreset.RR_STRAP).withSeed(seed).withDurationSec(20 * 60)
                .withVariety(EpisodeVariety.WIDE).withConfounders(EnumSet.of(ConfounderKind.SIGH))
                .withEpisodes(EpisodeSpec.parseList(episodes));
    }

    /** Mean heart rate (bpm) of the RR export's beats in {@code [fromSec, toSec)}. */
    private static double meanBpm(SimulatedSession s, double fromSec, double toSec) {
        Channel rr = s.recording().channels(ChannelType.RR).get(0);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < rr.length(); i++) {
            double t = rr.timeOfSec(i);
            if (t >= fromSec && t < toSec) {
                sum += 60 / rr.values().get(i); // intervals in seconds
                n++;
            }
        }
        return sum / n;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theSessionOpensWithSettlingInAndATalkClearOfTheEpisodes(long seed) {
        SimulatedSession without = SessionSimulator.simulate(session(seed, List.of("resolved")));
        SimulatedSession with = SessionSimulator.simulate(session(seed, List.of("resolved")).withArrival(true));

        assertThat(with.truth().episodes()).isEqualTo(without.truth().episodes());
        assertThat(without.truth().confounders()).noneMatch(c -> c.kind() == ConfounderKind.ARRIVAL);
        assertThat(with.truth().confounders()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ConfounderKind.ARRIVAL);
            assertThat(c.startSec()).isZero();
        });
        assertThat(with.truth().confounders())
                .filteredOn(c -> c.kind() == ConfounderKind.POSTURE_SHIFT && c.startSec() < 90).isNotEmpty();
        double firstOnset = with.truth().episodes().get(0).onsetSec();
        assertThat(with.truth().confounders())
                .filteredOn(c -> (c.kind() == ConfounderKind.TALKING || c.kind() == ConfounderKind.EMOTIONAL_TALKING)
                        && c.startSec() >= 10 && c.startSec() <= 40)
                .allSatisfy(talk -> assertThat(talk.endSec()).isLessThanOrEqualTo(firstOnset - 60));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theHeartComesDownFromWalkingInAndIsBackOnceTheCheckInIsOver(long seed) {
        SimulatedSession without = SessionSimulator.simulate(session(seed, List.of()));
        SimulatedSession with = SessionSimulator.simulate(session(seed, List.of()).withArrival(true));
        double talkEnd = with.truth().confounders().stream()
                .filter(c -> c.kind() == ConfounderKind.TALKING || c.kind() == ConfounderKind.EMOTIONAL_TALKING)
                .mapToDouble(Confounder::endSec).min().orElseThrow();

        // walking's extra beats (6-16 bpm at sitting down, 40-s time constant) and the check-in's, over a minute after it
        assertThat(meanBpm(with, 5, 35) - meanBpm(without, 5, 35)).isGreaterThan(3);
        assertThat(Math.abs(meanBpm(with, talkEnd + 90, talkEnd + 150) - meanBpm(without, talkEnd + 90, talkEnd + 150)))
                .isLessThan(2);
    }
}
