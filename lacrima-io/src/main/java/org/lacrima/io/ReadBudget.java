package org.lacrima.io;

import java.nio.file.Path;
import java.util.Locale;

import org.lacrima.core.analysis.LiveAnalyzer;

/**
 * The memory one recording may claim, checked before anything large is allocated: a small file
 * whose header declares days of data, or a zip that unpacks to gigabytes, is refused with one line
 * instead of ending in an {@link OutOfMemoryError} (issue 11, item 2).
 *
 * <p>The estimate of a recording is its decoded samples (8 bytes each) plus what the analysis keeps
 * per second of recording whatever the sampling rates ({@value #GRID_SERIES} series on the
 * {@value LiveAnalyzer#GRID_RATE_HZ} Hz analysis grid, 8 bytes a value): an EDF whose record
 * duration says 100000 s holds few samples but would make the analysis allocate grids for years.
 *
 * <p>The default is a quarter of the JVM's maximum heap ({@link Runtime#maxMemory()}); the system
 * property {@value #PROPERTY} overrides it (bytes, or with a suffix {@code k}, {@code m}, {@code g}:
 * {@code -Dlacrima.read.budget=512m}); a server running several analyses at once passes each its
 * share with {@link ReadOptions#withBudget(ReadBudget)}.
 *
 * @param bytes the most bytes one recording may need to be read and analysed
 */
public record ReadBudget(long bytes) {
    /** The system property that overrides the default budget. */
    public static final String PROPERTY = "lacrima.read.budget";
    /** Series the analysis keeps on its grid per second of recording (indices, axes, quality, buffers). */
    static final int GRID_SERIES = 16;
    private static final double GRID_BYTES_PER_SEC = GRID_SERIES * LiveAnalyzer.GRID_RATE_HZ * Double.BYTES;
    /**
     * Text being parsed (E4 members) costs up to ten times its size: the inflated bytes, the string,
     * and values as short as "1\n" becoming 8-byte doubles in buffers that grow by doubling.
     */
    private static final int TEXT_EXPANSION = 10;

    public ReadBudget {
        if (bytes <= 0) {
            throw new IllegalArgumentException("read budget must be a positive number of bytes, got " + bytes);
        }
    }

    /** The property's value if set, else a quarter of the maximum heap. */
    public static ReadBudget defaults() {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) {
            return new ReadBudget(parse(given));
        }
        return new ReadBudget(Math.max(1, Runtime.getRuntime().maxMemory() / 4));
    }

    /**
     * Bytes from text such as {@code 536870912}, {@code 512m}, {@code 2g}.
     *
     * @throws IllegalArgumentException naming the text when it is not a positive size
     */
    public static long parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        long unit = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            long n = Long.parseLong(digits);
            if (n <= 0 || n > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a positive size such as 512m or 2g, got '" + text + "'");
        }
    }

    /** Bytes to read and analyse {@code samples} samples spanning {@code durationSec} seconds (saturating). */
    public static double estimate(double samples, double durationSec) {
        return samples * Double.BYTES + durationSec * GRID_BYTES_PER_SEC;
    }

    /**
     * Refuses {@code file} when its declared samples and duration need more than the budget.
     *
     * @param samples     decoded samples over all channels, as declared before reading them
     * @param durationSec the recording's span in seconds, as declared
     * @throws RecordingFormatException naming the file, what it declares, the estimate and the budget
     */
    public void checkRecording(Path file, double samples, double durationSec) throws RecordingFormatException {
        double need = estimate(samples, durationSec);
        if (!(need <= bytes)) {
            throw new RecordingFormatException(file, "declares " + describe(samples, durationSec)
                    + ": reading and analysing it would need about " + size(need) + ", more than the "
                    + size(bytes) + " allowed for one recording (" + PROPERTY + ")");
        }
    }

    /**
     * Refuses {@code file}, to be read in chunks, when the analysis would need more than the budget: a stream
     * holds at most one analysis window of samples ({@link LiveAnalyzer#FILE_WINDOW_SAMPLES}) besides the
     * grids for the whole span. A whole read decodes every sample and the analysis copies them, which is why
     * its budget is a quarter of the heap; a stream's estimate is what it holds at once, so it may use twice
     * that (half the heap by default), the rest staying for the JVM and the window's working copy.
     *
     * @param samples     decoded samples over all channels, as declared before reading them
     * @param durationSec the recording's span in seconds, as declared
     * @throws RecordingFormatException naming the file, what it declares, the estimate and the budget
     */
    public void checkStream(Path file, double samples, double durationSec) throws RecordingFormatException {
        double need = estimate(Math.min(samples, LiveAnalyzer.FILE_WINDOW_SAMPLES), durationSec);
        if (!(need <= 2.0 * bytes)) {
            throw new RecordingFormatException(file, "declares " + describe(samples, durationSec)
                    + ": analysing it as it is read would need about " + size(need) + ", more than the "
                    + size(2.0 * bytes) + " allowed for one streamed recording (" + PROPERTY + " x 2)");
        }
    }

    /** The most text bytes (E4 members, decompressed) that are read whole under this budget. */
    public long textBytes() {
        return bytes / TEXT_EXPANSION;
    }

    /** Refuses {@code file} when {@code textBytes} of text exceed {@link #textBytes()}. */
    public void checkText(Path file, String what, long textBytes) throws RecordingFormatException {
        if (textBytes > textBytes()) {
            throw new RecordingFormatException(file, what + " " + size(textBytes) + " of text, more than the "
                    + size(textBytes()) + " allowed for one recording (" + PROPERTY + ")");
        }
    }

    private static String describe(double samples, double durationSec) {
        String span;
        if (!Double.isFinite(durationSec)) {
            span = "an endless duration";
        } else if (durationSec >= 2 * 86400) {
            span = String.format(Locale.ROOT, "%.0f s (%.0f days)", durationSec, durationSec / 86400);
        } else {
            span = String.format(Locale.ROOT, "%.0f s", durationSec);
        }
        return String.format(Locale.ROOT, "%.0f samples over %s", samples, span);
    }

    /** {@code bytes} for a message: "1.5 GB", "730 MB", "12 kB" (binary units). */
    public static String size(double bytes) {
        if (!Double.isFinite(bytes)) {
            return "unboundedly many bytes";
        }
        if (bytes >= 1L << 40) {
            return String.format(Locale.ROOT, "%.1f TB", bytes / (1L << 40));
        }
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / (1L << 20));
        }
        return String.format(Locale.ROOT, "%.0f kB", Math.ceil(bytes / 1024));
    }
}
