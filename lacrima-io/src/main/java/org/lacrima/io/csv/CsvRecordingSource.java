package org.lacrima.io.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.io.ChannelInfo;
import org.lacrima.io.ChannelLabels;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.SampleBuffer;

/**
 * An open recording CSV: header row, column typing, sampling grid, and rows delivered in chunks.
 * The layout (rate, which column has a value on which rows) is fixed from the first rows, so the
 * whole-file read and the stream give the same channels.
 */
final class CsvRecordingSource implements AutoCloseable {
    private static final int LOOK_AHEAD_ROWS = 2048;
    private static final Set<String> TIME_NAMES = Set.of("time", "t", "times", "time_s", "time_sec", "times_s",
            "seconds", "sec", "timestamp", "elapsed", "elapsed_s");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("(.*?)\\s*[\\[(]([^\\])]*)[\\])]\\s*");
    /** "bio_resting_5min_100hz.csv": a rate stated in the name, used only when nothing else gives one. */
    private static final Pattern RATE_IN_NAME = Pattern.compile("(?i)(?<![a-z0-9.])(\\d+(?:\\.\\d+)?)[ _-]?hz(?![a-z])");
    /** Times above this are epoch seconds, above the next epoch milliseconds. */
    private static final double EPOCH_SECONDS = 1e8;
    private static final double EPOCH_MILLIS = 1e11;

    private final Path file;
    private final CsvReader<CsvRecord> reader;
    private final CsvRows rows;
    /** The first rows, from which the layout is inferred. */
    private final List<CsvRows.Row> lookAhead;
    private final int fieldCount;
    private final int timeColumn;
    private final List<CsvColumn> columns;
    private final double rateHz;
    private final double timeScale;
    private final double timeBase;
    private final Optional<LocalDateTime> start;
    private final List<String> warnings = new ArrayList<>();
    private long nextRow;
    private double firstTime = Double.NaN;
    private double cumulativeSec;
    private long missingCells;
    private double wholeColumnRateHz = Double.NaN;

    private CsvRecordingSource(Path file, CsvReader<CsvRecord> reader, CloseableIterator<CsvRecord> records,
                               String[] header, char separator, ReadOptions options) throws IOException {
        this.file = file;
        this.reader = reader;
        this.fieldCount = header.length;
        this.timeColumn = timeColumnOf(header);
        this.rows = new CsvRows(file, records, header.length, separator == ';' || separator == '\t', timeColumn,
                warnings);
        ChannelTyping typing = options.typing();
        this.lookAhead = rows.lookAhead(LOOK_AHEAD_ROWS);
        if (lookAhead.isEmpty()) {
            throw error("no data rows after the header");
        }
        this.columns = uniquelyLabelled(columnsOf(header, typing));
        if (columns.isEmpty()) {
            throw error("no channel columns besides the time column");
        }
        double first = lookAhead.get(0).time();
        if (timeColumn >= 0 && first > EPOCH_MILLIS) {
            timeScale = 1e-3;
        } else {
            timeScale = 1.0;
        }
        double firstSec = first * timeScale;
        if (timeColumn >= 0 && firstSec > EPOCH_SECONDS) {
            timeBase = Math.floor(firstSec);
            start = Optional.of(LocalDateTime.ofInstant(Instant.ofEpochSecond((long) timeBase), ZoneOffset.UTC));
        } else {
            timeBase = 0;
            start = Optional.empty();
        }
        this.rateHz = rateOf(options);
    }

    /** Opens {@code file}; the caller closes it. */
    static CsvRecordingSource open(Path file, ReadOptions options) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64 * 1024);
        } catch (NoSuchFileException e) {
            throw new RecordingFormatException(file, "file not found");
        }
        if (head.length == 0) {
            throw new RecordingFormatException(file, "empty file");
        }
        for (byte b : head) {
            if (b == 0) {
                throw new RecordingFormatException(file, "binary content, not a CSV text file");
            }
        }
        String text = new String(head, StandardCharsets.UTF_8);
        String[] lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .limit(2).toArray(String[]::new);
        if (lines.length == 0) {
            throw new RecordingFormatException(file, "no header row");
        }
        char separator = CsvDialect.separator(lines[0], lines.length > 1 ? lines[1] : null);
        Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).commentStrategy(CommentStrategy.SKIP)
                .ofCsvRecord(r);
        try {
            CloseableIterator<CsvRecord> it = reader.iterator();
            if (!it.hasNext()) {
                throw new RecordingFormatException(file, "no header row");
            }
            CsvRecord firstRecord = it.next();
            String[] header = firstRecord.getFields().stream().map(s -> s.replace("\uFEFF", "").strip())
                    .toArray(String[]::new);
            if (Arrays.stream(header).filter(h -> !h.isEmpty()).allMatch(CsvRecordingSource::isNumber)) {
                List<String> nextFirstFields = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .skip(1).limit(50).map(l -> l.split(java.util.regex.Pattern.quote(String.valueOf(separator)), 2)[0]).toList();
                if (nextFirstFields.size() > 1 && head.length == 64 * 1024) {
                    nextFirstFields = nextFirstFields.subList(0, nextFirstFields.size() - 1);
                }
                String[] named = HeaderlessRows.header(Arrays.asList(header), nextFirstFields);
                CsvRecordingSource src = new CsvRecordingSource(file, reader, HeaderlessRows.withFirst(firstRecord, it),
                        named, separator, options);
                src.warnings.add(0, file.getFileName() + ": no header row; columns named " + String.join(", ", named));
                return src;
            }
            return new CsvRecordingSource(file, reader, it, header, separator, options);
        } catch (IOException | RuntimeException e) {
            reader.close();
            if (e instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private int timeColumnOf(String[] header) {
        for (int i = 0; i < header.length; i++) {
            String name = header[i].toLowerCase(Locale.ROOT);
            Matcher m = UNIT_SUFFIX.matcher(name);
            String bare = (m.matches() ? m.group(1) : name).strip().replace(' ', '_');
            if (TIME_NAMES.contains(bare)) {
                return i;
            }
        }
        return -1;
    }

    private List<CsvColumn> columnsOf(String[] header, ChannelTyping typing) throws RecordingFormatException {
        List<CsvColumn> out = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            if (i == timeColumn) {
                continue;
            }
            String full = header[i].isEmpty() ? "column" + (i + 1) : header[i];
            Matcher m = UNIT_SUFFIX.matcher(full);
            String label = m.matches() && !m.group(1).isEmpty() ? m.group(1) : full;
            String unit = m.matches() && !m.group(1).isEmpty() ? m.group(2).strip() : null;
            ChannelType type = typing.isOverridden(full) ? typing.typeOf(full) : typing.typeOf(label, unit);
            boolean irregular = type == ChannelType.RR;
            double divisor = 1.0;
            if (irregular) {
                boolean ms = unit != null ? unit.equalsIgnoreCase("ms") : medianPresent(i) > 10;
                divisor = ms ? 1000.0 : 1.0;
                unit = "s";
            }
            int[] grid = gridOf(i);
            out.add(new CsvColumn(i, label, type, unit != null ? unit : defaultUnit(type), grid[0], grid[1],
                    irregular, divisor));
        }
        return out;
    }

    /** Stride and phase of the rows holding values of column {@code index} in the look-ahead. */
    private int[] gridOf(int index) {
        List<Integer> withValue = new ArrayList<>();
        int r = 0;
        for (CsvRows.Row row : lookAhead) {
            if (row.present()[index]) {
                withValue.add(r);
            }
            r++;
        }
        if (withValue.size() < 2 || withValue.size() == lookAhead.size()) {
            return new int[] {1, 0};
        }
        int phase = withValue.get(0);
        int stride = withValue.get(1) - phase;
        for (int k = 0; k < withValue.size(); k++) {
            if (withValue.get(k) != phase + k * stride) {
                return new int[] {1, 0};
            }
        }
        int lastGridRow = phase + (lookAhead.size() - 1 - phase) / stride * stride;
        if (withValue.get(withValue.size() - 1) != lastGridRow) {
            return new int[] {1, 0};
        }
        return new int[] {stride, phase};
    }

    private double medianPresent(int index) {
        double[] v = lookAhead.stream().filter(row -> row.present()[index]).mapToDouble(row -> row.values()[index])
                .filter(Double::isFinite).sorted().toArray();
        return v.length == 0 ? 0 : v[v.length / 2];
    }

    static String defaultUnit(ChannelType type) {
        return switch (type) {
            case ECG -> "mV";
            case EDA -> "uS";
            case RR -> "s";
            case HR -> "bpm";
            case TEMP -> "degC";
            case ACC -> "g";
            case PPG, RSP -> "a.u.";
            case OTHER -> "";
        };
    }

    private double rateOf(ReadOptions options) throws RecordingFormatException {
        if (options.rateHz().isPresent()) {
            return options.rateHz().getAsDouble();
        }
        if (timeColumn < 0) {
            if (columns.stream().allMatch(CsvColumn::irregular)) {
                return Double.NaN;
            }
            Matcher named = RATE_IN_NAME.matcher(file.getFileName().toString());
            if (named.find()) {
                double rate = Double.parseDouble(named.group(1));
                if (rate > 0) {
                    warnings.add(file.getFileName() + ": no time column; sampling rate " + named.group(1)
                            + " Hz taken from the file name");
                    return rate;
                }
            }
            throw error("no time column; give the sampling rate in hertz (--rate)");
        }
        if (lookAhead.size() < 2) {
            throw error("a single data row gives no sampling rate; give it in hertz (--rate)");
        }
        double[] steps = new double[lookAhead.size() - 1];
        CsvRows.Row prev = null;
        int k = 0;
        for (CsvRows.Row row : lookAhead) {
            if (prev != null) {
                steps[k++] = (row.time() - prev.time()) * timeScale;
            }
            prev = row;
        }
        Arrays.sort(steps);
        double step = steps[steps.length / 2];
        if (!(step > 0)) {
            throw error("time column does not increase");
        }
        // rounded times make single steps coarse (4 decimals at 128 Hz: 0.0078 s, i.e. 128.2 Hz; 2 decimals at
        // 41.7 Hz: steps of 0.02 and 0.03 s); the span of the first rows is far finer, and is used unless a gap
        // among them pushes it out of the range the usual steps span
        double spanStep = (lookAhead.get(lookAhead.size() - 1).time() - lookAhead.get(0).time()) * timeScale
                / (lookAhead.size() - 1);
        double low = steps[steps.length / 10] * (1 - 1e-6);
        double high = steps[steps.length * 9 / 10] * (1 + 1e-6);
        if (spanStep >= low && spanStep <= high || Math.abs(spanStep - step) <= roundingQuantum() * timeScale) {
            step = spanStep;
        }
        double rate = 1 / step;
        double rounded = Math.rint(rate * 1e6) / 1e6;
        // rates below a micro-hertz would round to 0 (a step of 10^7 s): keep them as they are, the budget judges them
        return rounded > 0 && Math.abs(rounded - rate) < 1e-9 * rate + 1e-6 ? rounded : rate;
    }

    /**
     * The resolution the first rows' times are written with (0.01 for two decimals), found as the
     * coarsest power of ten they are all whole multiples of; the median step may be off by one of it.
     */
    private double roundingQuantum() {
        for (int decimals = 0; decimals <= 9; decimals++) {
            double scale = Math.pow(10, decimals);
            boolean whole = true;
            for (CsvRows.Row row : lookAhead) {
                double x = row.time() * scale;
                if (Math.abs(x - Math.rint(x)) > 1e-3) {
                    whole = false;
                    break;
                }
            }
            if (whole) {
                return 1 / scale;
            }
        }
        return 0;
    }

    /** Whether rows remain. */
    boolean hasNext() throws IOException {
        return rows.hasNext();
    }

    /** Sampling rate of the row grid in hertz, NaN for an RR-only file without time column. */
    double rateHz() {
        return rateHz;
    }

    private List<CsvColumn> uniquelyLabelled(List<CsvColumn> found) {
        List<String> labels = ChannelLabels.unique(file, found.stream().map(CsvColumn::label).toList(), warnings);
        List<CsvColumn> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            CsvColumn c = found.get(i);
            out.add(new CsvColumn(c.index(), labels.get(i), c.type(), c.unit(), c.stride(), c.phase(), c.irregular(),
                    c.divisor()));
        }
        return out;
    }

    /** Largest column stride, so chunks can keep every column's grid aligned. */
    int maxStride() {
        return columns.stream().mapToInt(CsvColumn::stride).max().orElse(1);
    }

    List<ChannelInfo> channels() {
        return columns.stream().map(c -> new ChannelInfo(c.label(), c.type(), c.unit(),
                c.irregular() ? Double.NaN : rateHz / c.stride())).toList();
    }

    RecordingMetadata metadata() {
        return new RecordingMetadata(start, file.getFileName().toString(), "");
    }

    List<String> warnings() {
        return warnings;
    }

    /** Reads up to {@code maxRows} rows as a recording chunk (channels in column order). */
    Recording next(long maxRows) throws IOException {
        int n = columns.size();
        SampleBuffer[] values = new SampleBuffer[n];
        SampleBuffer[] times = new SampleBuffer[n];
        double[] firstTimeOf = new double[n];
        Arrays.fill(firstTimeOf, Double.NaN);
        int[] pendingGap = new int[n];
        for (int k = 0; k < n; k++) {
            values[k] = new SampleBuffer();
            times[k] = columns.get(k).irregular() ? new SampleBuffer() : null;
        }
        long read = 0;
        CsvRows.Row row;
        while (read < maxRows && (row = rows.next()) != null) {
            long r = nextRow++;
            read++;
            double t = timeOf(row, r);
            if (Double.isNaN(firstTime)) {
                firstTime = t;
            }
            for (int k = 0; k < n; k++) {
                CsvColumn c = columns.get(k);
                boolean present = row.present()[c.index()];
                double v = row.values()[c.index()] / c.divisor();
                if (c.irregular()) {
                    if (present && Double.isFinite(v)) {
                        double beatSec = t;
                        if (Double.isNaN(rateHz) && timeColumn < 0) {
                            cumulativeSec += v;
                            beatSec = cumulativeSec;
                        }
                        times[k].add(beatSec);
                        values[k].add(v);
                    }
                } else if (c.onGrid(r)) {
                    if (!present) {
                        // empty cells before a column's first or after its last value shorten it instead
                        if (!Double.isNaN(firstTimeOf[k])) {
                            pendingGap[k]++;
                        }
                        continue;
                    }
                    if (Double.isNaN(firstTimeOf[k])) {
                        firstTimeOf[k] = t;
                    }
                    for (; pendingGap[k] > 0; pendingGap[k]--) {
                        missingCells++;
                        values[k].add(Double.NaN);
                    }
                    values[k].add(v);
                } else if (present) {
                    missingCells++;
                }
            }
        }
        List<Channel> channels = new ArrayList<>(n);
        List<ChannelInfo> infos = channels();
        for (int k = 0; k < n; k++) {
            ChannelInfo info = infos.get(k);
            if (columns.get(k).irregular()) {
                channels.add(Channel.irregular(info.label(), info.type(), info.unit(), times[k].toSamples(),
                        values[k].toSamples()));
            } else {
                double offset = Double.isNaN(firstTimeOf[k]) ? 0 : firstTimeOf[k];
                channels.add(Channel.regular(info.label(), info.type(), info.unit(), info.rateHz(), offset,
                        values[k].toSamples()));
            }
        }
        return new Recording(metadata(), channels, List.of());
    }

    private double timeOf(CsvRows.Row row, long r) {
        if (timeColumn >= 0) {
            return row.time() * timeScale - timeBase;
        }
        return Double.isNaN(rateHz) ? 0 : r / rateHz;
    }

    /** Adds the summary warnings (NaN cells, gaps, irregular time column) once the last row is read. */
    void finish() {
        String name = file.getFileName().toString();
        long nanCells = rows.takeNanCells();
        if (nanCells > 0) {
            warnings.add(name + ": " + nanCells + " NaN cells kept as missing samples");
        }
        if (missingCells > 0) {
            warnings.add(name + ": " + missingCells + " empty or off-grid cells (empty read as missing samples)");
        }
        if (timeColumn >= 0 && nextRow > 1 && !Double.isNaN(rateHz)) {
            double span = rows.lastTime() * timeScale - timeBase - firstTime;
            double expected = (nextRow - 1) / rateHz;
            if (Math.abs(span - expected) > Math.max(0.01 * expected, 1.5 / rateHz)) {
                warnings.add(name + ": time column spans " + span + " s but " + nextRow + " rows at " + rateHz
                        + " Hz make " + expected + " s; samples taken as equally spaced");
            } else if (span > 0) {
                wholeColumnRateHz = (nextRow - 1) / span;
            }
        }
        missingCells = 0;
    }

    /**
     * The row rate from the whole time column (rows minus one over its span) once every row has been
     * read and the rows were evenly spaced (no gap warning), else NaN: the rate from the first rows
     * drifts over a long file (issue 13: 7.5 s over 78 min).
     */
    double wholeColumnRateHz() {
        return wholeColumnRateHz;
    }

    private RecordingFormatException error(String problem) {
        return new RecordingFormatException(file, problem);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
