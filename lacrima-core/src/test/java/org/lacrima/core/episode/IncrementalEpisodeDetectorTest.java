package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.grid.GridBuffer;

/** The detector on hand-built indices: bouts, spells, confounders, short recordings and chunked feeding. */
class IncrementalEpisodeDetectorTest {
    private static final String[] CHEST = {"scl", "hr", "breathingRate", "rsa"};

    private static IncrementalEpisodeDetector detector(Baseline given) {
        return new IncrementalEpisodeDetector(IndexTrace.RATE_HZ, DetectorSettings.defaults(), InterventionPolicy.defaults(),
                BaselineFinder.defaults(), given);
    }

    private static IncrementalEpisodeDetector runWhole(IndexTrace t, Baseline given) {
        IncrementalEpisodeDetector d = detector(given);
        Map<String, GridBuffer> all = t.buffers(t.length());
        d.advance(all, t.length());
        d.finish(all, t.length());
        return d;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aTextbookBoutIsOneResolvedEpisodeWithItsPeak(long seed) {
        IndexTrace t = new IndexTrace(1800, seed, CHEST).bout(900, 150, 4, 15, 3);

        List<Episode> found = runWhole(t, null).episodes();

        assertThat(found).hasSize(1);
        Episode e = found.get(0);
        assertThat(e.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(e.peakSec()).isCloseTo(1050, org.assertj.core.data.Offset.offset(10.0));
        assertThat(e.onsetSec()).isBetween(880.0, 1000.0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void twoBriefBoutsFortySecondsApartAreTwoEpisodesOfOneSpell(long seed) {
        // 30 s build-ups; the second starts 40 s after the first one's release, before it has settled
        IndexTrace t = new IndexTrace(1800, seed, CHEST).bout(900, 30, 4, 8, 3).bout(975, 30, 4, 8, 3);

        List<Episode> found = runWhole(t, null).episodes();

        assertThat(found).as("%s", found).hasSize(2);
        assertThat(found).allMatch(e -> e.outcome() == Outcome.RESOLVED);
        assertThat(found.get(0).peakSec()).isCloseTo(930, org.assertj.core.data.Offset.offset(8.0));
        assertThat(found.get(1).peakSec()).isCloseTo(1005, org.assertj.core.data.Offset.offset(8.0));
        assertThat(found.get(1).onsetSec()).isGreaterThanOrEqualTo(found.get(0).endSec());
        List<Spell> spells = Spell.group(found, DetectorSettings.defaults().spellGapSec());
        assertThat(spells).hasSize(1);
        assertThat(spells.get(0).bouts()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aReboundComingAfterSHasBottomedOutStillCountsWhenTheNextBoutFollows(long seed) {
        // the first bout's RSA only returns to calm at first, and rebounds a minute after the release (peaking 95 s
        // after it), while S has long been down; the next bout starts two minutes after the release
        IndexTrace t = new IndexTrace(1800, seed, CHEST).bout(900, 30, 4, 8, 0).bump("rsa", 990, 1060, 0.75)
                .bout(1055, 30, 4, 8, 3);

        List<Episode> found = runWhole(t, null).episodes();

        assertThat(found).as("%s", found).hasSize(2);
        assertThat(found.get(0).peakSec()).isCloseTo(930, org.assertj.core.data.Offset.offset(8.0));
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(found.get(0).metrics().vagalReboundSize()).isGreaterThan(1.0);
        assertThat(found.get(0).endSec()).isLessThanOrEqualTo(found.get(1).onsetSec());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aTwentySecondBuildUpReleasedWithinSecondsIsABoutThoughItNeverHeldItsRise(long seed) {
        // up in 20 s and down again with a 4 s time constant: S stands above its entry rise for well under the
        // 20 s a hold would need; the shape (agreeing channels, fast drop, vagal rebound) makes it a bout
        IndexTrace t = new IndexTrace(1800, seed, CHEST).bout(900, 20, 4, 4, 3);

        List<Episode> found = runWhole(t, null).episodes();

        assertThat(found).as("%s", found).hasSize(1);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(found.get(0).peakSec()).isCloseTo(920, org.assertj.core.data.Offset.offset(8.0));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void withAnRrStrapAloneABriefBoutHasHeartRateAndRsaWithdrawalAsItsTwoWitnesses(long seed) {
        // heart rate up in 20 s and down with a 10 s time constant (half gone well within a minute, the rest slower)
        IndexTrace t = new IndexTrace(1800, seed, "hr", "rsa").bout(900, 20, 4, 10, 3);

        List<Episode> found = runWhole(t, null).episodes();

        assertThat(found).as("%s", found).hasSize(1);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.RESOLVED);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void anArousalBlipWithVagalToneUnmovedIsNoEpisodeThoughRsaWandersUpAfterwards(long seed) {
        // a question that touches something: skin conductance, heart rate and breathing up in 20 s and down within
        // seconds, RSA unmoved through it; a minute later RSA wanders up for a while, unrelated to the blip
        IndexTrace t = new IndexTrace(1800, seed, CHEST).sympatheticRise(900, 20, 4, 4)
                .bump("rsa", 990, 1100, 3 * IndexTrace.floor("rsa"));

        assertThat(runWhole(t, null).episodes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aBoutWhoseReboundTheNextBoutHidIsKeptWhenTheNextBoutIsOne(long seed) {
        // the first bout's rebound would come after the next onset (75 s after its start): nothing of it is seen
        IndexTrace t = new IndexTrace(1800, seed, CHEST).bout(900, 30, 4, 8, 0).bout(975, 30, 4, 8, 3);

        List<Episode> found = runWhole(t, null).episodes();

        assertThat(found).as("%s", found).hasSize(2);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(found.get(0).peakSec()).isCloseTo(930, org.assertj.core.data.Offset.offset(8.0));
        assertThat(found.get(0).warnings()).anyMatch(w -> w.contains("before the next bout began"));
        assertThat(found.get(0).endSec()).isLessThanOrEqualTo(found.get(1).onsetSec());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void twoRisesAndFallsWithoutAnyVagalReboundAreNoEpisodes(long seed) {
        // two orienting responses in a row: neither shows a rebound, so neither vouches for the other
        IndexTrace t = new IndexTrace(1800, seed, CHEST).bout(900, 30, 4, 8, 0).bout(975, 30, 4, 8, 0);

        assertThat(runWhole(t, null).episodes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aBurstInOneChannelIsNoEpisode(long seed) {
        // a cluster of skin conductance responses: 3 floors for 40 s, heart and breathing unmoved
        IndexTrace t = new IndexTrace(1800, seed, CHEST).bump("scl", 900, 940, 1.5).bump("scl", 1300, 1330, 2);

        assertThat(runWhole(t, null).episodes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aBriefRiseAndFallWithoutVagalReboundIsNoEpisode(long seed) {
        // an orienting response: every channel up for half a minute and back, RSA only returns to where it was
        IndexTrace t = new IndexTrace(1800, seed, CHEST).bout(900, 20, 4, 8, 0);

        assertThat(runWhole(t, null).episodes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aRecordingShorterThanTheMinimumReportsNoEpisodeAndSaysWhy(long seed) {
        IndexTrace t = new IndexTrace(200, seed, CHEST).bout(100, 30, 4, 8, 3);

        IncrementalEpisodeDetector d = runWhole(t, null);

        assertThat(d.episodes()).isEmpty();
        assertThat(d.tooShort()).isTrue();
        assertThat(d.warnings()).anyMatch(w -> w.contains("too short") && w.contains("300 s"));
        IncrementalEpisodeDetector given = runWhole(t, new Baseline(0, 60, false));
        assertThat(given.tooShort()).isFalse();
        assertThat(given.baseline()).contains(new Baseline(0, 60, false));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void unsettledFirstMinutesDoNotBecomeTheBaselineNorAnEpisode(long seed) {
        // electrodes settling: skin conductance starts 3 µS high and settles over minutes, heart rate a little high
        IndexTrace t = new IndexTrace(1800, seed, CHEST);
        double[] scl = t.values.get("scl");
        double[] hr = t.values.get("hr");
        for (int k = 0; k < scl.length; k++) {
            scl[k] += 3 * Math.exp(-k / IndexTrace.RATE_HZ / 60);
            hr[k] += 6 * Math.exp(-k / IndexTrace.RATE_HZ / 40);
        }
        t.bout(1000, 120, 4, 15, 3);

        IncrementalEpisodeDetector d = runWhole(t, null);

        assertThat(d.baseline()).hasValueSatisfying(b -> assertThat(b.startSec()).isGreaterThanOrEqualTo(120));
        assertThat(d.episodes()).hasSize(1);
        assertThat(d.episodes().get(0).peakSec()).isCloseTo(1120, org.assertj.core.data.Offset.offset(10.0));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theTopOfABuildUpBegunAsTheElectrodesSettledIsNoBaseline(long seed) {
        // skin conductance climbs as the electrodes settle over the first minutes; from 240 s heart rate climbs 6
        // floors, breathing 3 and skin conductance half a floor in 100 s, RSA withdraws, and all hold until 560 s
        // before easing off over 200 s. After the settling the early span holds only the climb and the top, which
        // stands some 3 floors (weighted) over the calm before it: taken as the baseline, the calm would sit below
        // zero and the build-up would never have risen. A bout follows at 1500 s.
        IndexTrace t = new IndexTrace(2400, seed, CHEST).bout(1500, 60, 4, 15, 3);
        Map<String, Double> rise = Map.of("scl", 0.5, "hr", 6.0, "breathingRate", 3.0, "rsa", -2.0);
        t.values.forEach((name, x) -> {
            for (int k = 0; k < x.length; k++) {
                double sec = k / IndexTrace.RATE_HZ;
                double level = sec < 240 ? 0 : sec < 340 ? (sec - 240) / 100 : sec < 560 ? 1 : sec < 760 ? (760 - sec) / 200 : 0;
                x[k] += rise.get(name) * IndexTrace.floor(name) * level
                        - (name.equals("scl") ? 6 * Math.exp(-sec / 80) : 0);
            }
        });

        IncrementalEpisodeDetector d = runWhole(t, null);

        assertThat(d.warnings()).anyMatch(w -> w.contains("EDA electrodes settling"));
        assertThat(d.baseline()).hasValueSatisfying(b -> assertThat(b.endSec() <= 290 || b.startSec() >= 760)
                .as("baseline %s", b).isTrue());
        assertThat(d.episodes()).as("%s", d.episodes()).anySatisfy(e -> assertThat(e.onsetSec()).isBetween(230.0, 300.0));
        assertThat(d.episodes()).anySatisfy(e -> assertThat(e.peakSec()).isCloseTo(1560, org.assertj.core.data.Offset.offset(10.0)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 17})
    void indicesArrivingInChunksGiveTheSameEpisodesAsAllAtOnce(int chunk) {
        // a long bout, a spell of two, a bout whose rebound the next one hides, and one up in 20 s and down in seconds
        // (its height, held 5 s and falling with an 8-s time constant, outlasting a reflex's in the indices' median)
        IndexTrace t = new IndexTrace(2100, chunk, CHEST).bout(700, 150, 4, 15, 3).bout(1100, 30, 4, 8, 3)
                .bout(1175, 40, 5, 10, 3).bout(1400, 30, 4, 8, 0).bout(1475, 30, 4, 8, 3).bout(1750, 20, 4, 8, 3);
        IncrementalEpisodeDetector live = detector(null);
        Map<String, GridBuffer> growing = t.buffers(0);
        for (int k = 0; k < t.length(); k += chunk) {
            int upTo = Math.min(t.length(), k + chunk);
            feedUpTo(growing, t, upTo);
            live.advance(growing, upTo);
        }
        live.finish(growing, t.length());

        assertThat(live.episodes()).isEqualTo(runWhole(t, null).episodes()).hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aSessionStartingArousedShowsProvisionalEpisodesLiveOnceACalmStretchHasBeenSeen(long seed) {
        // overwhelm from the first minute: every sympathetic index climbs 8 floors from 30 to 150 s and holds until
        // 650 s, RSA withdrawn; the first 8 minutes hold no stable calm stretch (only the climb and the plateau, an
        // episode itself). A bout follows at 1300 s.
        IndexTrace t = new IndexTrace(2400, seed, CHEST).bout(1300, 60, 4, 15, 3);
        t.values.forEach((name, x) -> {
            double amount = (name.equals("rsa") ? -2 : 8) * IndexTrace.floor(name);
            for (int k = 0; k < x.length; k++) {
                double sec = k / IndexTrace.RATE_HZ;
                double level = sec < 30 ? 0 : sec < 150 ? (sec - 30) / 120 : sec < 650 ? 1 : sec < 700 ? (700 - sec) / 50 : 0;
                x[k] += amount * level;
            }
        });
        IncrementalEpisodeDetector live = detector(null);
        Map<String, GridBuffer> growing = t.buffers(0);
        int chunk = (int) IndexTrace.RATE_HZ;
        for (int upTo = chunk; upTo <= AxisTrace.index(1800); upTo += chunk) {
            feedUpTo(growing, t, upTo);
            live.advance(growing, upTo);
            if (upTo == AxisTrace.index(900)) {
                assertThat(live.baseline()).as("no baseline before the second span is complete").isEmpty();
            }
        }

        assertThat(live.baseline()).hasValueSatisfying(b -> assertThat(b.startSec()).isGreaterThanOrEqualTo(650));
        assertThat(live.episodes()).as("the overwhelm and the bout, shown live half an hour in").hasSize(2);
        assertThat(live.episodes().get(0).outcome()).isEqualTo(Outcome.SUSTAINED);
        assertThat(live.episodes().get(1).outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(live.episodes().get(1).peakSec()).isCloseTo(1360, org.assertj.core.data.Offset.offset(10.0));
        assertThat(live.warnings()).anyMatch(w -> w.contains("until the session's calmest stretch is known"));
        assertThat(live.baselineProvisional()).isTrue();

        feedUpTo(growing, t, t.length());
        live.finish(growing, t.length());
        IncrementalEpisodeDetector whole = runWhole(t, null);
        assertThat(live.episodes()).isEqualTo(whole.episodes()).hasSize(2);
        assertThat(live.baseline()).isEqualTo(whole.baseline());
        assertThat(live.baselineProvisional()).isFalse();
        assertThat(live.warnings()).noneMatch(w -> w.contains("until the session's calmest stretch is known"))
                .anyMatch(w -> w.contains("the calmest stretch anywhere"));
    }

    /** Appends the trace's values up to grid point {@code upTo} to the growing buffers. */
    private static void feedUpTo(Map<String, GridBuffer> growing, IndexTrace t, int upTo) {
        for (Map.Entry<String, GridBuffer> e : growing.entrySet()) {
            double[] x = t.values.get(e.getKey());
            for (int i = e.getValue().length(); i < upTo; i++) {
                e.getValue().add(x[i]);
            }
        }
    }
}
