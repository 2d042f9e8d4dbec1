package org.lacrima.io.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingHeader;
import org.lacrima.io.RecordingStream;
import org.lacrima.io.SlicingRecordingStream;

/**
 * Reads recordings from delimited text: a header row; a {@code time} column in seconds (or epoch
 * seconds/milliseconds, which set the start date-time) or a rate from {@link ReadOptions#rateHz()};
 * channel columns typed by name (ECG, PPG/BVP, EDA/GSR, RSP/RESP, RR, ...) or by the options'
 * mapping, others kept as OTHER. A unit may follow the name in brackets ("EDA [uS]"). Comma,
 * semicolon (with decimal commas) or tab separated, detected from the first lines.
 *
 * <p>A column that has values only every k-th row is a channel at 1/k of the row rate (this is how
 * {@link CsvRecordingWriter} stores channels of different rates). An RR column becomes an irregular
 * channel stamped with its row times, or with the cumulative sum of the intervals when the file has
 * neither time column nor rate; intervals above 10 are taken as milliseconds.
 */
public final class CsvRecordingReader {
    private CsvRecordingReader() {
    }

    /**
     * A value and its separator take at least this many bytes in real exports ("0.1,"); the estimate
     * of a file's samples before reading it, so a file far over the budget is refused up front.
     */
    private static final int MIN_BYTES_PER_VALUE = 4;
    /** How far (in sample periods) the last sample may drift before the whole time column's rate is used. */
    private static final double MAX_DRIFT_SAMPLES = 0.1;

    /** Reads the whole file, refusing it up front when its size suggests more samples than the budget holds. */
    public static ReadResult read(Path file, ReadOptions options) throws IOException {
        switch (CsvShapes.of(file)) {
            case TIMESTAMPED -> {
                return TimestampedCsvReader.read(file, options);
            }
            case VALUE_LINE -> {
                return ValueLineReader.read(file, options);
            }
            case TABLE -> {
                // read below
            }
        }
        options.budget().checkRecording(file, (double) Files.size(file) / MIN_BYTES_PER_VALUE, 0);
        try (CsvRecordingSource src = CsvRecordingSource.open(file, options)) {
            Recording rec = src.next(Long.MAX_VALUE);
            src.finish();
            List<String> warnings = new ArrayList<>(src.warnings());
            if (options.rateHz().isEmpty()) {
                rec = withWholeColumnRate(file, rec, src.rateHz(), src.wholeColumnRateHz(), warnings);
            }
            return new ReadResult(rec, warnings);
        }
    }

    /**
     * The recording re-timed at the rate of the whole time column when the first rows' estimate would
     * let the last sample drift by more than a tenth of a sample period.
     */
    private static Recording withWholeColumnRate(Path file, Recording rec, double firstRowsHz, double wholeHz,
                                                 List<String> warnings) {
        int samples = rec.channels().stream().filter(Channel::isRegular).mapToInt(Channel::length).max().orElse(0);
        if (Double.isNaN(wholeHz) || Double.isNaN(firstRowsHz)
                || Math.abs(wholeHz / firstRowsHz - 1) * samples <= MAX_DRIFT_SAMPLES) {
            return rec;
        }
        double factor = wholeHz / firstRowsHz;
        List<Channel> channels = new ArrayList<>();
        for (Channel c : rec.channels()) {
            channels.add(c.isRegular() ? Channel.regular(c.label(), c.type(), c.unit(), c.rateHz() * factor,
                    c.startOffsetSec(), c.values()) : c);
        }
        warnings.add(String.format(Locale.ROOT, "%s: sampling rate %.6f Hz from the whole time column (the first rows "
                + "suggested %.6f Hz)", file.getFileName(), wholeHz, firstRowsHz));
        return new Recording(rec.metadata(), channels, rec.events(), rec.referenceBeats());
    }

    /** Opens the file for reading in chunks of rows. */
    public static RecordingStream open(Path file, ReadOptions options) throws IOException {
        if (CsvShapes.of(file) != CsvShapes.Shape.TABLE) {
            // timestamped rows and value lines are small device exports: read whole, then sliced
            return new SlicingRecordingStream(read(file, options));
        }
        CsvRecordingSource src = CsvRecordingSource.open(file, options);
        if (Double.isNaN(src.rateHz())) {
            // an RR list has no row rate to size chunks by; such files are small
            try (src) {
                Recording rec = src.next(Long.MAX_VALUE);
                src.finish();
                return new SlicingRecordingStream(new ReadResult(rec, src.warnings()));
            }
        }
        return new Stream(src);
    }

    private static final class Stream implements RecordingStream {
        private final CsvRecordingSource src;
        private final RecordingHeader header;

        Stream(CsvRecordingSource src) {
            this.src = src;
            this.header = new RecordingHeader(src.metadata(), src.channels(), Double.NaN);
        }

        @Override
        public RecordingHeader header() {
            return header;
        }

        @Override
        public boolean hasNext() {
            try {
                return src.hasNext();
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public Recording next(double chunkSec) throws IOException {
            if (!src.hasNext()) {
                throw new NoSuchElementException("no more rows");
            }
            int stride = src.maxStride();
            long rows = Math.max(1, (long) Math.ceil(chunkSec * src.rateHz() / stride)) * stride;
            Recording chunk = src.next(rows);
            if (!src.hasNext()) {
                src.finish();
            }
            return chunk;
        }

        @Override
        public List<String> warnings() {
            return List.copyOf(src.warnings());
        }

        @Override
        public void close() throws IOException {
            src.close();
        }
    }
}
