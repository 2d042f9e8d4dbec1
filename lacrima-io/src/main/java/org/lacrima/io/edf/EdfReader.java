package org.lacrima.io.edf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ChannelInfo;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadBudget;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.RecordingStream;

/**
 * Reads EDF, EDF+ (continuous and discontinuous), BDF and BDF+ files: every signal at its own rate,
 * digital values scaled to physical units, EDF+ annotations as events. In EDF+D files the records
 * are placed by their time-keeping TALs and the gaps between them are filled with NaN.
 */
public final class EdfReader {
    /** Gaps may at most add this factor of the recorded samples before the file is refused. */
    private static final int MAX_GAP_FACTOR = 4;
    private static final long MAX_GAP_SLACK = 10_000_000L;

    private EdfReader() {
    }

    /** Reads the whole file within the {@linkplain ReadBudget#defaults() default budget}. */
    public static ReadResult read(Path file, ChannelTyping typing) throws IOException {
        return read(file, typing, ReadBudget.defaults());
    }

    /** Reads the whole file, refusing it before allocating when its header declares more than {@code budget}. */
    public static ReadResult read(Path file, ChannelTyping typing, ReadBudget budget) throws IOException {
        try (EdfSource src = EdfSource.open(file, typing)) {
            checkBudget(src, budget);
            return read(src, budget);
        }
    }

    /** Opens the file for reading in chunks of whole data records. */
    public static RecordingStream open(Path file, ChannelTyping typing) throws IOException {
        return open(file, typing, ReadBudget.defaults());
    }

    /**
     * Opens the file for reading in chunks, refusing it when its declared duration needs more than
     * {@code budget} to analyse (chunks are small, but the analysis keeps its grids for the whole span).
     */
    public static RecordingStream open(Path file, ChannelTyping typing, ReadBudget budget) throws IOException {
        EdfSource src = EdfSource.open(file, typing);
        try {
            checkStreamBudget(src, budget);
            return new EdfRecordingStream(src);
        } catch (IOException | RuntimeException e) {
            src.close();
            throw e;
        }
    }

    /** Declared samples (records x samples per record of every data signal) and span (records x record duration). */
    private static void checkBudget(EdfSource src, ReadBudget budget) throws RecordingFormatException {
        budget.checkRecording(src.file(), declaredSamples(src), src.header().recordCount() * src.header().recordDurationSec());
    }

    /** As {@link #checkBudget}, for a file read in chunks: it holds one analysis window at a time. */
    private static void checkStreamBudget(EdfSource src, ReadBudget budget) throws RecordingFormatException {
        budget.checkStream(src.file(), declaredSamples(src), src.header().recordCount() * src.header().recordDurationSec());
    }

    private static double declaredSamples(EdfSource src) {
        EdfHeader h = src.header();
        double samples = 0;
        for (int k : src.dataSignals()) {
            samples += (double) h.recordCount() * h.signals().get(k).samplesPerRecord();
        }
        return samples;
    }

    private static ReadResult read(EdfSource src, ReadBudget budget) throws IOException {
        EdfHeader h = src.header();
        int n = (int) h.recordCount();
        int[] signals = src.dataSignals();
        int[] spr = new int[signals.length];
        double[][] data = new double[signals.length][];
        for (int k = 0; k < signals.length; k++) {
            spr[k] = h.signals().get(signals[k]).samplesPerRecord();
            data[k] = new double[n * spr[k]];
        }
        double[] recordStart = new double[n];
        List<Event> events = new ArrayList<>();
        EdfDataRecords records = src.records();
        int block = records.blockRecords();
        for (int first = 0; first < n; first += block) {
            int count = Math.min(block, n - first);
            records.load(first, count);
            for (int r = 0; r < count; r++) {
                int rec = first + r;
                for (int k = 0; k < signals.length; k++) {
                    records.decode(r, signals[k], data[k], rec * spr[k]);
                }
                recordStart[rec] = src.annotate(r, rec, events);
            }
        }
        src.finish();
        events.sort(Comparator.comparingDouble(Event::onsetSec));
        double firstStart = h.isPlus() ? recordStart[0] : 0.0;
        if (h.isDiscontinuous() && hasGaps(recordStart, h.recordDurationSec())) {
            data = fillGaps(src, data, spr, recordStart, budget);
        }
        List<Channel> channels = new ArrayList<>();
        List<ChannelInfo> infos = src.channels();
        for (int k = 0; k < signals.length; k++) {
            ChannelInfo c = infos.get(k);
            channels.add(Channel.regular(c.label(), c.type(), c.unit(), c.rateHz(), firstStart, Samples.wrap(data[k])));
        }
        return new ReadResult(new Recording(src.metadata(), channels, events), src.warnings());
    }

    /** Whether any record starts later than the end of its predecessor (tolerance: a microsecond). */
    static boolean hasGaps(double[] recordStart, double durationSec) {
        for (int i = 1; i < recordStart.length; i++) {
            if (recordStart[i] - (recordStart[i - 1] + durationSec) > 1e-6) {
                return true;
            }
        }
        return false;
    }

    private static double[][] fillGaps(EdfSource src, double[][] data, int[] spr, double[] recordStart,
                                       ReadBudget budget) throws RecordingFormatException {
        double dur = src.header().recordDurationSec();
        int n = recordStart.length;
        double span = recordStart[n - 1] + dur - recordStart[0];
        double filledSamples = 0;
        for (int k = 0; k < data.length; k++) {
            filledSamples += span * spr[k] / dur;
        }
        // the recorded samples stay allocated while the filled copies are made
        double recorded = Arrays.stream(data).mapToDouble(d -> d.length).sum();
        budget.checkRecording(src.file(), filledSamples + recorded, span);
        double[][] out = new double[data.length][];
        for (int k = 0; k < data.length; k++) {
            double rate = spr[k] / dur;
            long length = Math.round(span * rate);
            if (length > MAX_GAP_FACTOR * (long) data[k].length + MAX_GAP_SLACK) {
                throw new RecordingFormatException(src.file(), "EDF+D records span " + span
                        + " s with gaps too long to fill (" + data[k].length + " samples recorded)");
            }
            double[] filled = new double[(int) length];
            Arrays.fill(filled, Double.NaN);
            for (int r = 0; r < n; r++) {
                long at = Math.round((recordStart[r] - recordStart[0]) * rate);
                int len = (int) Math.min(spr[k], length - at);
                if (at < 0 || len <= 0) {
                    continue;
                }
                System.arraycopy(data[k], r * spr[k], filled, (int) at, len);
            }
            out[k] = filled;
        }
        src.warnings().add(src.file().getFileName() + ": discontinuous EDF+D: gaps between data records filled with NaN");
        return out;
    }
}
