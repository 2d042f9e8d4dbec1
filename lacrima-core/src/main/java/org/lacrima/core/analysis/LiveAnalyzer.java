package org.lacrima.core.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lacrima.core.eda.EdaAnalyzer;
import org.lacrima.core.episode.BaselineFinder;
import org.lacrima.core.episode.EpisodeTracker;
import org.lacrima.core.episode.IncrementalEpisodeDetector;
import org.lacrima.core.grid.GridBuffer;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.rsp.RespirationAnalyzer;

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
    static final double CONTEXT_AFTER_SEC = Math.max(new EdaAnalyzer().lookAheadSec(),
            new RespirationAnalyzer().lookAheadSec());
    /** A block is processed once at least this many new seconds are final: bounds the re-processing cost. */
    static final double MIN_BLOCK_SEC = 10;

    private final RecordingMetadata metadata;
    private final AnalysisOptions options;
    private final Map<String, ChannelBuffer> buffers = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final Map<String, GridBuffer> indices = new LinkedHashMap<>();
    private final IndexExtractor extractor;
    private final IncrementalEpisodeDetector detector;
    private final MarkerCollector markers = new MarkerCollector();
    private ChannelSelection selection;
    private MotionFeed motion = new MotionFeed(List.of());
    private int available;
    private boolean finished;

    /**
     * @param metadata metadata of the recording being streamed
     * @param options  analysis options
     */
    public LiveAnalyzer(RecordingMetadata metadata, AnalysisOptions options) {
        this.metadata = metadata;
        this.options = options;
        this.extractor = new IndexExtractor(options);
        this.detector = new IncrementalEpisodeDetector(GRID_RATE_HZ, options.detector(), options.interventionPolicy(),
                BaselineFinder.defaults(), options.baseline());
    }

    /**
     * Appends the next stretch of the recording: its channels continue the ones seen so far (same
     * labels), its events are added.
     *
     * @throws IllegalArgumentException if the chosen ECG channel does not exist
     */
    public void accept(Recording chunk) {
        if (finished) {
            throw new IllegalStateException("analysis already finished");
        }
        if (selection == null) {
            selection = new ChannelSelection(chunk.channels(), options.ecgChannel(), metadata.source());
            motion = new MotionFeed(selection.accelerometer());
        }
        for (Channel c : chunk.channels()) {
            buffers.computeIfAbsent(c.label(), l -> new ChannelBuffer()).append(c);
        }
        motion.advance(buffers);
        events.addAll(chunk.events());
        detector.addEvents(chunk.events());
        processBlocks(false);
    }

    /** The analysis so far: episodes whose outcome is settled, indices up to the last final grid point. */
    public SessionAnalysis snapshot() {
        return SessionAnalysisAssembler.assemble(this);
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
            processBlocks(true);
            detector.finish(indices, available);
            finished = true;
        }
        return snapshot();
    }

    private void processBlocks(boolean last) {
        double dataEnd = last ? maxEnd() : selectedEnd();
        int target = last ? (int) Math.ceil(dataEnd * GRID_RATE_HZ - 1e-9)
                : (int) Math.floor((dataEnd - CONTEXT_AFTER_SEC) * GRID_RATE_HZ);
        boolean enough = last ? target > available : target - available >= MIN_BLOCK_SEC * GRID_RATE_HZ;
        if (enough) {
            processBlock(target);
        }
        detector.advance(indices, available);
    }

    private void processBlock(int target) {
        IndexBlock block = new IndexBlock(available, target - available);
        double fromSec = available / GRID_RATE_HZ;
        double toSec = target / GRID_RATE_HZ;
        Map<ChannelType, Channel> window = new EnumMap<>(ChannelType.class);
        selection.labels().forEach((type, label) -> window.put(type,
                buffers.get(label).window(fromSec - CONTEXT_BEFORE_SEC, toSec + CONTEXT_AFTER_SEC)));
        extractor.extract(window, motion.moving(fromSec - CONTEXT_BEFORE_SEC, toSec + CONTEXT_AFTER_SEC), block,
                GRID_RATE_HZ, fromSec, toSec);
        for (Map.Entry<String, double[]> e : block.indices.entrySet()) {
            GridBuffer series = indices.computeIfAbsent(e.getKey(), k -> {
                GridBuffer b = new GridBuffer();
                b.fill(Double.NaN, available);
                return b;
            });
            for (double v : e.getValue()) {
                series.add(v);
            }
        }
        available = target;
        for (GridBuffer series : indices.values()) {
            series.fill(Double.NaN, available - series.length());
        }
        if (options.markers()) {
            markers.add(block);
        }
    }

    /** Seconds up to which every selected channel, and the accelerometer that masks them, has data (0 before any). */
    private double selectedEnd() {
        double end = Double.POSITIVE_INFINITY;
        for (String label : selection.labels().values()) {
            ChannelBuffer b = buffers.get(label);
            if (b != null) {
                end = Math.min(end, b.endSec());
            }
        }
        if (motion.present()) {
            end = Math.min(end, motion.endSec());
        }
        return Double.isInfinite(end) ? maxEnd() : end;
    }

    private double maxEnd() {
        double end = 0;
        for (ChannelBuffer b : buffers.values()) {
            end = Math.max(end, b.endSec());
        }
        return end;
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

    ChannelSelection selection() {
        return selection;
    }

    List<Event> events() {
        return events;
    }

    Map<String, GridBuffer> indices() {
        return indices;
    }

    int available() {
        return available;
    }

    IncrementalEpisodeDetector detector() {
        return detector;
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
