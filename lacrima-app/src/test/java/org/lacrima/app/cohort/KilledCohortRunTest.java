package org.lacrima.app.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.jobs.RecordingAnalyzer;

/**
 * {@code lacrima cohort} killed (SIGKILL) part-way in its own JVM, then run again: the re-run analyses
 * only the recordings the killed run had not finished, and the tables hold every recording.
 */
class KilledCohortRunTest {
    @TempDir
    Path tmp;

    @Test
    void aReRunAfterAKillFinishesOnlyTheRemainingRecordings() throws Exception {
        SimulatedCohort cohort = SimulatedCohort.create(tmp, List.of(new SimulatedCohort.Condition("a", 0.8, 0.5),
                new SimulatedCohort.Condition("b", 0.5, 0.2)), 3, 5, 41);
        Path manifest = cohort.writeManifest(cohort.dir.resolve("manifest.csv"), List.of());
        Path out = tmp.resolve("out");
        Path cache = out.resolve(CohortJob.CACHE_DIR);

        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.lacrima.app.cli.LacrimaCli",
                "cohort", manifest.toString(), "--out", out.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (finished(cache) < 3 && run.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        run.destroyForcibly();
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long done = finished(cache);
        assertThat(done).as("results stored before the kill").isBetween(3L, (long) cohort.sessions.size() - 1);
        assertThat(out.resolve("sessions.parquet")).doesNotExist();

        AtomicInteger analyses = new AtomicInteger();
        RecordingAnalyzer service = RecordingAnalyzer.service();
        RecordingAnalyzer counting = request -> {
            analyses.incrementAndGet();
            return service.analyze(request);
        };
        CohortJob.Report rerun = new CohortJob(counting, CohortSettings.defaults(), 2, null, null)
                .run(ManifestValidator.validate(ManifestTable.read(manifest)), out);

        assertThat(analyses.get()).isEqualTo(cohort.sessions.size() - done);
        assertThat(rerun.failures()).isEmpty();
        assertThat(CohortTables.all(out.resolve("sessions.parquet"), "recording")).hasSize(cohort.sessions.size());
    }

    /** Results complete on disk: the analysis JSON is stored last and atomically. */
    private static long finished(Path cache) throws Exception {
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}\\.json")).count();
        }
    }
}
