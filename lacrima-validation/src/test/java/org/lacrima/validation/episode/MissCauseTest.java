package org.lacrima.validation.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.episode.DropReason;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.sim.TrueEpisode;

/** A missed bout's cause names exactly the reasons of the rises followed over it, else that none opened. */
class MissCauseTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void namesTheReasonsOfTheRisesFollowedOverTheBout(long seed) {
        Random rnd = new Random(seed);
        double onset = 600 + 600 * rnd.nextDouble();
        TrueEpisode bout = new TrueEpisode(onset, onset + 20 + 300 * rnd.nextDouble(), Double.NaN,
                onset + 400 + 200 * rnd.nextDouble(), Outcome.SUBSIDED, false, 0.5);
        List<DroppedCandidate> dropped = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
            double from = 2400 * rnd.nextDouble();
            double to = from + 200 * rnd.nextDouble();
            DropReason reason = DropReason.values()[rnd.nextInt(DropReason.values().length)];
            dropped.add(new DroppedCandidate(from, from + (to - from) / 2, to, reason));
            if (from <= bout.endSec() && to >= bout.onsetSec() - MissCause.LEAD_SEC && !over.contains(reason.jsonName())) {
                over.add(reason.jsonName());
            }
        }

        String cause = MissCause.of(bout, dropped);

        if (over.isEmpty()) {
            assertThat(cause).isEqualTo(MissCause.NEVER_OPENED);
        } else {
            assertThat(cause.split("\\+")).containsExactlyInAnyOrderElementsOf(over).isSorted();
        }
    }
}
