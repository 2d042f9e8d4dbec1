package org.lacrima.app.live;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.LiveAnalyzer;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.DetectorSettings;
import org.lacrima.core.episode.EpisodeTracker;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.io.ChannelInfo;

/**
 * One live session in memory: the declared channels, the next expected sequence number, the samples,
 * the analyzer and the sockets listening. Every accepted message is journalled before it is applied
 * and acknowledged, so what the sender saw acknowledged survives a crash. Thread-safe (one lock).
 */
public final class LiveSession {
    private static final Logger LOG = Logger.getLogger(LiveSession.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** New data (seconds) between pushed updates; the analysis itself advances in 10-s blocks. */
    static final double UPDATE_EVERY_SEC = 5;

    private final String id;
    private final String clientId;
    private final java.nio.file.Path journalFile;
    private final LiveSampleJournal journal;
    private final Set<LivePeer> peers = new CopyOnWriteArraySet<>();
    private final PhaseJudge judge = new PhaseJudge(DetectorSettings.defaults());
    private final List<Event> pendingEvents = new ArrayList<>();
    private final List<Phase> phaseChanges = new ArrayList<>();
    private List<ChannelInfo> channels = List.of();
    private BodySite accelerometerSite = BodySite.UNKNOWN;
    private LiveSamples samples;
    private LiveAnalyzer analyzer;
    private String analysisProblem;
    private long nextSeq;
    private double lastUpdateSec = Double.NEGATIVE_INFINITY;
    private String lastUpdate;
    private boolean ended;

    private LiveSession(String id, String clientId, java.nio.file.Path journalFile, LiveSampleJournal journal) {
        this.id = id;
        this.clientId = clientId;
        this.journalFile = journalFile;
        this.journal = journal;
    }

    /** Opens the session's journal and replays what it holds (a new session starts empty). */
    static LiveSession open(String id, String clientId, java.nio.file.Path journalFile) throws IOException {
        List<LiveSampleJournal.Entry> entries = new ArrayList<>();
        LiveSession session = new LiveSession(id, clientId, journalFile, LiveSampleJournal.open(journalFile, entries));
        try {
            LiveSampleJournal.replay(entries, session::applyText, session::applyChunk);
        } catch (IOException e) {
            session.close();
            throw new IOException("live session " + id + ": " + e.getMessage(), e);
        }
        session.lastUpdate = session.computeUpdate();
        return session;
    }

    public String id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    /** Adds a socket and tells it where the stream stands. */
    public void join(LivePeer peer) {
        peers.add(peer);
        synchronized (this) {
            peer.send(ready());
            if (lastUpdate != null) {
                peer.send(lastUpdate);
            }
        }
    }

    public void leave(LivePeer peer) {
        peers.remove(peer);
    }

    /** Handles a JSON text message from a socket. */
    public synchronized void onText(LivePeer from, String text) {
        try {
            LiveMessage m = LiveMessageParser.parse(text, channels);
            if (m instanceof LiveMessage.Chunk c) {
                onChunk(from, c.chunk());
                return;
            }
            checkOpen();
            if (m instanceof LiveMessage.Hello h && !channels.isEmpty()) {
                if (!h.channels().equals(channels)) {
                    throw new LiveFrameException("the channels differ from the ones this session declared first: "
                            + describe(channels));
                }
                if (h.accelerometerSite() != accelerometerSite) {
                    throw new LiveFrameException("the accelerometer's site differs from the one this session declared "
                            + "first: " + accelerometerSite.word());
                }
                from.send(ready());
                return;
            }
            journal.append(LiveSampleJournal.TEXT, text.getBytes(StandardCharsets.UTF_8));
            applyText(m);
            if (m instanceof LiveMessage.Hello) {
                // Every socket learns the channels (the page shows what is being received).
                String ready = ready();
                peers.forEach(p -> p.send(ready));
            } else {
                publish(true);
            }
        } catch (LiveFrameException e) {
            from.send(error(e.getMessage(), null));
        } catch (IOException e) {
            failedToKeep(from, e);
        }
    }

    /** Handles a binary chunk frame from a socket. */
    public synchronized void onBinary(LivePeer from, ByteBuffer frame) {
        try {
            onChunk(from, BinaryChunkCodec.decode(frame));
        } catch (LiveFrameException e) {
            from.send(error(e.getMessage(), null));
        }
    }

    private void onChunk(LivePeer from, LiveChunk chunk) {
        try {
            checkOpen();
            if (channels.isEmpty()) {
                throw new LiveFrameException("chunk " + chunk.seq() + " before any hello declared the channels");
            }
            if (chunk.seq() < nextSeq) {
                from.send(json(Map.of("type", "ack", "seq", chunk.seq(), "nextSeq", nextSeq, "duplicate", true)));
                return;
            }
            if (chunk.seq() > nextSeq) {
                throw new LiveFrameException("chunk " + chunk.seq() + " out of order: expected " + nextSeq
                        + "; send from " + nextSeq);
            }
            LiveChunkRules.check(chunk, channels, samples.lastTimes());
            byte[] stored = BinaryChunkCodec.encode(chunk);
            journal.append(LiveSampleJournal.CHUNK, stored);
            // Applied as stored (values rounded to 32-bit floats), so a restart replays exactly this.
            applyChunk(BinaryChunkCodec.decode(ByteBuffer.wrap(stored)));
            from.send(json(Map.of("type", "ack", "seq", chunk.seq(), "nextSeq", nextSeq)));
            publish(false);
        } catch (LiveFrameException e) {
            from.send(error(e.getMessage(), chunk.seq()));
        } catch (IOException e) {
            failedToKeep(from, e);
        }
    }

    private void applyText(LiveMessage m) {
        if (m instanceof LiveMessage.Hello h) {
            channels = h.channels();
            accelerometerSite = h.accelerometerSite();
            samples = LiveSamples.counting(channels);
            analyzer = new LiveAnalyzer(RecordingMetadata.of("live session " + id).withAccelerometerSite(accelerometerSite),
                    AnalysisOptions.defaults());
        } else if (m instanceof LiveMessage.Mark mark) {
            Event e = Event.at(mark.atSec(), mark.label());
            pendingEvents.add(e);
            if (samples != null) {
                samples.addEvent(e); // shown on the page
            }
        }
    }

    private void applyChunk(LiveChunk chunk) {
        Recording piece = samples.append(chunk);
        nextSeq = chunk.seq() + 1;
        if (analyzer == null) {
            return;
        }
        if (!pendingEvents.isEmpty()) {
            List<Event> all = new ArrayList<>(piece.events());
            all.addAll(pendingEvents);
            pendingEvents.clear();
            piece = piece.withEvents(all);
        }
        try {
            analyzer.accept(piece);
        } catch (RuntimeException e) {
            // The samples are kept and stored; only the live view stops.
            analysisProblem = "the live analysis stopped: " + e.getMessage();
            LOG.log(Level.WARNING, "live session " + id + ": " + analysisProblem, e);
            analyzer = null;
        }
    }

    /** Pushes an update when enough new data was analysed (or at once when {@code now}). */
    private void publish(boolean now) {
        if (!now && samples.endSec() - lastUpdateSec < UPDATE_EVERY_SEC) {
            return;
        }
        lastUpdate = computeUpdate();
        if (lastUpdate != null) {
            peers.forEach(p -> p.send(lastUpdate));
        }
    }

    private String computeUpdate() {
        if (samples == null) {
            return null;
        }
        lastUpdateSec = samples.endSec();
        if (analyzer == null) {
            // the sensors that went quiet are named even when the live analysis has stopped: the samples are still kept
            return json(Map.of("type", "update", "receivedSec", samples.endSec(), "phase", "",
                    "problem", analysisProblem == null ? "" : analysisProblem, "events", samples.events(),
                    "silent", samples.silent(LiveAnalyzer.STALLED_CHANNEL_SEC)));
        }
        SessionAnalysis snapshot = analyzer.snapshot();
        double[] s = snapshot.index(Index.S).map(r -> r.values().toArray()).orElse(new double[0]);
        List<EpisodeTracker.TrackedEpisode> tracked = analyzer.trackedEpisodes();
        Phase phase = judge.judge(tracked, s, LiveAnalyzer.GRID_RATE_HZ);
        if (phaseChanges.isEmpty() || phaseChanges.get(phaseChanges.size() - 1) != phase) {
            phaseChanges.add(phase);
        }
        return json(LiveUpdate.of(samples.endSec(), snapshot, s, phase,
                LiveUpdate.BaselineView.of(analyzer.baseline(), analyzer.baselineProvisional()), tracked, samples.events(),
                samples.silent(LiveAnalyzer.STALLED_CHANNEL_SEC)));
    }

    /** Whether the stream has ended (no more chunks are taken). */
    public synchronized boolean isEnded() {
        return ended;
    }

    /** The next sequence number expected (= chunks received). */
    public synchronized long nextSeq() {
        return nextSeq;
    }

    /** Phases in the order they were shown, without repeats. */
    public synchronized List<Phase> phaseChanges() {
        return List.copyOf(phaseChanges);
    }

    /**
     * Ends the stream: no more chunks are accepted. Returns the whole recording (the caller stores it).
     *
     * @throws IllegalArgumentException if nothing was received
     * @throws IllegalStateException    if it is being stored already
     */
    synchronized Recording end(RecordingMetadata metadata) throws IOException {
        if (samples == null || samples.endSec() <= 0) {
            throw new IllegalArgumentException("nothing was received in this live session yet");
        }
        if (ended) {
            throw new IllegalStateException("this live session is being stored already");
        }
        ended = true;
        journal.sync();
        // Rebuilt from the journal: while live, the samples are kept only there and in the analyzer.
        LiveSamples all = LiveSamples.keeping(channels);
        List<Event> marks = new ArrayList<>();
        try {
            LiveSampleJournal.replay(LiveSampleJournal.read(journalFile), m -> {
                if (m instanceof LiveMessage.Mark mark) {
                    marks.add(Event.at(mark.atSec(), mark.label()));
                }
            }, all::append);
        } catch (IOException | RuntimeException e) {
            ended = false;
            throw e;
        }
        marks.forEach(all::addEvent);
        return all.recording(metadata.withAccelerometerSite(accelerometerSite));
    }

    /** Reopens a session whose storing failed, so nothing is lost and it can be ended again. */
    synchronized void reopen() {
        ended = false;
    }

    /** Tells every socket the session is stored, closes the journal. */
    void closeAfterStoring(String sessionId, String jobId) {
        String msg = json(Map.of("type", "ended", "sessionId", sessionId, "jobId", jobId));
        peers.forEach(p -> p.send(msg));
        peers.clear();
        close();
    }

    /** Forces the journal to disk. */
    void sync() throws IOException {
        journal.sync();
    }

    void close() {
        try {
            journal.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "live session " + id + ": closing the journal failed", e);
        }
    }

    private void checkOpen() throws LiveFrameException {
        if (ended) {
            throw new LiveFrameException("this live session has ended");
        }
    }

    private String ready() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "ready");
        m.put("liveSessionId", id);
        m.put("nextSeq", nextSeq);
        m.put("ended", ended);
        m.put("channels", channels.stream().map(LiveChunks::declaration).toList());
        m.put("accelerometerSite", accelerometerSite.word());
        return json(m);
    }

    private void failedToKeep(LivePeer from, IOException e) {
        LOG.log(Level.SEVERE, "live session " + id + ": could not append to the journal", e);
        from.send(error("the server could not keep this chunk (disk problem); it was not acknowledged", null));
    }

    private static String error(String message, Long seq) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "error");
        m.put("message", message);
        if (seq != null) {
            m.put("seq", seq);
        }
        return json(m);
    }

    private static String describe(List<ChannelInfo> channels) {
        return channels.stream().map(c -> c.label() + " (" + c.type() + ", "
                + (LiveChannels.isRegular(c) ? c.rateHz() + " Hz" : "irregular") + ")").toList().toString();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
