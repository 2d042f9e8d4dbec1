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
 * seconds and one column per channel headed {@code label [unit]}. Channels at lower rates fill only
 * every k-th row (the rates must divide the highest one); RR channels put each interval on the row
 * nearest its beat time, or, when the recording has only irregular channels, on rows at the exact beat
 * times. Events are not part of this file: write them with {@link EventsCsv#write}.
 */
public final class CsvRecordingWriter {
    private CsvRecordingWriter() {
    }

    /**
     * Writes {@code recording} to {@code target} (via a temporary file).
     *
     * @throws IllegalArgumentException if the channel rates share no common row grid
     */
    public static void write(Recording recording, Path target) throws IOException {
        List<Channel> regular = recording.channels().stream().filter(Channel::isRegular).toList();
        List<Channel> irregular = recording.channels().stream().filter(c -> !c.isRegular()).toList();
        if (regular.isEmpty()) {
            writeBeatRows(irregular, target);
            return;
        }
        double rowRate = rowRate(regular);
        double t0 = regular.stream().mapToDouble(Channel::startOffsetSec).min().orElseThrow();
        List<Channel> all = new ArrayList<>(regular);
        all.addAll(irregular);
        int[] stride = new int[all.size()];
        int[] phase = new int[all.size()];
        long rows = 0;
        for (int k = 0; k < regular.size(); k++) {
            Channel c = regular.get(k);
            double s = rowRate / c.rateHz();
            double p = (c.startOffsetSec() - t0) * rowRate;
            if (Math.abs(s - Math.rint(s)) > 1e-9 * s || Math.abs(p - Math.rint(p)) > 1e-6) {
                throw new IllegalArgumentException("channel " + c.label() + " at " + c.rateHz()
                        + " Hz does not fit a row grid of " + rowRate + " Hz; write EDF instead");
            }
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
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
                csv.writeRecord(header(all));
                String[] row = new String[all.size() + 1];
                for (int r = 0; r < nRows; r++) {
                    row[0] = Double.toString(t0 + r / rowRate);
                    for (int k = 0; k < regular.size(); k++) {
                        int rel = r - phase[k];
                        Channel c = regular.get(k);
                        int i = rel / stride[k];
                        boolean on = rel >= 0 && rel % stride[k] == 0 && i < c.length();
                        row[k + 1] = on ? Double.toString(c.values().get(i)) : "";
                    }
                    for (int k = 0; k < irregular.size(); k++) {
                        String v = cells[k][r];
                        row[regular.size() + k + 1] = v == null ? "" : v;
                    }
                    csv.writeRecord(row);
                }
            }
        });
    }

    /** The lowest multiple (up to 20x) of the highest rate that every channel's rate divides. */
    private static double rowRate(List<Channel> regular) {
        double max = regular.stream().mapToDouble(Channel::rateHz).max().orElseThrow();
        for (int k = 1; k <= 20; k++) {
            double candidate = max * k;
            boolean fits = true;
            for (Channel c : regular) {
                double s = candidate / c.rateHz();
                fits &= Math.abs(s - Math.rint(s)) <= 1e-9 * s;
            }
            if (fits) {
                return candidate;
            }
        }
        return max;
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
