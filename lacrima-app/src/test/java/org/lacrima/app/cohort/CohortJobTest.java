package org.lacrima.app.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.jobs.RecordingAnalyzer;

/**
 * The acceptance cohort ({@link SimulatedCohort#acceptance}): 216 simulated 12-minute sessions of 36
 * subjects in three conditions that differ in how often a build-up happens and how it ends, plus
 * three bad manifest rows. {@code CohortSparkJobTest} holds the Spark engine to the same checks.
 */
class CohortJobTest {
    static final AtomicInteger ANALYSES = new AtomicInteger();
    static final RecordingAnalyzer SERVICE = RecordingAnalyzer.service();
    static final RecordingAnalyzer COUNTING = request -> {
        ANALYSES.incrementAndGet();
        return SERVICE.analyze(request);
    };

    @TempDir
    static Path tmp;
    static SimulatedCohort cohort;
    static Path manifest;
    static Path out;
    static CohortJob.Report first;

    @BeforeAll
    static void runCohort() throws Exception {
        cohort = SimulatedCohort.acceptance(tmp.resolve("cohort"));
        manifest = cohort.writeAcceptanceManifest(cohort.dir.resolve("manifest.csv"));
        out = tmp.resolve("out");
        first = job().run(plan(manifest), out);
    }

    static CohortJob job() {
        return new CohortJob(COUNTING, CohortSettings.defaults(), 2, null, null);
    }

    static CohortPlan plan(Path manifest) throws IOException {
        return ManifestValidator.validate(ManifestTable.read(manifest));
    }

    @Test
    void everyGoodRecordingHasASessionRow() throws Exception {
        List<Map<String, Object>> sessions = CohortTables.all(out.resolve("sessions.parquet"), "recording");
        assertThat(sessions).hasSize(cohort.sessions.size()).hasSizeGreaterThanOrEqualTo(200);
        int agreeing = 0;
        for (Map<String, Object> row : sessions) {
            SimulatedCohort.Session truth = cohort.sessions.stream()
                    .filter(s -> (s.subject() + "_" + s.session()).equals(row.get("recording"))).findFirst().orElseThrow();
            assertThat(row.get("condition")).isEqualTo(truth.condition());
            assertThat(row.get("sessionDate").toString()).isEqualTo(truth.date().toString());
            assertThat(row.get("channelTypes")).isEqualTo(List.of("ECG", "EDA"));
            assertThat((double) row.get("durationSec")).isCloseTo(SimulatedCohort.SESSION_SEC, org.assertj.core.data.Offset.offset(1.0));
            long episodes = (long) row.get("episodes");
            assertThat((double) row.get("episodesPerHour")).isCloseTo(episodes * 3600 / (double) row.get("durationSec"),
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat((long) row.get("resolved") + (long) row.get("subsided") + (long) row.get("sustained"))
                    .isEqualTo(episodes);
            agreeing += episodes == truth.truth().size() ? 1 : 0;
            assertThat((double) row.get("quality")).isBetween(0.0, 1.0);
        }
        // the detector finds the scripted build-ups (its own accuracy is tested in core)
        assertThat(agreeing).isGreaterThanOrEqualTo((int) (0.95 * sessions.size()));
    }

    @Test
    void badRowsAreFailuresWithTheirReasonsAndTheRestComplete() throws Exception {
        List<Map<String, Object>> failures = CohortTables.all(out.resolve("failures.parquet"), "subject");
        assertThat(failures).extracting(r -> r.get("subject")).containsExactly("broken", "ghost", "late");
        assertThat(failures.get(0).get("stage")).isEqualTo("analysis");
        assertThat((String) failures.get(0).get("reason")).startsWith("garbage.edf");
        assertThat(failures.get(1).get("stage")).isEqualTo("manifest");
        assertThat((String) failures.get(1).get("reason")).contains("row 217", "missing/s1.edf", "no such file");
        assertThat((String) failures.get(2).get("reason")).contains("row 219", "'2026-13-40' is not a date");
        assertThat(failures).allSatisfy(f -> assertThat((String) f.get("reason")).doesNotContain("\n"));
        assertThat(first.results()).hasSize(cohort.sessions.size());
    }

    @Test
    void episodesAreWhatAnalyzeWritesForEachRecording() throws Exception {
        CohortAcceptance.assertEpisodesAreWhatAnalyzeWrites(cohort, tmp, recording -> CohortTables.query(
                out.resolve("episodes.parquet"), "SELECT * FROM t WHERE recording = '" + recording + "' ORDER BY episode"));
    }

    @Test
    void summaryRecoversTheConditionsKnownDifferences() {
        CohortAcceptance.assertSummaryRecoversTheArms(first.summary(), cohort);
    }

    @Test
    void summaryTablesAndPageAreWritten() throws Exception {
        List<Map<String, Object>> summary = CohortTables.all(out.resolve("summary.parquet"), "condition");
        assertThat(summary).extracting(r -> r.get("condition")).containsExactly("cbt", "emotion-focused", "waitlist");
        assertThat(summary.get(0)).containsKeys("resolvedShare", "resolvedShareLow", "resolvedShareHigh",
                "episodesPerHour", "buildUpSecMedian", "vagalReboundSizeMedian");
        assertThat(Files.readAllLines(out.resolve("summary.csv")).get(0)).startsWith("condition,sessions,subjects");
        assertThat(CohortTables.all(out.resolve("trajectories.parquet"), "subject, \"order\"")).hasSize(216);
        String page = Files.readString(out.resolve("summary.html"));
        assertThat(page).contains("<svg", "emotion-focused", "waitlist", "Failed recordings", "garbage.edf",
                "Vagal rebound", "Build-up duration", "Subjects across sessions");
        // self-contained: nothing to fetch
        assertThat(page).doesNotContain("src=", "href=\"http", "<script", "<link");
    }

    @Test
    void aReRunAnalysesNothingAndWritesTheSameTables() throws Exception {
        List<Map<String, Object>> before = CohortTables.all(out.resolve("sessions.parquet"), "recording");
        List<Map<String, Object>> episodesBefore = CohortTables.all(out.resolve("episodes.parquet"), "recording, episode");
        int analysesBefore = ANALYSES.get();
        Path again = tmp.resolve("again");
        copyCache(out, again);
        CohortJob.Report rerun = job().run(plan(manifest), again);
        // the failed recording (garbage.edf) is tried again; every analysed one is reused
        assertThat(ANALYSES.get() - analysesBefore).isEqualTo(1);
        assertThat(rerun.analysedNow()).isZero();
        assertThat(CohortTables.all(again.resolve("sessions.parquet"), "recording")).isEqualTo(before);
        assertThat(CohortTables.all(again.resolve("episodes.parquet"), "recording, episode")).isEqualTo(episodesBefore);
    }

    private static void copyCache(Path from, Path to) throws IOException {
        Path cache = Files.createDirectories(to.resolve(CohortJob.CACHE_DIR));
        try (var files = Files.list(from.resolve(CohortJob.CACHE_DIR))) {
            for (Path f : files.toList()) {
                Files.copy(f, cache.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void changedSettingsAnalyseAgain() throws Exception {
        Path other = tmp.resolve("other-settings");
        copyCache(out, other);
        List<SimulatedCohort.Session> few = cohort.sessions.subList(0, 3);
        Path small = cohort.writeManifest(tmp.resolve("few.csv"), few, List.of());
        int before = ANALYSES.get();
        new CohortJob(COUNTING, new CohortSettings(List.of("pause"), null, null, false), 1, null, null).run(plan(small), other);
        assertThat(ANALYSES.get() - before).isEqualTo(3);
    }
}
