package org.lacrima.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.app.store.TestDatabases.Kind;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Outcome;

/** The clinic's records on SQLite and on a real PostgreSQL: accounts, scoping, queue and history. */
class ClinicStoreTest {
    private static final String SETTINGS = "{\"baselineStartSec\":null,\"baselineEndSec\":null,\"interventionLabels\":[]}";

    @TempDir
    Path dir;
    private final List<Database> opened = new ArrayList<>();

    @AfterEach
    void closeDatabases() {
        opened.forEach(Database::close);
    }

    private Clinic clinic(Kind kind) {
        Database database = TestDatabases.open(kind, dir.resolve("db" + opened.size()));
        opened.add(database);
        return new Clinic(database, Clock.systemUTC(), 4);
    }

    private static Clinician signUp(Clinic clinic, String email) {
        return clinic.accounts().signUp(email, null, "correct horse battery").orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void signsUpSignsInAndKeepsServerSideSessions(Kind kind) {
        Clinic clinic = clinic(kind);
        Clinician a = signUp(clinic, "Ada@Example.org");
        assertThat(a.email()).isEqualTo("ada@example.org");
        assertThat(clinic.accounts().signUp("ada@example.ORG", "x", "another long password")).isEmpty();
        assertThat(clinic.accounts().authenticate("ada@example.org", "correct horse battery")).contains(a);
        assertThat(clinic.accounts().authenticate("ada@example.org", "wrong horse battery")).isEmpty();
        assertThat(clinic.accounts().authenticate("nobody@example.org", "correct horse battery")).isEmpty();
        assertThatThrownBy(() -> clinic.accounts().signUp("b@example.org", null, "short"))
                .hasMessageContaining("at least");

        String token = clinic.accounts().openSession(a);
        SignedIn signedIn = clinic.accounts().signedIn(token).orElseThrow();
        assertThat(signedIn.clinician()).isEqualTo(a);
        assertThat(signedIn.csrfToken()).hasSizeGreaterThan(30).isNotEqualTo(token);
        assertThat(clinic.accounts().signedIn(token + "x")).isEmpty();
        clinic.accounts().closeSession(token);
        assertThat(clinic.accounts().signedIn(token)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aClinicianCanNeitherSeeNorChangeAnotherCliniciansRecords(Kind kind) {
        Clinic clinic = clinic(kind);
        Clinic.ClinicianScope a = clinic.scopedTo(signUp(clinic, "a@example.org"));
        Clinic.ClinicianScope b = clinic.scopedTo(signUp(clinic, "b@example.org"));
        Client client = a.clients().create("", "first").orElseThrow();
        SessionRecords.Created created = upload(a, client.id());
        String sessionId = created.session().id();
        SessionEvent event = a.events().add(sessionId, 60, 0, "intervention", "breathing").orElseThrow();
        finishJob(clinic, created.job(), List.of(episode(Outcome.RESOLVED, 2.0, 0.5)));

        assertThat(a.clients().list()).extracting(Client::id).containsExactly(client.id());
        assertThat(a.analyses().current(sessionId)).isPresent();

        assertThat(b.clients().list()).isEmpty();
        assertThat(b.clients().find(client.id())).isEmpty();
        assertThat(b.clients().updateNote(client.id(), "mine now")).isEmpty();
        assertThat(b.sessions().ofClient(client.id())).isEmpty();
        assertThat(b.sessions().find(sessionId)).isEmpty();
        assertThat(b.sessions().files(sessionId)).isEmpty();
        assertThat(b.sessions().file(sessionId, a.sessions().files(sessionId).get(0).id())).isEmpty();
        assertThat(b.sessions().updateNotes(sessionId, "t", "n", 1, 2)).isEmpty();
        assertThat(b.sessions().reanalyse(sessionId, SETTINGS)).isEmpty();
        assertThat(b.sessions().create(client.id(), newSession(), files(), SETTINGS)).isEmpty();
        assertThat(b.events().ofSession(sessionId)).isEmpty();
        assertThat(b.events().add(sessionId, 1, 0, "topic", "x")).isEmpty();
        assertThat(b.events().update(sessionId, event.id(), 1, 0, "topic", "x")).isEmpty();
        assertThat(b.events().delete(sessionId, event.id())).isFalse();
        assertThat(b.jobs().find(created.job().id())).isEmpty();
        assertThat(b.jobs().ofSession(sessionId)).isEmpty();
        assertThat(b.analyses().current(sessionId)).isEmpty();
        assertThat(b.analyses().history(client.id())).isEmpty();

        // Nothing of A's changed through B's attempts.
        assertThat(a.clients().find(client.id()).orElseThrow().note()).isEqualTo("first");
        assertThat(a.events().ofSession(sessionId)).containsExactly(event);
        assertThat(a.jobs().ofSession(sessionId)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theQueueHandsEachJobOutOnceAndRequeuesWhatACrashLeftRunning(Kind kind) {
        Clinic clinic = clinic(kind);
        Clinic.ClinicianScope a = clinic.scopedTo(signUp(clinic, "a@example.org"));
        Client client = a.clients().create("K-1", "").orElseThrow();
        Job job = upload(a, client.id()).job();
        JobQueue queue = clinic.jobQueue();

        Job claimed = queue.claimNext().orElseThrow();
        assertThat(claimed.id()).isEqualTo(job.id());
        assertThat(claimed.state()).isEqualTo(Job.RUNNING);
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(queue.claimNext()).isEmpty();
        assertThat(a.jobs().active()).extracting(Job::id).containsExactly(job.id());

        // The server dies here; on the next start the job goes back to the queue.
        assertThat(queue.requeueInterrupted()).isEqualTo(1);
        assertThat(queue.find(job.id()).orElseThrow().state()).isEqualTo(Job.QUEUED);
        // A job that kills the server every time is given up after a few attempts.
        for (int i = 0; i < JobQueue.MAX_ATTEMPTS - 1; i++) {
            assertThat(queue.claimNext()).isPresent();
            queue.requeueInterrupted();
        }
        Job givenUp = queue.find(job.id()).orElseThrow();
        assertThat(givenUp.state()).isEqualTo(Job.FAILED);
        assertThat(givenUp.message()).contains("stopped the server " + JobQueue.MAX_ATTEMPTS + " times")
                .doesNotContainPattern("[A-Z][a-z]+(Exception|Error)");
        assertThat(givenUp.attempts()).isEqualTo(JobQueue.MAX_ATTEMPTS);
        assertThat(queue.claimNext()).isEmpty();

        Job again = a.sessions().reanalyse(job.sessionId(), SETTINGS).orElseThrow();
        assertThat(queue.claimNext().orElseThrow().id()).isEqualTo(again.id());
        queue.fail(again.id(), "100.hea: truncated signal file");
        assertThat(a.jobs().find(again.id()).orElseThrow().message()).isEqualTo("100.hea: truncated signal file");
        assertThat(a.jobs().active()).isEmpty();
    }

    /** A job running when the server died goes to the back: the others waiting meanwhile run first. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aJobThatWasRunningAtACrashIsRequeuedBehindTheWaitingOnes(Kind kind) throws InterruptedException {
        Clinic clinic = clinic(kind);
        Clinic.ClinicianScope a = clinic.scopedTo(signUp(clinic, "crash@example.org"));
        Clinic.ClinicianScope b = clinic.scopedTo(signUp(clinic, "other@example.org"));
        Job crashing = upload(a, a.clients().create("K-1", "").orElseThrow().id()).job();
        Thread.sleep(5);
        Job waiting = upload(b, b.clients().create("K-2", "").orElseThrow().id()).job();
        JobQueue queue = clinic.jobQueue();
        assertThat(queue.claimNext().orElseThrow().id()).isEqualTo(crashing.id());
        Thread.sleep(5);
        assertThat(queue.requeueInterrupted()).isEqualTo(1);
        assertThat(queue.claimNext().orElseThrow().id()).isEqualTo(waiting.id());
        assertThat(queue.claimNext().orElseThrow().id()).isEqualTo(crashing.id());
        // A job put back after a database outage keeps its attempts (the file was not at fault).
        queue.putBack(crashing.id());
        assertThat(queue.find(crashing.id()).orElseThrow().attempts()).isEqualTo(1);
        assertThat(queue.find(crashing.id()).orElseThrow().state()).isEqualTo(Job.QUEUED);
    }

    static List<Long> seeds() {
        return List.of(1L, 2L, 3L);
    }

    /** Seeded random episode lists: the history counts and summarises exactly what was stored. */
    @ParameterizedTest
    @MethodSource("seeds")
    void historySummarisesTheCurrentAnalysisOfEverySession(long seed) {
        for (Kind kind : Kind.values()) {
            Random random = new Random(seed);
            Clinic clinic = clinic(kind);
            Clinic.ClinicianScope a = clinic.scopedTo(signUp(clinic, "a" + seed + "@example.org"));
            Client client = a.clients().create("H-" + seed, "").orElseThrow();
            int sessions = 1 + random.nextInt(4);
            List<List<Episode>> stored = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                SessionRecords.Created created = upload(a, client.id());
                List<Episode> episodes = new ArrayList<>();
                for (int e = random.nextInt(5); e > 0; e--) {
                    double rebound = random.nextBoolean() ? Double.NaN : random.nextGaussian();
                    episodes.add(episode(Outcome.values()[random.nextInt(3)], 1 + 3 * random.nextDouble(), rebound));
                }
                // An older analysis of the same session must not count: only the current one does.
                finishJob(clinic, created.job(), List.of(episode(Outcome.SUSTAINED, 9, 0)));
                finishJob(clinic, a.sessions().reanalyse(created.session().id(), SETTINGS).orElseThrow(), episodes);
                stored.add(episodes);
            }
            List<SessionHistory> history = a.analyses().history(client.id());
            assertThat(history).hasSize(sessions);
            for (int s = 0; s < sessions; s++) {
                List<Episode> eps = stored.get(s);
                SessionHistory h = history.get(s);
                assertThat(h.analysed()).isTrue();
                assertThat(h.latestJobState()).isEqualTo(Job.DONE);
                assertThat(h.resolved()).isEqualTo(count(eps, Outcome.RESOLVED));
                assertThat(h.sustained()).isEqualTo(count(eps, Outcome.SUSTAINED));
                assertThat(h.subsided()).isEqualTo(count(eps, Outcome.SUBSIDED));
                assertThat(h.episodes()).hasSize(eps.size());
                double maxPeak = eps.stream().mapToDouble(e -> e.metrics().peakS()).max().orElse(Double.NaN);
                if (eps.isEmpty()) {
                    assertThat(h.maxPeakS()).isNull();
                } else {
                    assertThat(h.maxPeakS()).isCloseTo(maxPeak, org.assertj.core.data.Offset.offset(1e-9));
                }
                var rebounds = eps.stream().mapToDouble(e -> e.metrics().vagalReboundSize())
                        .filter(Double::isFinite).average();
                if (rebounds.isPresent()) {
                    assertThat(h.meanVagalRebound()).isCloseTo(rebounds.getAsDouble(),
                            org.assertj.core.data.Offset.offset(1e-9));
                } else {
                    assertThat(h.meanVagalRebound()).isNull();
                }
                for (int e = 0; e < eps.size(); e++) {
                    // NaN ("could not be assessed") survives the round trip as null, on both databases.
                    double rebound = eps.get(e).metrics().vagalReboundSize();
                    assertThat(h.episodes().get(e).vagalRebound()).isEqualTo(Double.isNaN(rebound) ? null : rebound);
                    assertThat(h.episodes().get(e).outcome()).isEqualTo(eps.get(e).outcome().jsonName());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRefusedUploadIsASessionWithoutFilesWhoseFailedJobSaysWhyAndNeverRuns(Kind kind) {
        Clinic clinic = clinic(kind);
        Clinic.ClinicianScope a = clinic.scopedTo(signUp(clinic, "a@example.org"));
        Clinic.ClinicianScope b = clinic.scopedTo(signUp(clinic, "b@example.org"));
        Client client = a.clients().create("", "").orElseThrow();
        String reason = "file.edf: 312 MB is larger than the limit of 200 MB; nothing was stored";
        NewSession refusedSession = new NewSession("file.edf", null, null, null, null, null);

        assertThat(b.sessions().createRefused(client.id(), refusedSession, SETTINGS, reason)).isEmpty();
        SessionRecords.Created refused = a.sessions().createRefused(client.id(), refusedSession, SETTINGS, reason)
                .orElseThrow();

        assertThat(refused.job().state()).isEqualTo(Job.FAILED);
        assertThat(a.jobs().ofSession(refused.session().id())).singleElement()
                .satisfies(j -> assertThat(j.message()).isEqualTo(reason))
                .satisfies(j -> assertThat(j.state()).isEqualTo(Job.FAILED));
        assertThat(a.sessions().files(refused.session().id())).isEmpty();
        assertThat(a.analyses().history(client.id())).singleElement().satisfies(h -> {
            assertThat(h.title()).isEqualTo("file.edf");
            assertThat(h.latestJobState()).isEqualTo(Job.FAILED);
            assertThat(h.latestJobMessage()).isEqualTo(reason);
        });
        assertThat(clinic.jobQueue().claimNext()).isEmpty();
        assertThatThrownBy(() -> a.sessions().reanalyse(refused.session().id(), SETTINGS))
                .hasMessageContaining("no stored recording");
        assertThat(b.analyses().history(client.id())).isEmpty();
    }

    private static long count(List<Episode> episodes, Outcome outcome) {
        return episodes.stream().filter(e -> e.outcome() == outcome).count();
    }

    static SessionRecords.Created upload(Clinic.ClinicianScope scope, String clientId) {
        return scope.sessions().create(clientId, newSession(), files(), SETTINGS).orElseThrow();
    }

    private static NewSession newSession() {
        return new NewSession("Session", "2026-03-01", null, "", 6, 3);
    }

    private static List<SessionRecords.NewFile> files() {
        return List.of(new SessionRecords.NewFile(SessionFile.RECORDING, "s.edf", "ab".repeat(32), 1234));
    }

    static void finishJob(Clinic clinic, Job job, List<Episode> episodes) {
        Job claimed = clinic.jobQueue().claimNext().orElseThrow();
        assertThat(claimed.id()).isEqualTo(job.id());
        clinic.jobQueue().complete(job.id(), job.sessionId(), job.settingsJson(), 600, "{\"episodes\":[]}", episodes);
        assertThat(clinic.jobQueue().find(job.id()).orElseThrow().state()).isEqualTo(Job.DONE);
    }

    static Episode episode(Outcome outcome, double peakS, double vagalRebound) {
        return new Episode(100, 160, outcome == Outcome.RESOLVED ? 170 : Double.NaN, 400, outcome, false, 0.8,
                new EpisodeMetrics(60, peakS, 0.6, 40, vagalRebound, 30, -0.1, 20, Double.NaN, List.of("EDA", "ECG")));
    }
}
