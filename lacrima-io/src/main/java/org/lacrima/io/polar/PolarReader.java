package org.lacrima.io.polar;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadBudget;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.SampleBuffer;

/**
 * Reads Polar Sensor Logger exports ({@code ;}-separated, first column "Phone timestamp"):
 * <ul>
 *   <li>RR, HR ({@code HR [bpm];RR-interval [ms]}, rows without a beat skipped) and PPI
 *       ({@code PP-interval [ms]}): an irregular RR channel in seconds, beat times the cumulative sum
 *       of the intervals, except after a Bluetooth dropout ({@link BluetoothDropouts}); the start is the
 *       first phone timestamp less the first interval.</li>
 *   <li>ECG ({@code ecg [uV]}) and ACC ({@code X/Y/Z [mg]}, converted to g): regular channels at the
 *       rate given by the mean step of the sensor timestamps (ns) or of the ms timestamps, frames lost in
 *       a dropout (a jump over {@link #LOST_FRAMES_SEC}) kept as NaN.</li>
 * </ul>
 */
public final class PolarReader {
    private PolarReader() {
    }

    /** Whether a header line looks like a Polar Sensor Logger export. */
    public static boolean isPolarHeader(String line) {
        return line.toLowerCase(Locale.ROOT).startsWith("phone timestamp");
    }

    /**
     * Reads {@code file} when its text fits {@code budget}: its rows are held as strings while they are parsed, which
     * costs several times the file's size.
     */
    public static ReadResult read(Path file, ChannelTyping typing, ReadBudget budget) throws IOException {
        budget.checkText(file, "the Polar export holds", java.nio.file.Files.size(file));
        return withAccelerometerBeside(file, readStream(file, typing, budget));
    }

    /**
     * Reads {@code file}; an RR export whose session's accelerometer lies beside it says so in a warning, since the
     * RR intervals alone cannot tell a short walk from a build-up.
     */
    public static ReadResult read(Path file, ChannelTyping typing) throws IOException {
        return read(file, typing, ReadBudget.defaults());
    }

    private static ReadResult withAccelerometerBeside(Path file, ReadResult stream) {
        boolean intervals = stream.recording().channels().stream().anyMatch(c -> c.type() == ChannelType.RR);
        Optional<Path> acc = intervals ? PolarSession.accelerometerBeside(file) : Optional.empty();
        if (acc.isEmpty()) {
            return stream;
        }
        List<String> warnings = new ArrayList<>(stream.warnings());
        warnings.add(acc.get().getFileName() + " beside " + file.getFileName()
                + " is this session's accelerometer: analyse their folder to use it");
        return new ReadResult(stream.recording(), warnings);
    }

    /**
     * Reads {@code file} as one stream of a session, saying nothing of the session's other files (a {@link
     * PolarSession} reads them all).
     */
    static ReadResult readStream(Path file, ChannelTyping typing, ReadBudget budget) throws IOException {
        List<String> lines = RrListReader.lines(file).stream().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty() || !isPolarHeader(lines.get(0))) {
            throw new RecordingFormatException(file, "not a Polar Sensor Logger export (no 'Phone timestamp' header)");
        }
        String[] header = lines.get(0).split(";", -1);
        String[][] rows = new String[lines.size() - 1][];
        List<String> warnings = new ArrayList<>();
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(";", -1);
            if (f.length != header.length) {
                if (i == lines.size() - 1) {
                    warnings.add(file.getFileName() + ": last row (line " + (i + 1) + ") is incomplete; dropped");
                    break;
                }
                throw new RecordingFormatException(file, "line " + (i + 1) + " has " + f.length + " fields, the header has "
                        + header.length);
            }
            rows[n++] = f;
        }
        rows = Arrays.copyOf(rows, n);
        if (n == 0) {
            throw new RecordingFormatException(file, "no data rows");
        }
        int rrCol = column(header, "rr-interval");
        if (rrCol < 0) {
            rrCol = column(header, "pp-interval");
        }
        if (rrCol >= 0) {
            // the HR stream leaves the interval empty on rows without a beat
            int col = rrCol;
            String[][] beats = Arrays.stream(rows).filter(r -> !r[col].isBlank()).toArray(String[][]::new);
            if (beats.length == 0) {
                throw new RecordingFormatException(file, "no RR intervals");
            }
            double[] rr = RrListReader.inSeconds(file, numbers(file, beats, rrCol));
            List<Optional<LocalDateTime>> stamps = Arrays.stream(beats).map(r -> phoneTime(r[0])).toList();
            Optional<LocalDateTime> start = stamps.get(0).map(t -> t.minusNanos(Math.round(rr[0] * 1e9)));
            double[] lost = BluetoothDropouts.lostSecondsBefore(stamps, rr);
            double lostSec = Arrays.stream(lost).sum();
            if (lostSec > 0) {
                long gaps = Arrays.stream(lost).filter(x -> x > 0).count();
                warnings.add(String.format(Locale.ROOT, "%s: %d gap%s in the RR stream (%.0f s in all; the phone's clock "
                        + "moved on without beats, as a Bluetooth dropout leaves): the beats after %s placed by the "
                        + "phone's clock", file.getFileName(), gaps, gaps == 1 ? "" : "s", lostSec,
                        gaps == 1 ? "it are" : "each are"));
            }
            return new ReadResult(RrListReader.recording(file, rr, lost, start), warnings);
        }
        return new ReadResult(sampled(file, header, rows, typing, budget, warnings), warnings);
    }

    private static Recording sampled(Path file, String[] header, String[][] rows, ChannelTyping typing,
                                     ReadBudget budget, List<String> warnings)
            throws RecordingFormatException {
        int nsCol = column(header, "sensor timestamp");
        int msCol = column(header, "timestamp [ms]");
        if (nsCol < 0 && msCol < 0) {
            throw new RecordingFormatException(file, "Polar export has neither RR intervals nor sensor timestamps");
        }
        double[] stamps = numbers(file, rows, nsCol >= 0 ? nsCol : msCol);
        double toSec = nsCol >= 0 ? 1e-9 : 1e-3;
        double rate = rateOf(file, stamps, toSec);
        double[] slots = slots(stamps, toSec, rate);
        // a gap is filled with samples: what the clock's jumps ask for must fit the budget before it is allocated
        double span = slots[slots.length - 1] + 1;
        budget.checkRecording(file, span * (header.length - 1), span / rate);
        int missing = (int) span - slots.length;
        if (missing > 0) {
            warnings.add(String.format(Locale.ROOT, "%s: %.0f s without samples where the sensor's clock jumped (frames "
                    + "lost in a Bluetooth dropout); kept as a gap (NaN) so later samples stay at their time",
                    file.getFileName(), missing / rate));
        }
        List<Channel> channels = new ArrayList<>();
        for (int c = 1; c < header.length; c++) {
            if (c == nsCol || c == msCol) {
                continue;
            }
            String name = header[c].strip();
            String lower = name.toLowerCase(Locale.ROOT);
            String bare = lower.replaceAll("\\s*\\[.*", "");
            double divisor = lower.contains("[mg]") ? 1000.0 : 1.0;
            String unit = lower.contains("[mg]") ? "g" : name.contains("[") ? name.replaceAll(".*\\[(.*)\\].*", "$1") : "";
            ChannelType fixed = bare.startsWith("ecg") ? ChannelType.ECG
                    : bare.matches("[xyz]") ? ChannelType.ACC : ChannelTyping.fromLabel(bare);
            String label = fixed == ChannelType.ACC ? "ACC_" + bare.toUpperCase(Locale.ROOT) : name.replaceAll("\\s*\\[.*", "");
            ChannelType type = typing.isOverridden(label) ? typing.typeOf(label) : fixed;
            double[] read = numbers(file, rows, c);
            double[] v = new double[(int) span];
            Arrays.fill(v, Double.NaN);
            for (int i = 0; i < read.length; i++) {
                v[(int) slots[i]] = read[i] / divisor;
            }
            channels.add(Channel.regular(label, type, unit, rate, 0.0, Samples.wrap(v)));
        }
        return new Recording(new RecordingMetadata(phoneTime(rows[0][0]), file.getFileName().toString(), ""),
                channels, List.of());
    }

    /**
     * Seconds the sensor's clock may jump between two samples before the samples between are lost: the strap sends its
     * measurement data in frames of well under a second, so a longer jump is frames lost in transit.
     */
    static final double LOST_FRAMES_SEC = 1;

    /**
     * The sample slot of each row: the next slot, or, after a jump of the sensor's clock over {@link #LOST_FRAMES_SEC},
     * the slot its time falls in, so that the samples after a dropout keep their times. Whole numbers held as doubles,
     * so that a jump no memory could hold is measured, and refused, before anything is allocated for it.
     */
    private static double[] slots(double[] stamps, double toSec, double rateHz) {
        double[] slots = new double[stamps.length];
        for (int i = 1; i < stamps.length; i++) {
            double jumpSec = (stamps[i] - stamps[i - 1]) * toSec;
            slots[i] = slots[i - 1] + (jumpSec > LOST_FRAMES_SEC ? Math.max(1, Math.rint(jumpSec * rateHz)) : 1);
        }
        return slots;
    }

    private static double rateOf(Path file, double[] stamps, double toSec) throws RecordingFormatException {
        if (stamps.length < 2) {
            throw new RecordingFormatException(file, "a single sample gives no sampling rate");
        }
        double[] steps = new double[stamps.length - 1];
        for (int i = 1; i < stamps.length; i++) {
            steps[i - 1] = stamps[i] - stamps[i - 1];
        }
        Arrays.sort(steps);
        double step = steps[steps.length / 2] * toSec;
        if (!(step > 0)) {
            throw new RecordingFormatException(file, "sensor timestamps do not increase");
        }
        // the median tells the rate's neighbourhood; the mean of the steps outside lost frames tells it exactly (the
        // stamps' jitter cancels over a run of steps), which a sample after a long dropout needs to keep its time
        double sum = 0;
        int count = 0;
        for (double s : steps) {
            if (s * toSec <= LOST_FRAMES_SEC) {
                sum += s;
                count++;
            }
        }
        double mean = sum / count * toSec;
        return mean > 0 ? 1 / mean : 1 / step;
    }

    private static Optional<LocalDateTime> phoneTime(String s) {
        try {
            return Optional.of(LocalDateTime.parse(s.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int column(String[] header, String prefix) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static double[] numbers(Path file, String[][] rows, int col) throws RecordingFormatException {
        SampleBuffer b = new SampleBuffer(rows.length);
        for (int i = 0; i < rows.length; i++) {
            String s = rows[i][col].strip();
            try {
                b.add(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                throw new RecordingFormatException(file, "line " + (i + 2) + ": '" + RrListReader.abbreviate(s)
                        + "' is not a number");
            }
        }
        return b.toSamples().toArray();
    }
}
