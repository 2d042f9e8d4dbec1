package org.lacrima.app.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.lacrima.app.jobs.AnalysisSettings;
import org.lacrima.app.store.Client;
import org.lacrima.app.store.Clinic;
import org.lacrima.app.store.Clinician;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.LiveSessionRecord;
import org.lacrima.app.store.LiveSessionRecords;
import org.lacrima.app.store.NewSession;
import org.lacrima.app.store.SessionRecords;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;

/**
 * The live sessions being received, by id. A session is loaded from its journal the first time a socket
 * asks for it (also after a restart), kept in memory while live, and stored as an EDF+ recording of a
 * new therapy session when it ends. Journals live in {@code <data>/live/<id>/journal} and are forced to
 * the disk every {@value #SYNC_EVERY_SEC} seconds.
 */
public final class LiveSessionRegistry implements AutoCloseable {
    /** How often appended samples are forced to the disk. */
    public static final int SYNC_EVERY_SEC = 2;
    private static final Logger LOG = Logger.getLogger(LiveSessionRegistry.class.getName());

    private final Clinic clinic;
    private final ContentStore content;
    private final Runnable wakeWorker;
    private final Path liveDir;
    private final Path scratch;
    private final Map<String, LiveSession> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService syncer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lacrima-live-sync");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param liveDir    where the journals live (not scratch: they are the only copy until the session ends)
     * @param scratch    for the EDF+ file while it is being stored
     * @param wakeWorker tells the analysis queue a job is waiting
     */
    public LiveSessionRegistry(Clinic clinic, ContentStore content, Runnable wakeWorker, Path liveDir, Path scratch)
            throws IOException {
        this.clinic = clinic;
        this.content = content;
        this.wakeWorker = wakeWorker;
        this.liveDir = Files.createDirectories(liveDir);
        this.scratch = Files.createDirectories(scratch);
        syncer.scheduleWithFixedDelay(this::syncAll, SYNC_EVERY_SEC, SYNC_EVERY_SEC, TimeUnit.SECONDS);
    }

    /** The records of one clinician's live sessions. */
    public LiveSessionRecords records(Clinician clinician) {
        return clinic.liveSessionsOf(clinician);
    }

    /** Starts a live session for a client; empty if the client is not this clinician's. */
    public Optional<LiveSessionRecord> start(Clinician clinician, String clientId, String title) {
        return records(clinician).create(clientId, title == null || title.isBlank() ? "Live session" : title.strip());
    }

    /**
     * The live session for a socket, loaded from its journal if it is not in memory.
     *
     * @return empty if it is not this clinician's or has ended
     */
    public Optional<LiveSession> open(Clinician clinician, String liveId) throws IOException {
        Optional<LiveSessionRecord> record = records(clinician).find(liveId).filter(LiveSessionRecord::isLive);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        synchronized (open) {
            LiveSession s = open.get(liveId);
            if (s == null) {
                s = LiveSession.open(liveId, record.get().clientId(), journalOf(liveId));
                open.put(liveId, s);
            }
            return Optional.of(s);
        }
    }

    /**
     * Starts the live demo (a simulated session replayed at 10x) in a live session that has no data yet.
     *
     * @return false if it is not this clinician's or has ended
     */
    public boolean startDemo(Clinician clinician, String liveId) throws IOException {
        Optional<LiveSession> session = open(clinician, liveId);
        if (session.isEmpty()) {
            return false;
        }
        if (session.get().nextSeq() > 0) {
            throw new IllegalArgumentException("this live session has data already; start a new one for the demo");
        }
        DemoReplay.start(session.get());
        return true;
    }

    /** A stored live session: the therapy session and the job analysing it. */
    public record Ended(String sessionId, String jobId) {
    }

    /**
     * Ends a live session: its recording is stored in the content store ({@link LiveRecordingFiles}: EDF+ with its
     * events, or a strap's Polar exports and events CSV), a therapy session and its analysis job are recorded, and the
     * journal is removed.
     *
     * @return empty if it is not this clinician's or has ended already
     */
    public Optional<Ended> end(Clinician clinician, String liveId) throws IOException {
        Optional<LiveSession> found = open(clinician, liveId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LiveSession session = found.get();
        Clinic.ClinicianScope scope = clinic.scopedTo(clinician);
        Client client = scope.clients().find(session.clientId()).orElseThrow();
        LiveSessionRecord record = records(clinician).find(liveId).orElseThrow();
        LocalDateTime start = LocalDateTime.ofInstant(Instant.ofEpochMilli(record.createdAtMillis()), ZoneOffset.UTC);
        RecordingMetadata metadata = new RecordingMetadata(Optional.of(start), "Lacrima live session", client.code());
        Recording recording = session.end(metadata);
        try {
            List<SessionRecords.NewFile> files = new LiveRecordingFiles(content, scratch)
                    .store(recording, liveId + "-" + start.toLocalDate());
            SessionRecords.Created created = scope.sessions().create(client.id(),
                    new NewSession(record.title(), start.toLocalDate().toString(), null,
                            "Recorded live (" + recording.channels().size() + " channels, "
                                    + Math.round(recording.durationSec()) + " s).", null, null),
                    files, AnalysisSettings.defaults().toJson()).orElseThrow();
            records(clinician).markEnded(liveId, created.session().id());
            wakeWorker.run();
            synchronized (open) {
                open.remove(liveId);
            }
            session.closeAfterStoring(created.session().id(), created.job().id());
            deleteJournal(liveId);
            return Optional.of(new Ended(created.session().id(), created.job().id()));
        } catch (IOException | RuntimeException e) {
            session.reopen();
            throw e;
        }
    }

    private Path journalOf(String liveId) {
        if (!liveId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("not a live session id");
        }
        return liveDir.resolve(liveId).resolve("journal");
    }

    private void deleteJournal(String liveId) {
        Path dir = journalOf(liveId).getParent();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove the journal of stored live session " + liveId, e);
        }
    }

    private void syncAll() {
        for (LiveSession s : open.values()) {
            try {
                s.sync();
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "live session " + s.id() + ": forcing the journal to disk failed", e);
            }
        }
    }

    @Override
    public void close() {
        syncer.shutdownNow();
        synchronized (open) {
            open.values().forEach(LiveSession::close);
            open.clear();
        }
    }
}
