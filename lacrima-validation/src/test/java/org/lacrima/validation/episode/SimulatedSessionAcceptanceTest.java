package org.lacrima.validation.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 acceptance on simulated sessions with known truth: detection F1, outcome accuracy, peak
 * error of resolved episodes, and no episode in episode-free hours. Prints the confusion matrix.
 * The perturbed model must also reach issue 12's outcome accuracy of 0.90.
 */
class SimulatedSessionAcceptanceTest {

    private static EpisodeScore total(List<SessionSuite.CaseResult> results, String title) {
        EpisodeScore total = new EpisodeScore();
        StringBuilder problems = new StringBuilder();
        for (SessionSuite.CaseResult r : results) {
            total.addAll(r.score());
            boolean wrong = r.score().missed > 0 || r.score().falseDetections > 0
                    || r.score().outcomeAccuracy() < 1;
            if (wrong) {
                problems.append(SessionSuite.describe(r));
            }
        }
        System.out.println("== " + title + " (" + results.size() + " sessions)\n" + total.table());
        if (problems.length() > 0) {
            System.out.println("sessions with an error:\n" + problems);
        }
        return total;
    }

    @Test
    void variedSessionsMeetTheDetectionAndOutcomeTargets() {
        List<SessionCase> cases = new ArrayList<>();
        LongStream.rangeClosed(1, 64).forEach(seed -> cases.add(SessionSuite.varied(seed, (int) (seed % 6), 1, 1)));

        EpisodeScore score = total(SessionSuite.runAll(cases), "varied simulated sessions");

        assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.outcomeAccuracy()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.medianResolvedPeakErrorSec()).isLessThanOrEqualTo(10);
    }

    @Test
    void episodeFreeHoursHaveNoEpisodes() {
        List<SessionCase> cases = new ArrayList<>();
        LongStream.rangeClosed(101, 120).forEach(seed -> {
            SessionCase c = SessionSuite.varied(seed, 0, 1, 1);
            cases.add(new SessionCase(c.name().replaceFirst("\\d+ min", "60 min"), c.config().withDurationSec(3600),
                    c.subset(), 1, 1));
        });

        List<SessionSuite.CaseResult> results = SessionSuite.runAll(cases);
        long clean = results.stream().filter(r -> r.analysis().episodes().isEmpty()).count();
        total(results, "episode-free 60-minute sessions: " + clean + " without any episode");

        assertThat((double) clean / results.size()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Dynamics 25 % faster or 30 % slower, skin conductance responses 0.4x or 2.5x: shapes the detector was not tuned
     * on. 288 sessions (48 per perturbation, about 700 episodes): an accuracy over 39 episodes, as the 18 sessions this
     * test first ran, has a binomial standard deviation of 0.05 and cannot tell 0.87 from 0.92. Once the simulator's
     * seeds were made independent (5 Dec) those 18 came out 0.872, and 72, 144 and 288 sessions 0.896, 0.909 and 0.919
     * (standard deviation 0.010 at 288): the target is judged on the largest sample, whichever way it falls. The class
     * the perturbation hurts is subsided (196 of 230 right at 288: dynamics 25 % faster make a drift down as quick as
     * the slowest releases).
     */
    @Test
    void perturbedSessionModelStillMeetsTheTargets() {
        double[][] perturbations = {{0.8, 1}, {1.3, 1}, {1, 0.4}, {1, 2.5}, {0.8, 2.5}, {1.3, 0.4}};
        List<SessionCase> cases = new ArrayList<>();
        for (int i = 0; i < PERTURBED_SESSIONS; i++) {
            double[] p = perturbations[i % perturbations.length];
            cases.add(SessionSuite.varied(200 + i, 1 + i % 4, p[0], p[1]));
        }

        EpisodeScore score = total(SessionSuite.runAll(cases), "perturbed session model");

        assertThat(score.f1()).isGreaterThanOrEqualTo(0.9);
        // issue 12's target for the perturbed model, which was never used to choose a threshold
        assertThat(score.outcomeAccuracy()).as("perturbed model outcome accuracy").isGreaterThanOrEqualTo(0.9);
    }

    /** Sessions of the perturbed model; see {@link #perturbedSessionModelStillMeetsTheTargets()}. */
    private static final int PERTURBED_SESSIONS = 288;
}
