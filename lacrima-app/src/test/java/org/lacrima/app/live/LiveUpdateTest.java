package org.lacrima.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lacrima.core.episode.Baseline;

/** What the live page is told about the baseline. */
class LiveUpdateTest {

    @Test
    void theBaselineIsWaitingUntilFoundAndSaysWhenItIsProvisionalOrGiven() {
        assertThat(LiveUpdate.BaselineView.of(Optional.empty(), false))
                .isEqualTo(new LiveUpdate.BaselineView("waiting", null, null));
        assertThat(LiveUpdate.BaselineView.of(Optional.of(new Baseline(120, 300, true)), false))
                .isEqualTo(new LiveUpdate.BaselineView("found", 120.0, 300.0));
        assertThat(LiveUpdate.BaselineView.of(Optional.of(new Baseline(780, 960, true)), true))
                .isEqualTo(new LiveUpdate.BaselineView("provisional", 780.0, 960.0));
        assertThat(LiveUpdate.BaselineView.of(Optional.of(new Baseline(0, 180, false)), false))
                .isEqualTo(new LiveUpdate.BaselineView("given", 0.0, 180.0));
    }
}
