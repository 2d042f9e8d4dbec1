package org.lacrima.validation.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.DetectorSettings;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeExplanation;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.episode.Spell;

/**
 * Every episode's numbers agree with each other and with its words (issue 12 item 3), over many
 * simulated sessions of both session models (classic and widened: brief bouts, spells, confounders,
 * chest, wrist and RR-only): onset ≤ peak ≤ release ≤ end; fractions in [0, 1]; half recovery and the time
 * at the top within the episode; the explanation claims a fast drop or a vagal rebound only when the
 * metrics show one; spells cover every episode once, in order.
 */
class EpisodeConsistencyPropertyTest {
    private static final DetectorSettings SETTINGS = DetectorSettings.defaults();

    @Test
    void everyEpisodesNumbersAndWordsAgree() {
        List<SessionAnalysis> analyses = new ArrayList<>();
        List<SessionCase> classic = new ArrayList<>();
        for (long seed = 300; seed < 340; seed++) {
            classic.add(SessionSuite.varied(seed, (int) (seed % 6), 1, 1));
        }
        SessionSuite.runAll(classic).forEach(r -> analyses.add(r.analysis()));
        List<WidenedSuite.Case> widened = WidenedSuite.cases(0, 6, 2, 0);
        WidenedSuite.runAll(widened).forEach(r -> analyses.add(r.analysis()));

        SoftAssertions soft = new SoftAssertions();
        int episodes = 0;
        for (SessionAnalysis a : analyses) {
            for (Episode e : a.episodes()) {
                episodes++;
                check(soft, a.recording().source(), e);
            }
            checkSpells(soft, a);
        }
        soft.assertAll();
        assertThat(episodes).as("episodes checked").isGreaterThan(150);
    }

    private static void check(SoftAssertions soft, String session, Episode e) {
        EpisodeMetrics m = e.metrics();
        String what = session + " episode at " + Math.round(e.peakSec()) + " s";
        soft.assertThat(e.onsetSec()).as(what + ": onset ≤ peak").isLessThanOrEqualTo(e.peakSec());
        soft.assertThat(e.peakSec()).as(what + ": peak ≤ end").isLessThanOrEqualTo(e.endSec());
        if (Double.isFinite(e.releaseSec())) {
            soft.assertThat(e.releaseSec()).as(what + ": peak ≤ release ≤ end").isBetween(e.peakSec(), e.endSec());
        }
        soft.assertThat(e.outcome() == Outcome.RESOLVED).as(what + ": release time iff resolved")
                .isEqualTo(Double.isFinite(e.releaseSec()));
        for (double fraction : new double[] {m.excessGoneFraction60s(), m.releaseDropFraction(), e.confidence()}) {
            if (Double.isFinite(fraction)) {
                soft.assertThat(fraction).as(what + ": fraction").isBetween(0.0, 1.0);
            }
        }
        double afterPeak = e.endSec() - e.peakSec();
        if (Double.isFinite(m.halfRecoverySec())) {
            soft.assertThat(m.halfRecoverySec()).as(what + ": half recovery within the episode").isBetween(0.0, afterPeak + 0.25);
        }
        soft.assertThat(m.secondsAboveThreshold()).as(what + ": time at the top within the episode")
                .isBetween(0.0, afterPeak + 0.25);
        String text = EpisodeExplanation.of(e, SETTINGS);
        soft.assertThat(text).as(what).startsWith(e.outcome().jsonName()).doesNotContain("NaN");
        soft.assertThat(text.contains("with vagal rebound")).as(what + ": '" + text + "' vs rebound " + m.vagalReboundSize())
                .isEqualTo(text.contains("with vagal rebound") && m.vagalReboundSize() >= SETTINGS.reboundMin());
        soft.assertThat(text.contains("fast drop (")).as(what + ": '" + text + "' vs drop " + m.releaseDropFraction())
                .isEqualTo(text.contains("fast drop (") && m.releaseDropFraction() >= SETTINGS.fastDropFraction());
        if (e.outcome() == Outcome.RESOLVED) {
            soft.assertThat(m.releaseDropFraction()).as(what + ": a resolved episode had a fast drop")
                    .isGreaterThanOrEqualTo(SETTINGS.fastDropFraction());
        }
        if (e.outcome() == Outcome.SUSTAINED && e.warnings().stream().noneMatch(w -> w.contains("provisional"))) {
            // sustained means the median of the last 90 s before the decision was at the plateau's level: much of
            // that time at the top
            soft.assertThat(m.secondsAboveThreshold()).as(what + ": sustained, so at its top for half a minute or more; " + m)
                    .isGreaterThanOrEqualTo(30);
        }
        if (e.outcome() == Outcome.SUSTAINED) {
            // the stays-high evidence the call rests on is in the metrics and in the words
            soft.assertThat(m.plateauHeldFraction()).as(what + ": sustained, so it held its top; " + m).isGreaterThanOrEqualTo(0.75);
            // a fall from the wave before is a sustained plateau's only while the breath still sobs, and the words say so
            if (m.driftPerWave() > 0.125) {
                soft.assertThat(text).as(what + ": sustained through a fall of its wave median; " + m)
                        .contains("sobbing dip");
            } else {
                soft.assertThat(text).as(what).contains("without drifting down");
            }
        }
        soft.assertThat(text.contains("drifting down ")).as(what + ": '" + text + "' vs drift " + m.driftPerWave())
                .isEqualTo(text.contains("drifting down ") && m.driftPerWave() > 0.125);
        soft.assertThat(text.contains("without drifting down")).as(what + ": '" + text + "' vs " + m)
                .isEqualTo(text.contains("without drifting down") && m.plateauHeldFraction() >= 0.75 && !(m.driftPerWave() > 0.125));
    }

    private static void checkSpells(SoftAssertions soft, SessionAnalysis a) {
        List<Spell> spells = a.spells();
        soft.assertThat(spells.stream().mapToInt(Spell::bouts).sum()).isEqualTo(a.episodes().size());
        int next = 0;
        for (Spell s : spells) {
            soft.assertThat(s.first()).isEqualTo(next);
            soft.assertThat(s.spanSec()).isGreaterThanOrEqualTo(0);
            soft.assertThat(s.endedWith()).isEqualTo(a.episodes().get(s.first() + s.bouts() - 1).outcome());
            next += s.bouts();
        }
        Stream.iterate(1, i -> i < a.episodes().size(), i -> i + 1).forEach(i -> soft.assertThat(
                a.episodes().get(i).onsetSec()).as(a.recording().source() + ": bouts in order, not overlapping")
                .isGreaterThanOrEqualTo(a.episodes().get(i - 1).endSec()));
    }
}
