package org.lacrima.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.app.store.TestDatabases.Kind;

/**
 * A client's history is in recording order, on SQLite and PostgreSQL: the clinician's date first, else
 * the start time the file gave, else the upload day flagged as unknown; editing the date re-files it.
 */
class SessionDatesTest {
    private static final String SETTINGS = "{\"baselineStartSec\":null,\"baselineEndSec\":null,\"interventionLabels\":[]}";
    private static final LocalDate FIRST = LocalDate.of(2025, 11, 3);

    @TempDir
    Path dir;
    private final List<Database> opened = new ArrayList<>();

    @AfterEach
    void closeDatabases() {
        opened.forEach(Database::close);
    }

    static List<Long> seeds() {
        return LongStream.rangeClosed(1, 6).boxed().toList();
    }

    /** What one generated session should be filed under. */
    private record Planned(String id, String expectedDate, String expectedSource, String expectedTime) {
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void historyFollowsTheRecordingDateWhateverOrderTheUploadsCameIn(long seed) {
        for (Kind kind : Kind.values()) {
            Random random = new Random(seed);
            // Each call moves the clock on by a minute, so upload order is never a tie.
            Clinic clinic = clinic(kind, Instant.parse("2026-02-01T09:00:00Z"));
            Clinic.ClinicianScope scope = clinic.scopedTo(
                    clinic.accounts().signUp("d" + seed + "@example.org", null, "correct horse battery").orElseThrow());
            Client client = scope.clients().create("D-" + seed, "").orElseThrow();
            List<Planned> planned = new ArrayList<>();
            for (int i = 2 + random.nextInt(6); i > 0; i--) {
                LocalDate day = FIRST.plusDays(random.nextInt(90));
                int how = random.nextInt(3);
                String recordedOn = how == 0 ? day.toString() : null;
                SessionRecords.Created created = scope.sessions().create(client.id(),
                        new NewSession("s" + i, recordedOn, null, "", null, null),
                        List.of(new SessionRecords.NewFile(SessionFile.RECORDING, "s.edf", "ab".repeat(32), 10)),
                        SETTINGS).orElseThrow();
                LocalDateTime start = how == 1 ? day.atTime(8 + random.nextInt(10), random.nextInt(60)) : null;
                clinic.jobQueue().claimNext().orElseThrow();
                clinic.jobQueue().complete(created.job().id(), created.session().id(), SETTINGS, 60,
                        "{\"episodes\":[]}", List.of(), start);
                String uploadDay = Instant.ofEpochMilli(created.session().createdAtMillis())
                        .atOffset(ZoneOffset.UTC).toLocalDate().toString();
                planned.add(switch (how) {
                    case 0 -> new Planned(created.session().id(), day.toString(), RecordingDate.CLINICIAN, null);
                    case 1 -> new Planned(created.session().id(), day.toString(), RecordingDate.RECORDING,
                            String.format("%02d:%02d", start.getHour(), start.getMinute()));
                    default -> new Planned(created.session().id(), uploadDay, RecordingDate.UNKNOWN, null);
                });
            }
            List<Planned> expected = planned.stream().sorted(Comparator.comparing(Planned::expectedDate)
                    .thenComparing(Planned::expectedTime, Comparator.nullsLast(Comparator.naturalOrder()))).toList();

            List<SessionHistory> history = scope.analyses().history(client.id());
            assertThat(history).extracting(SessionHistory::sessionId)
                    .as("%s seed %d", kind, seed).containsExactlyElementsOf(expected.stream().map(Planned::id).toList());
            assertThat(history).extracting(h -> h.recordingDate().date(), h -> h.recordingDate().source(),
                            h -> h.recordingDate().time())
                    .containsExactlyElementsOf(expected.stream().map(p -> org.assertj.core.groups.Tuple.tuple(
                            p.expectedDate(), p.expectedSource(), p.expectedTime())).toList());
            assertThat(scope.sessions().ofClient(client.id())).extracting(TherapySession::id)
                    .containsExactlyElementsOf(expected.stream().map(Planned::id).toList());

            // The clinician dates the last session before all others: it moves to the front, and is known.
            SessionHistory last = history.get(history.size() - 1);
            TherapySession redated = scope.sessions().redate(last.sessionId(), "2025-01-01").orElseThrow();
            assertThat(redated.recordingDate()).isEqualTo(
                    new RecordingDate("2025-01-01", null, RecordingDate.CLINICIAN));
            assertThat(scope.analyses().history(client.id()).get(0).sessionId()).isEqualTo(last.sessionId());
            // Cleared again, it goes back to what the file says, or to unknown.
            String before = expected.get(expected.size() - 1).expectedSource();
            assertThat(scope.sessions().redate(last.sessionId(), null).orElseThrow().recordingDate().source())
                    .isEqualTo(RecordingDate.RECORDING.equals(before) ? before : RecordingDate.UNKNOWN);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anotherClinicianCannotRedateASession(long seed) {
        Clinic clinic = clinic(Kind.SQLITE, Instant.parse("2026-02-01T09:00:00Z"));
        Clinic.ClinicianScope a = clinic.scopedTo(
                clinic.accounts().signUp("a@example.org", null, "correct horse battery").orElseThrow());
        Clinic.ClinicianScope b = clinic.scopedTo(
                clinic.accounts().signUp("b@example.org", null, "correct horse battery").orElseThrow());
        Client client = a.clients().create("R-" + seed, "").orElseThrow();
        String day = FIRST.plusDays(new Random(seed).nextInt(300)).toString();
        SessionRecords.Created created = a.sessions().create(client.id(), new NewSession("s", day, null, "", null, null),
                List.of(new SessionRecords.NewFile(SessionFile.RECORDING, "s.edf", "ab".repeat(32), 10)), SETTINGS)
                .orElseThrow();

        assertThat(b.sessions().redate(created.session().id(), "2020-01-01")).isEmpty();
        assertThat(a.sessions().find(created.session().id()).orElseThrow().recordedOn()).isEqualTo(day);
    }

    private Clinic clinic(Kind kind, Instant start) {
        Database database = TestDatabases.open(kind, dir.resolve("db" + opened.size()));
        opened.add(database);
        return new Clinic(database, new SteppingClock(start), 4);
    }

    /** A clock that moves on a minute each time it is read. */
    private static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(60);
            return now;
        }
    }
}
