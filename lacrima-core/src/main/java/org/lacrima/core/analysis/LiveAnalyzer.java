package org.lacrima.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.BaselineFinder;
import org.lacrima.core.episode.EpisodeTracker;
import org.lacrima.core.episode.IncrementalEpisodeDetector;
import org.lacrima.core.grid.GridBuffer;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;

/**
 * The one analysis, fed in chunks. Each {@link #accept(Recording)} appends a stretch of every channel
 * (e.g. one second, as a live stream delivers it, or the whole file at once); whenever enough new
 * data has arrived, the indices of the next block of the 4 Hz grid are computed from the raw channels
 * with {@value #CONTEXT_BEFORE_SEC} s of context before and the stages' look-ahead after, and
 * passed to the {@link IncrementalEpisodeDetector}. The accelerometer, when there is one, is judged
 * for movement as it arrives (its state kept across chunks) and masks EDA and PPG in every block. A file analysed whole and the same file streamed
 * give the same episodes (up to filter edge effects at block borders, which the context keeps small).
 *
 * <p>Not thread-safe: one feeder at a time.
 */
public final class LiveAnalyzer {
    /** Rate of the common index grid, hertz. */
    public static final double GRID_RATE_HZ = 4;
    /**
     * Raw seconds before a block given to the stages (beat windows, filters, SCR onsets, the RR artefact
     * correction's neighbourhood of some 90 beats). Costs no latency, only a little re-processing.
     */
    static final double CONTEXT_BEFORE_SEC = 90;
    /**
     * Raw seconds after a block the stages need before the block's indices are final: the longest
     * look-ahead of the stages (respiration's breath cycle plus half its rate window, EDA's SCR rise plus
     * half its rate window). With less, a streamed session's onsets and ends drift from the file's by
     * up to half a minute; with this, they agree to the grid step.
     */
    private final double contextAfterSec;
    /**
     * A live channel whose samples end this many seconds before the freshest selected channel's has fallen silent, and
     * the blocks no longer wait for it. Live channels arrive within a few seconds of each other (chunks of a second, a
     * strap's beats up to two intervals late); a longer lag is a sensor or stream that stopped (a Bluetooth dropout
     * loses its samples rather than queueing them), and waiting for it would stop the whole view behind it.
     */
    public static final double STALLED_CHANNEL_SEC = 15;
    /** A block is processed once at least this many new seconds are final: bounds the re-processing cost. */
    static final double MIN_BLOCK_SEC = 10;
    /**
     * The analysis window of a file read in chunks: samples held (all channels) before a block is processed,
     * about 2 hours of 500 Hz ECG with EDA and respiration (32 MB of samples). A file up to this size is
     * analysed in one block, exactly as if it had been read whole; a longer one in blocks of this size, each
     * with {@value #CONTEXT_BEFORE_SEC} s of context, so memory is bounded by the window, not the recording.
     */
    public static final long FILE_WINDOW_SAMPLES = 4_000_000;

    private final RecordingMetadata metadata;
    private final AnalysisOptions options;
    private final Map<String, ChannelBuffer> buffers = new LinkedHashMap<>();
    private final Map<String, ChannelQuality> quality = new LinkedHashMap<>();
    /** Samples held before a block is processed: {@link #FILE_WINDOW_SAMPLES} for a file, none for a live feed. */
    private final long windowSamples;
    /**
     * A live feed: blocks every {@value #MIN_BLOCK_SEC} s, whose stateful stages continue from the last block
     * instead of re-running over the window. A file's few large blocks re-run, so its result never depends on
     * how it was read.
     */
    private final boolean streaming;
    private final List<Event> events = new ArrayList<>();
    /** The indices so far by key (the episode detector's view), and what each key stands for. */
    private final Map<String, GridBuffer> indices = new LinkedHashMap<>();
    private final Map<String, Index> kinds = new LinkedHashMap<>();
    /** Speech breathing on the belt per grid point ({@link IndexBlock#speech}), for the detector only; null without a belt. */
    private GridBuffer speech;
    private final IndexExtractor extractor;
    private final IncrementalEpisodeDetector detector;
    private final MarkerCollector markers = new MarkerCollector();
    private ChannelSelection selection;
    private MotionFeed motion = new MotionFeed(List.of());
    /** The breathing derived from a chest strap's accelerometer when no belt records it; null otherwise. */
    private ChestBreathingFeed chestBreathing;
    private int available;
    /** Grid points the episode detector was last advanced to, and whether events arrived since. */
    private int advancedTo = -1;
    private boolean eventsSinceAdvance;
    private boolean finished;

    /**
     * @param metadata metadata of the recording being streamed
     * @param options  analysis options
     */
    public LiveAnalyzer(RecordingMetadata metadata, AnalysisOptions options) {
        this(metadata, options, 0, true);
    }

    private LiveAnalyzer(RecordingMetadata metadata, AnalysisOptions options, long windowSamples, boolean streaming) {
        this.windowSamples = windowSamples;
        this.streaming = streaming;
        this.metadata = metadata;
        this.options = options;
        this.extractor = new IndexExtractor(options);
        this.contextAfterSec = extractor.lookAheadSec();
        this.detector = new IncrementalEpisodeDetector(GRID_RATE_HZ, options.detector(), options.interventionPolicy(),
                BaselineFinder.defaults(), options.baseline());
    }

    /**
     * An analyzer for a file read in chunks: it processes nothing until {@link #FILE_WINDOW_SAMPLES} samples
     * are held or the file ends, so a file that fits the window gets exactly the analysis of the whole file
     * fed at once, and a longer one is analysed window by window in bounded memory.
     *
     * @param metadata metadata of the recording being read
     * @param options  analysis options
     */
    public static LiveAnalyzer forFile(RecordingMetadata metadata, AnalysisOptions options) {
        return forFile(metadata, options, FILE_WINDOW_SAMPLES);
    }

    /** A file analyzer whose window holds {@code windowSamples} samples (tests use small ones). */
    static LiveAnalyzer forFile(RecordingMetadata metadata, AnalysisOptions options, long windowSamples) {
        return new LiveAnalyzer(metadata, options, windowSamples, false);
    }

    /**
     * The analyzer of a recording held whole ({@link SessionAnalyzer}): fed in one chunk, each block re-runs the
     * stages over its window, as a file's blocks do.
     */
    static LiveAnalyzer forRecording(RecordingMetadata metadata, AnalysisOptions options) {
        return new LiveAnalyzer(metadata, options, 0, false);
    }

    /**
     * Appends the next stretch of the recording: its channels continue the ones seen so far (same
     * labels), its events are added. The first chunk fixes which channels are analysed (one per type):
     * a channel first seen in a later chunk is listed but not analysed, so a feed gives every channel in
     * its first chunk, empty where it has no samples yet (as the server's live sessions do). A channel
     * left out of later chunks for more than {@value #STALLED_CHANNEL_SEC} s is no longer waited for.
     *
     * @throws IllegalArgumentException if the chosen ECG channel does not exist
     */
    public void accept(Recording chunk) {
        if (finished) {
            throw new IllegalStateException("analysis already finished");
        }
        if (selection == null) {
            chestBreathing = ChestBreathingFeed.of(metadata, chunk.channels()).orElse(null);
            List<Channel> channels = new ArrayList<>(chunk.channels());
            if (chestBreathing != null) {
                channels.add(chestBreathing.placeholder());
            }
            selection = new ChannelSelection(channels, options.ecgChannel(), metadata.source());
            motion = new MotionFeed(selection.accelerometer());
        }
        for (Channel c : chunk.channels()) {
            buffers.computeIfAbsent(c.label(), l -> new ChannelBuffer()).append(c);
        }
        motion.advance(buffers);
        if (chestBreathing != null) {
            chestBreathing.advance(buffers);
        }
        events.addAll(chunk.events());
        detector.addEvents(chunk.events());
        eventsSinceAdvance |= !chunk.events().isEmpty();
        processBlocks(false, heldSamples() >= windowSamples, true);
    }

    /** The analysis so far: episodes whose outcome is settled, indices up to the last final grid point. */
    public SessionAnalysis snapshot() {
        return SessionAnalysisAssembler.assemble(this);
    }

    /** The baseline the episodes so far are judged against (seconds), once fixed. */
    public Optional<Baseline> baseline() {
        return detector.baseline();
    }

    /** Whether {@link #baseline()} holds only until the stream ends ({@link IncrementalEpisodeDetector#baselineProvisional}). */
    public boolean baselineProvisional() {
        return detector.baselineProvisional();
    }

    /** Episodes decided so far, with the recording time at which each outcome was settled. */
    public List<EpisodeTracker.TrackedEpisode> trackedEpisodes() {
        return detector.tracked();
    }

    /** The stream ended: processes the rest and settles every episode. */
    public SessionAnalysis finish() {
        if (!finished) {
            if (selection == null) {
                selection = new ChannelSelection(List.of(), options.ecgChannel(), metadata.source());
            }
            if (windowSamples > 0) {
                // as when the whole file arrives at once: the block up to the look-ahead, then the rest; nothing is
                // discarded, so the channels' quality is judged as for the whole file
                processBlocks(false, true, false);
            }
            processBlocks(true, true, false);
            detector.finish(detectorIndices(), available);
            finished = true;
        }
        return snapshot();
    }

    /**
     * Processes the next block when enough new data is final.
     *
     * @param last  the stream has ended: process everything left
     * @param ready   the feed holds enough to process a block (a file: its window is full)
     * @param discard drop the samples no later block needs
     */
    private void processBlocks(boolean last, boolean ready, boolean discard) {
        double dataEnd = last ? maxEnd() : selectedEnd();
        int target = last ? (int) Math.ceil(dataEnd * GRID_RATE_HZ - 1e-9)
                : (int) Math.floor((dataEnd - contextAfterSec) * GRID_RATE_HZ);
        boolean enough = last ? target > available : target - available >= MIN_BLOCK_SEC * GRID_RATE_HZ;
        if (ready && enough) {
            processBlock(target);
            if (discard) {
                discardAnalysed();
            }
        }
        // the detector sees nothing new between blocks of a live feed (one chunk a second, one block in ten):
        // asking again would only repeat its baseline search over the same indices
        if (available != advancedTo || eventsSinceAdvance) {
            detector.advance(detectorIndices(), available);
            advancedTo = available;
            eventsSinceAdvance = false;
        }
    }

    /**
     * Drops the samples no later block needs (those before the next block's context), once the channel's
     * quality over them has been judged, so the held samples stay within the analysis window.
     */
    private void discardAnalysed() {
        double keepFromSec = available / GRID_RATE_HZ - CONTEXT_BEFORE_SEC - 1;
        buffers.forEach((label, buffer) -> {
            if (buffer.copied()) {
                buffer.discardBefore(Math.min(keepFromSec, quality(label).judgeBefore(buffer, keepFromSec, motion)));
            }
        });
    }

    /** Samples held in all channels. */
    long heldSamples() {
        long held = 0;
        for (ChannelBuffer b : buffers.values()) {
            held += b.held();
        }
        return held;
    }

    private void processBlock(int target) {
        IndexBlock block = new IndexBlock(available, target - available);
        double fromSec = available / GRID_RATE_HZ;
        double toSec = target / GRID_RATE_HZ;
        double windowFromSec = fromSec - CONTEXT_BEFORE_SEC;
        double windowToSec = toSec + contextAfterSec;
        extractor.extract(this::window, windowFromSec, windowToSec, streaming, motion.present(),
                motion.moving(windowFromSec, windowToSec), motion.gait(), block, GRID_RATE_HZ, fromSec, toSec);
        for (Map.Entry<Index, double[]> e : block.indices.entrySet()) {
            kinds.putIfAbsent(e.getKey().key(), e.getKey());
            GridBuffer series = indices.computeIfAbsent(e.getKey().key(), k -> {
                GridBuffer b = new GridBuffer();
                b.fill(Double.NaN, available);
                return b;
            });
            for (double v : e.getValue()) {
                series.add(v);
            }
        }
        if (block.speech != null) {
            if (speech == null) {
                speech = new GridBuffer();
                speech.fill(Double.NaN, available);
            }
            for (double v : block.speech) {
                speech.add(v);
            }
        }
        available = target;
        for (GridBuffer series : indices.values()) {
            series.fill(Double.NaN, available - series.length());
        }
        if (speech != null) {
            speech.fill(Double.NaN, available - speech.length());
        }
        if (options.markers()) {
            markers.add(block);
        }
    }

    /** The indices as the episode detector reads them: the output's, and the belt's speech breathing where there is a belt. */
    private Map<String, GridBuffer> detectorIndices() {
        if (speech == null) {
            return indices;
        }
        Map<String, GridBuffer> view = new LinkedHashMap<>(indices);
        view.put(IncrementalEpisodeDetector.SPEECH, speech);
        return view;
    }

    /** The samples of the selected channel of {@code type} in {@code [fromSec, toSec)}; {@code null} without one. */
    private Channel window(ChannelType type, double fromSec, double toSec) {
        String label = selection.labels().get(type);
        return label == null ? null : buffers.get(label).window(fromSec, toSec);
    }

    /** Seconds up to which every selected channel, and the accelerometer that masks them, has data (0 before any). */
    private double selectedEnd() {
        List<Double> ends = new ArrayList<>();
        for (String label : selection.labels().values()) {
            ChannelBuffer b = buffers.get(label);
            if (b != null) {
                ends.add(b.endSec());
            }
        }
        if (motion.present()) {
            ends.add(motion.endSec());
        }
        if (ends.isEmpty()) {
            return maxEnd();
        }
        double freshest = Collections.max(ends);
        double end = Double.POSITIVE_INFINITY;
        for (double e : ends) {
            // a live channel that has fallen silent (a sensor lost, a stream stopped) is not waited for: the blocks go
            // on without it, as over a gap, instead of the whole view stopping until the session ends
            if (!streaming || e >= freshest - STALLED_CHANNEL_SEC) {
                end = Math.min(end, e);
            }
        }
        return end;
    }

    private double maxEnd() {
        double end = 0;
        for (ChannelBuffer b : buffers.values()) {
            end = Math.max(end, b.endSec());
        }
        return end;
    }

    /** Seconds of raw data after a block before its indices are final: how far a live view trails its feed. */
    double lookAheadSec() {
        return contextAfterSec;
    }

    RecordingMetadata metadata() {
        return metadata;
    }

    AnalysisOptions options() {
        return options;
    }

    Map<String, ChannelBuffer> buffers() {
        return buffers;
    }

    /** The quality judged so far of the channel labelled {@code label}. */
    ChannelQuality quality(String label) {
        return quality.computeIfAbsent(label, l -> new ChannelQuality());
    }

    ChannelSelection selection() {
        return selection;
    }

    List<Event> events() {
        return events;
    }

    Map<String, GridBuffer> indices() {
        return indices;
    }

    /** The index stored under {@code key}, with the unit of the channel it came from. */
    Index kind(String key) {
        return kinds.get(key);
    }

    int available() {
        return available;
    }

    IncrementalEpisodeDetector detector() {
        return detector;
    }

    /**
     * Whether the analysis read {@code channel}: the one selected for its type, and for the heart's channels one that
     * gave beats (an RR list beside an ECG only where the ECG had none).
     */
    boolean used(Channel channel) {
        return selection != null && selection.uses(channel) && extractor.reads(channel.type());
    }

    org.lacrima.core.hrv.RrSeries normalIntervals() {
        return extractor.normalIntervals();
    }

    java.util.Collection<String> stageWarnings() {
        return extractor.warnings();
    }

    MotionFeed motion() {
        return motion;
    }

    MarkerCollector markers() {
        return markers;
    }

    boolean finished() {
        return finished;
    }
}
