package org.lacrima.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.app.analysis.AnalysisRequest;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.app.store.Clinic;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.Database;
import org.lacrima.app.store.Job;
import org.lacrima.app.store.NewSession;
import org.lacrima.app.store.SessionFile;
import org.lacrima.app.store.SessionRecords;
import org.lacrima.app.store.TestDatabases;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.io.RecordingFormatException;

class SessionAnalysisJobTest {
    private static final Path DATA = Path.of(System.getProperty("lacrima.data.dir"));

    @TempDir
    Path dir;

    @Test
    void theJobShowsEachStageOfTheAnalysisWithAGrowingFraction() throws Exception {
        try (Database database = TestDatabases.open(TestDatabases.Kind.SQLITE, dir.resolve("db"))) {
            Clinic clinic = new Clinic(database, Clock.systemUTC(), 4);
            Clinic.ClinicianScope scope = clinic.scopedTo(
                    clinic.accounts().signUp("stages@example.org", null, "a long enough password").orElseThrow());
            String clientId = scope.clients().create("", "").orElseThrow().id();
            ContentStore content = new ContentStore(dir.resolve("content"));
            List<SessionRecords.NewFile> files = new ArrayList<>();
            for (String name : List.of("100.hea", "100.dat")) {
                try (var in = Files.newInputStream(DATA.resolve("mitdb").resolve(name))) {
                    ContentStore.StoredContent stored = content.put(in, 1L << 30);
                    files.add(new SessionRecords.NewFile(SessionFile.RECORDING, name, stored.sha256(), stored.sizeBytes()));
                }
            }
            scope.sessions().create(clientId, new NewSession("Intake", null, null, null, null, null), files,
                    AnalysisSettings.defaults().toJson()).orElseThrow();
            Job job = clinic.jobQueue().claimNext().orElseThrow();

            // What the clinician's page would read from the job at each stage the analysis announces.
            List<Job> seen = new ArrayList<>();
            RecordingAnalyzer service = RecordingAnalyzer.service();
            RecordingAnalyzer watched = new RecordingAnalyzer() {
                @Override
                public SessionAnalysis analyze(AnalysisRequest request) throws IOException {
                    throw new AssertionError("the job should pass its stage listener");
                }

                @Override
                public SessionAnalysis analyze(AnalysisRequest request, AnalysisService.StageListener stages)
                        throws IOException {
                    return service.analyze(request, (stage, fraction) -> {
                        stages.stageStarted(stage, fraction);
                        seen.add(clinic.jobQueue().find(job.id()).orElseThrow());
                    });
                }
            };
            new SessionAnalysisJob(clinic.jobQueue(), content, watched, dir.resolve("scratch"),
                    org.lacrima.io.ReadBudget.defaults(), 0).run(job);

            assertThat(seen).extracting(Job::stage).hasSize(2)
                    .satisfies(st -> assertThat(st.get(0)).isEqualTo("reading 100.hea"))
                    .satisfies(st -> assertThat(st.get(1)).isEqualTo("analysing 30 min of ECG"));
            assertThat(seen).extracting(Job::progress).isSorted()
                    .allSatisfy(p -> assertThat(p).isBetween(SessionAnalysisJob.READ_START, SessionAnalysisJob.SAVE_START));
            assertThat(seen.get(1).progress()).isGreaterThan(seen.get(0).progress());
            Job done = clinic.jobQueue().find(job.id()).orElseThrow();
            assertThat(done.state()).isEqualTo(Job.DONE);
            assertThat(done.progress()).isEqualTo(1.0);
        }
    }

    /**
     * Errors the JVM throws inside an analysis (a real OutOfMemoryError from an impossible array, a
     * StackOverflowError from runaway recursion, an unexpected exception) fail that job alone with a
     * plain reason, and the worker thread goes on to the next clinician's job.
     */
    @Test
    void anAnalysisThatRunsOutOfMemoryOrStackFailsAloneAndTheWorkerGoesOn() throws Exception {
        try (Database database = TestDatabases.open(TestDatabases.Kind.SQLITE, dir.resolve("db"))) {
            Clinic clinic = new Clinic(database, Clock.systemUTC(), 4);
            ContentStore content = new ContentStore(dir.resolve("content"));
            List<String> jobs = new ArrayList<>();
            for (String who : List.of("oom", "deep", "odd", "fine")) {
                Clinic.ClinicianScope scope = clinic.scopedTo(
                        clinic.accounts().signUp(who + "@example.org", null, "a long enough password").orElseThrow());
                String clientId = scope.clients().create("", "").orElseThrow().id();
                ContentStore.StoredContent stored;
                try (var in = Files.newInputStream(DATA.resolve("mitdb").resolve("100.hea"))) {
                    stored = content.put(in, 1L << 30);
                }
                jobs.add(scope.sessions().create(clientId, new NewSession(who, null, null, null, null, null),
                        List.of(new SessionRecords.NewFile(SessionFile.RECORDING, who + ".hea", stored.sha256(),
                                stored.sizeBytes())), AnalysisSettings.defaults().toJson()).orElseThrow().job().id());
                Thread.sleep(2);
            }
            RecordingAnalyzer hostile = request -> {
                String name = request.recording().getFileName().toString();
                switch (name) {
                    case "oom.hea" -> {
                        long[] impossible = new long[Integer.MAX_VALUE - 2];
                        throw new AssertionError("allocated " + impossible.length);
                    }
                    case "deep.hea" -> throw new AssertionError("recursed " + recurse(0));
                    case "odd.hea" -> throw new IllegalStateException("ClientRoutes$NewClient broke");
                    default -> {
                        return RecordingAnalyzer.service().analyze(AnalysisRequest.of(DATA.resolve("mitdb/100.hea")));
                    }
                }
            };
            SessionAnalysisJob job = new SessionAnalysisJob(clinic.jobQueue(), content, hostile, dir.resolve("scratch"),
                    org.lacrima.io.ReadBudget.defaults(), 0);
            try (AnalysisWorker worker = new AnalysisWorker(clinic.jobQueue(), job, 1)) {
                worker.start();
                for (int i = 0; i < 600 && !finished(clinic, jobs.get(3)); i++) {
                    Thread.sleep(100);
                }
            }
            List<Job> done = jobs.stream().map(id -> clinic.jobQueue().find(id).orElseThrow()).toList();
            assertThat(done).extracting(Job::state).containsExactly(Job.FAILED, Job.FAILED, Job.FAILED, Job.DONE);
            assertThat(done).extracting(Job::message).containsExactly(JobFailure.OUT_OF_MEMORY, JobFailure.TOO_DEEP,
                    JobFailure.UNEXPECTED, null);
        }
    }

    private static boolean finished(Clinic clinic, String jobId) {
        String state = clinic.jobQueue().find(jobId).orElseThrow().state();
        return state.equals(Job.DONE) || state.equals(Job.FAILED);
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "/abs/path/x.edf", "C:\\\\Users\\\\x.edf", "..", "a b?.csv", ""})
    void uploadNamesNeverLeaveTheScratchFolder(String name) {
        String safe = RecordingLayout.safeName(name);
        assertThat(safe).isNotBlank().doesNotContain("/").doesNotContain("\\").isNotEqualTo("..").isNotEqualTo(".");
        assertThat(dir.resolve(safe).normalize().getParent()).isEqualTo(dir);
    }

    @Test
    void aSingleFileIsTheRecordingAndAWfdbSetIsReadThroughItsHeader() throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Files.writeString(one.resolve("s.edf"), "x");
        assertThat(RecordingLayout.mainFile(one)).isEqualTo(one.resolve("s.edf"));

        Path wfdb = Files.createDirectories(dir.resolve("wfdb"));
        Files.writeString(wfdb.resolve("100.dat"), "x");
        Files.writeString(wfdb.resolve("100.hea"), "x");
        Files.writeString(wfdb.resolve("100.atr"), "x");
        assertThat(RecordingLayout.mainFile(wfdb)).isEqualTo(wfdb.resolve("100.hea"));

        Path e4 = Files.createDirectories(dir.resolve("e4"));
        Files.writeString(e4.resolve("EDA.csv"), "x");
        Files.writeString(e4.resolve("BVP.csv"), "x");
        assertThat(RecordingLayout.mainFile(e4)).isEqualTo(e4);
    }

    @Test
    void aFileProblemIsReportedAsItsOneLineMessage() {
        String reason = JobFailure.reasonFor(
                new RecordingFormatException(Path.of("/x/broken.edf"), "header is 12 bytes, expected 256\nmore"), null);
        assertThat(reason).isEqualTo("broken.edf: header is 12 bytes, expected 256");
        assertThat(JobFailure.reasonFor(new IllegalStateException("boom in ClientRoutes$NewClient"), null))
                .isEqualTo(JobFailure.UNEXPECTED);
        assertThat(JobFailure.reasonFor(new OutOfMemoryError("Java heap space"), null)).isEqualTo(JobFailure.OUT_OF_MEMORY);
        assertThat(JobFailure.reasonFor(new StackOverflowError(), null)).isEqualTo(JobFailure.TOO_DEEP);
        Path scratch = Path.of("/srv/lacrima/scratch/jobs/job-1");
        assertThat(JobFailure.reasonFor(new java.nio.file.NoSuchFileException(
                scratch.resolve("recording/100.dat") + ": missing, see /etc/passwd"), scratch))
                .isEqualTo("100.dat: missing, see …/passwd");
    }
}
