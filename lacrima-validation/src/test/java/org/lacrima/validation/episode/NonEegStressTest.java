package org.lacrima.validation.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;

/**
 * PhysioNet Non-EEG subjects 1 and 2 (wrist EDA at 8 Hz plus the 1 Hz device heart rate): relaxation
 * and physical, cognitive and emotional stress stages, their times from the {@code .atr} annotations.
 * Stress is not crying, but it is a sympathetic build-up: episodes should overlap the stress stages
 * and none should lie in the first relaxation stage.
 */
class NonEegStressTest {

    private record Stage(String label, double fromSec, double toSec) {
        boolean stress() {
            return label.toLowerCase(java.util.Locale.ROOT).contains("stress");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void episodesOverlapStressAndNoneLiesInTheFirstRelaxation(int subject) {
        Recording eda = RealRecordings.read("noneeg/Subject" + subject + "_AccTempEDA.hea");
        Recording hr = RealRecordings.read("noneeg/Subject" + subject + "_SpO2HR.hea");
        List<Channel> channels = new ArrayList<>(eda.channels());
        channels.addAll(hr.channels());
        Recording both = new Recording(eda.metadata(), channels, eda.events());
        List<Stage> stages = stages(both.events(), both.durationSec());

        SessionAnalysis analysis = new SessionAnalyzer().analyze(both);

        System.out.println("Non-EEG subject " + subject + ": stages " + stages + "\n  " + RealRecordings.describe(analysis));
        Stage firstRelax = stages.get(0);
        assertThat(firstRelax.stress()).isFalse();
        assertThat(analysis.episodes()).isNotEmpty();
        for (Episode e : analysis.episodes()) {
            assertThat(e.peakSec()).as("peak of %s", e).isGreaterThanOrEqualTo(firstRelax.toSec());
        }
        assertThat(analysis.episodes()).anyMatch(e -> stages.stream()
                .anyMatch(s -> s.stress() && RealRecordings.overlaps(e, s.fromSec(), s.toSec())));
    }

    private static List<Stage> stages(List<Event> events, double durationSec) {
        List<Event> marks = events.stream().filter(e -> e.label().matches("(?i).*(relax|stress).*")).toList();
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            double to = i + 1 < marks.size() ? marks.get(i + 1).onsetSec() : durationSec;
            stages.add(new Stage(marks.get(i).label(), marks.get(i).onsetSec(), to));
        }
        return stages;
    }
}
