package org.lacrima.app.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.cli.LacrimaCli;
import org.lacrima.app.jobs.RecordingAnalyzer;
import org.lacrima.core.episode.Outcome;

/**
 * The acceptance cohort: 216 simulated 12-minute sessions of 36 subjects in three conditions that
 * differ in how often a build-up happens and how it ends, plus three bad manifest rows.
 */
class CohortJobTest {
    static final List<SimulatedCohort.Condition> CONDITIONS = List.of(
            new SimulatedCohort.Condition("emotion-focused", 0.9, 0.75),
            new SimulatedCohort.Condition("cbt", 0.7, 0.3),
            new SimulatedCohort.Condition("waitlist", 0.4, 0.1));
    static final ObjectMapper JSON = new ObjectMapper();
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
        cohort = SimulatedCohort.create(Files.createDirectories(tmp.resolve("cohort")), CONDITIONS, 12, 6, 17);
        Files.writeString(cohort.dir.resolve("garbage.edf"), "this is not an EDF file at all\n");
        Files.createDirectories(cohort.dir.resolve("late"));
        Files.copy(cohort.dir.resolve(cohort.sessions.get(0).file()), cohort.dir.resolve("late/s1.edf"));
        manifest = cohort.writeManifest(cohort.dir.resolve("manifest.csv"), List.of(
                "missing/s1.edf,ghost,s1,2026-02-01,cbt",
                "garbage.edf,broken,s1,2026-02-01,cbt",
                "late/s1.edf,late,s1,2026-13-40,cbt"));
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
        for (SimulatedCohort.Session s : List.of(cohort.sessions.get(0), cohort.sessions.get(80),
                cohort.sessions.get(150), cohort.sessions.get(215))) {
            Path json = tmp.resolve("analyze-" + s.subject() + s.session() + ".json");
            int exit = LacrimaCli.commandLine().execute("analyze", cohort.dir.resolve(s.file()).toString(),
                    "--json", json.toString());
            assertThat(exit).isZero();
            JsonNode analysed = JSON.readTree(json.toFile());
            List<Map<String, Object>> rows = CohortTables.query(out.resolve("episodes.parquet"),
                    "SELECT * FROM t WHERE recording = '" + s.subject() + "_" + s.session() + "' ORDER BY episode");
            assertThat(rows).hasSize(analysed.path("episodes").size());
            for (int i = 0; i < rows.size(); i++) {
                assertSameEpisode(rows.get(i), analysed.path("episodes").get(i));
                assertThat(rows.get(i)).containsEntry("condition", s.condition()).containsEntry("subject", s.subject());
            }
        }
    }

    /** Every field of the JSON episode, with its metrics, is a column with the same value. */
    private static void assertSameEpisode(Map<String, Object> row, JsonNode episode) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        episode.fields().forEachRemaining(fields::add);
        episode.path("metrics").fields().forEachRemaining(fields::add);
        for (Map.Entry<String, JsonNode> f : fields) {
            if (f.getValue().isObject()) {
                continue;
            }
            assertThat(row).containsKey(f.getKey());
            Object cell = row.get(f.getKey());
            JsonNode v = f.getValue();
            if (v.isNull()) {
                assertThat(cell).as(f.getKey()).isNull();
            } else if (v.isNumber()) {
                assertThat(((Number) cell).doubleValue()).as(f.getKey()).isEqualTo(v.asDouble());
            } else if (v.isBoolean()) {
                assertThat(cell).as(f.getKey()).isEqualTo(v.asBoolean());
            } else if (v.isArray()) {
                List<String> texts = new ArrayList<>();
                v.forEach(x -> texts.add(x.asText()));
                assertThat(cell).as(f.getKey()).isEqualTo(texts);
            } else {
                assertThat(cell).as(f.getKey()).isEqualTo(v.asText());
            }
        }
    }

    @Test
    void summaryRecoversTheConditionsKnownDifferences() {
        Map<String, CohortSummary.ConditionSummary> byName = new java.util.HashMap<>();
        first.summary().conditions().forEach(c -> byName.put(c.condition(), c));
        assertThat(byName).containsOnlyKeys("emotion-focused", "cbt", "waitlist");
        for (SimulatedCohort.Condition c : CONDITIONS) {
            CohortSummary.ConditionSummary s = byName.get(c.name());
            assertThat(s.sessions()).isEqualTo(72);
            assertThat(s.subjects()).isEqualTo(12);
            assertThat(s.episodesPerHour().contains(cohort.trueEpisodesPerHour(c.name())))
                    .as("episodes per hour of %s", c.name()).isTrue();
            for (Outcome o : Outcome.values()) {
                double truth = cohort.trueShare(c.name(), o);
                Bootstrap.Interval i = s.outcomeShares().get(o.jsonName());
                assertThat(i.contains(truth)).as("%s share of %s: %s vs true %s", o, c.name(), i, truth).isTrue();
            }
        }
        // the differences the conditions were built with are visible beyond their intervals
        Bootstrap.Interval ef = byName.get("emotion-focused").outcomeShares().get("resolved");
        Bootstrap.Interval cbt = byName.get("cbt").outcomeShares().get("resolved");
        Bootstrap.Interval wait = byName.get("waitlist").outcomeShares().get("resolved");
        assertThat(ef.low()).isGreaterThan(cbt.high());
        assertThat(cbt.low()).isGreaterThan(wait.high());
        assertThat(byName.get("emotion-focused").episodesPerHour().low())
                .isGreaterThan(byName.get("waitlist").episodesPerHour().high());
        assertThat(byName.get("emotion-focused").buildUpSec().count()).isEqualTo(byName.get("emotion-focused").episodes());
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
