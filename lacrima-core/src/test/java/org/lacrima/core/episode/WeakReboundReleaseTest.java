package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Event;

/**
 * A brief bout that released (fast drop, P back a little above rest) with a weak vagal rebound, on hand-built traces:
 * kept when its build-up was witnessed by every system (skin conductance and heart rate rising, RSA withdrawing),
 * dropped when a system stayed silent, when P merely came back to rest, or when P is only the inverted heart rate (an RR
 * strap alone); after a marked intervention (calming lifts vagal tone by itself) a build-up cut short, not a release.
 */
class WeakReboundReleaseTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    /**
     * Calm for 5 minutes, a 30 s build-up to 3 z, a fast drop (time constant 15 s) back to rest; P withdraws to
     * {@code withdrawal} z during the build-up and comes back to 0.5 z over rest: a rebound, but weaker than the held
     * 1 z a brief bout needs otherwise.
     */
    private static AxisTrace release(long seed, double withdrawal) {
        return new AxisTrace(900).rampS(300, 330, 3).decayS(335, 15, 0)
                .rampP(300, 330, withdrawal).decayP(340, 20, 0.5).jitter(seed, 0.05);
    }

    private static List<Episode> withChannels(AxisTrace t, boolean rsa, boolean edaRises, boolean hrRises) {
        double[] flat = new double[t.s.length];
        return t.episodes(List.of("EDA", "HR"), rsa, edaRises ? t.s : flat, hrRises ? t.s : flat);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aReleaseWithAWeakReboundAfterAWholeSPhaseIsAResolvedBout(long seed) {
        List<Episode> found = withChannels(release(seed, -2), true, true, true);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(found.get(0).peakSec()).isBetween(320.0, 340.0);
        assertThat(found.get(0).metrics().vagalReboundSize()).isLessThan(DetectorSettings.defaults().agreementRise());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void withOnlyOneChannelBehindSRisingItIsNoEpisode(long seed) {
        // skin conductance alone (an SCR burst) with the vagal dip: two witnesses confirm the rise, not a whole S-phase
        assertThat(withChannels(release(seed, -2), true, true, false)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void withoutVagalWithdrawalItIsNoEpisode(long seed) {
        // P unmoved during the rise, then a little above rest: both channels rose, but nothing says vagal tone withdrew
        assertThat(withChannels(release(seed, 0), true, true, true)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void withPOnlyBackWhereItSatItIsNoEpisode(long seed) {
        // a whole S-phase, a fast drop, but RSA merely returns to rest: an orienting response, no rebound at all
        AxisTrace t = new AxisTrace(900).rampS(300, 330, 3).decayS(335, 15, 0)
                .rampP(300, 330, -2).decayP(340, 20, 0).jitter(seed, 0.05);

        assertThat(withChannels(t, true, true, true)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void afterAnInterventionInTheBuildUpAWeakRiseOfVagalToneIsNoRelease(long seed) {
        // calming (and the slow breathing a therapist paces then) lifts vagal tone by itself: a weak lift is no rebound,
        // and the build-up the intervention cut short is reported as such
        AxisTrace t = release(seed, -2);
        double[] s = t.s;

        assertThat(t.episodes(List.of(Event.at(320, "calming intervention")), List.of("EDA", "HR"), true, s, s))
                .singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.SUBSIDED);
                    assertThat(e.interrupted()).isTrue();
                    assertThat(e.releaseSec()).isNaN();
                });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void withTheHeartAloneItIsNoEpisode(long seed) {
        // an RR strap: P is the inverted heart rate, no witness of its own, and P alone cannot tell a weak rebound
        assertThat(withChannels(release(seed, -2), false, true, true)).isEmpty();
    }
}
