package org.lacrima.io.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Recording;
import org.lacrima.io.AtomicFiles;

/**
 * Writes a recording as CSV that {@link CsvRecordingReader} reads back: a {@code time} column in
 * seconds and one column per channel headed {@code label [unit]}. Rows are at the highest channel
 * rate, or the smallest multiple of it (up to {@value #MAX_GRID_FACTOR}x) that every channel's rate
 * divides; a channel fills every k-th row and reads back unchanged. Rates without such a grid are
 * refused rather than resampled, so a CSV never holds silently altered data. RR channels put each
 * interval on the row nearest its beat time, or, when the recording has only irregular channels, on
 * rows at the exact beat times. Events are not part of this file: write them with
 * {@link EventsCsv#write}.
 */
public final class CsvRecordingWriter {
    /** Largest row rate, as a multiple of the highest channel rate, before the file is mostly empty cells. */
    public static final int MAX_GRID_FACTOR = 4;

    private CsvRecordingWriter() {
    }

    /**
     * Writes {@code recording} to {@code target} (via a temporary file).
     *
     * @throws IllegalArgumentException naming the file and the channel if the rates share no row grid
     */
    public static void write(Recording recording, Path target) throws IOException {
        List<Channel> asRecorded = recording.channels().stream().filter(Channel::isRegular).toList();
        List<Channel> irregular = recording.channels().stream().filter(c -> !c.isRegular()).toList();
        if (asRecorded.isEmpty()) {
            writeBeatRows(irregular, target);
            return;
        }
        double t0 = asRecorded.stream().mapToDouble(Channel::startOffsetSec).min().orElseThrow();
        double rowRate = rowRate(asRecorded, t0);
        List<Channel> regular = asRecorded;
        List<Channel> all = new ArrayList<>(regular);
        all.addAll(irregular);
        int[] stride = new int[all.size()];
        int[] phase = new int[all.size()];
        long rows = 0;
        for (int k = 0; k < regular.size(); k++) {
            Channel c = regular.get(k);
            double s = rowRate / c.rateHz();
            double p = (c.startOffsetSec() - t0) * rowRate;
            stride[k] = (int) Math.rint(s);
            phase[k] = (int) Math.rint(p);
            rows = Math.max(rows, phase[k] + (long) (c.length() - 1) * stride[k] + 1);
        }
        if (rows > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many rows for CSV: " + rows);
        }
        String[][] cells = irregularCells(irregular, t0, rowRate, (int) rows);
        int nRows = (int) rows;
        AtomicFiles.write(target, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                writeHeader(w, all);
                // numbers never need quoting, so rows bypass the CSV writer: this is most of the file
                StringBuilder line = new StringBuilder(16 * (all.size() + 1));
                for (int r = 0; r < nRows; r++) {
                    line.setLength(0);
                    line.append(t0 + r / rowRate);
                    for (int k = 0; k < regular.size(); k++) {
                        int rel = r - phase[k];
                        Channel c = regular.get(k);
                        int i = rel / stride[k];
                        line.append(',');
                        if (rel >= 0 && rel % stride[k] == 0 && i < c.length()) {
                            line.append(c.values().get(i));
                        }
                    }
                    for (int k = 0; k < irregular.size(); k++) {
                        String v = cells[k][r];
                        line.append(',');
                        if (v != null) {
                            line.append(v);
                        }
                    }
                    line.append('\n');
                    w.append(line);
                }
            }
        });
    }

    private static void writeHeader(Writer w, List<Channel> channels) throws IOException {
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(new java.io.FilterWriter(w) {
            @Override
            public void close() throws IOException {
                flush();
            }
        })) {
            csv.writeRecord(header(channels));
        }
    }

    /** The smallest multiple of the highest rate on which every channel's samples fall. */
    private static double rowRate(List<Channel> regular, double t0) {
        double max = regular.stream().mapToDouble(Channel::rateHz).max().orElseThrow();
        for (int k = 1; k <= MAX_GRID_FACTOR; k++) {
            double candidate = max * k;
            if (regular.stream().allMatch(c -> fitsGrid(c, candidate, t0))) {
                return candidate;
            }
        }
        Channel odd = regular.stream().filter(c -> !fitsGrid(c, max, t0)).findFirst().orElseThrow();
        // the caller names the file, as for every writer's refusal
        throw new IllegalArgumentException("channel " + odd.label() + " at " + odd.rateHz()
                + " Hz shares no CSV row grid with the " + max + " Hz channel; write EDF instead");
    }

    private static boolean fitsGrid(Channel c, double rowRate, double t0) {
        double s = rowRate / c.rateHz();
        double p = (c.startOffsetSec() - t0) * rowRate;
        return Math.abs(s - Math.rint(s)) <= 1e-9 * s && Math.abs(p - Math.rint(p)) <= 1e-6;
    }

    private static String[][] irregularCells(List<Channel> irregular, double t0, double rowRate, int rows) {
        String[][] cells = new String[irregular.size()][];
        for (int k = 0; k < irregular.size(); k++) {
            Channel c = irregular.get(k);
            cells[k] = new String[rows];
            for (int i = 0; i < c.length(); i++) {
                long r = Math.round((c.timesSec().get(i) - t0) * rowRate);
                if (r >= 0 && r < rows) {
                    cells[k][(int) r] = Double.toString(c.values().get(i));
                }
            }
        }
        return cells;
    }

    /** Only irregular channels: one row per distinct beat time across them. */
    private static void writeBeatRows(List<Channel> irregular, Path target) throws IOException {
        java.util.TreeMap<Double, String[]> rows = new java.util.TreeMap<>();
        for (int k = 0; k < irregular.size(); k++) {
            Channel c = irregular.get(k);
            for (int i = 0; i < c.length(); i++) {
                rows.computeIfAbsent(c.timesSec().get(i), t -> new String[irregular.size()])[k] =
                        Double.toString(c.values().get(i));
            }
        }
        AtomicFiles.write(target, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
                csv.writeRecord(header(irregular));
                for (var e : rows.entrySet()) {
                    String[] row = new String[irregular.size() + 1];
                    row[0] = Double.toString(e.getKey());
                    for (int k = 0; k < irregular.size(); k++) {
                        row[k + 1] = e.getValue()[k] == null ? "" : e.getValue()[k];
                    }
                    csv.writeRecord(row);
                }
            }
        });
    }

    private static String[] header(List<Channel> channels) {
        String[] h = new String[channels.size() + 1];
        h[0] = "time";
        for (int k = 0; k < channels.size(); k++) {
            Channel c = channels.get(k);
            h[k + 1] = c.unit().isEmpty() ? c.label() : c.label() + " [" + c.unit() + "]";
        }
        return h;
    }
}
