package org.lacrima.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lacrima.io.csv.CsvRecordingReader;
import org.lacrima.io.e4.E4Reader;
import org.lacrima.io.edf.EdfReader;
import org.lacrima.io.ishne.IshneReader;
import org.lacrima.io.polar.PolarReader;
import org.lacrima.io.polar.PolarSession;
import org.lacrima.io.polar.RrListReader;
import org.lacrima.io.wfdb.WfdbReader;

/**
 * The one entry point for reading recordings: detects the format (unless the options name it),
 * dispatches to the reader, and turns every failure into a {@link RecordingFormatException} whose
 * one-line message names the file and the problem.
 */
public final class RecordingReaders {
    private RecordingReaders() {
    }

    /**
     * Reads the whole recording at {@code path}: a file, an E4 folder or zip, a Polar Sensor Logger session folder,
     * or a WFDB record given
     * by any of its files or by its record name without extension.
     */
    public static ReadResult read(Path given, ReadOptions options) throws IOException {
        Path path = resolve(given);
        RecordingFormat format = detectedFormat(path, options);
        ReadBudget budget = options.budget();
        return withOneLineErrors(path, format, () -> withinBudget(path, budget, switch (format) {
            case EDF, BDF -> EdfReader.read(path, options.typing(), budget);
            case WFDB -> WfdbReader.read(path, options.typing(), budget);
            case CSV -> CsvRecordingReader.read(path, options);
            case E4 -> E4Reader.read(path, options.typing(), budget);
            case POLAR -> Files.isDirectory(path) ? PolarSession.read(path, options.typing(), budget)
                    : PolarReader.read(path, options.typing(), budget);
            case RR_LIST -> RrListReader.read(path);
            case ISHNE -> IshneReader.read(path, options.typing(), budget);
        }));
    }

    /**
     * The readers check what headers declare before allocating; what only the content tells (a CSV's
     * time column, an E4 file's rate) is checked here, before the analysis allocates its grids for
     * the recording's whole span.
     */
    private static ReadResult withinBudget(Path path, ReadBudget budget, ReadResult read) throws RecordingFormatException {
        double samples = read.recording().channels().stream().mapToDouble(c -> c.length()).sum();
        budget.checkRecording(path, samples, read.recording().durationSec());
        return read;
    }

    /**
     * Opens the recording at {@code path} for reading in chunks. EDF/BDF, WFDB and CSV are read
     * incrementally (memory proportional to the chunk); E4, Polar and RR lists are small and are
     * read whole, then sliced.
     */
    public static RecordingStream open(Path given, ReadOptions options) throws IOException {
        Path path = resolve(given);
        RecordingFormat format = detectedFormat(path, options);
        return withOneLineErrors(path, format, () -> switch (format) {
            case EDF, BDF -> EdfReader.open(path, options.typing(), options.budget());
            case WFDB -> WfdbReader.open(path, options.typing(), options.budget());
            case CSV -> CsvRecordingReader.open(path, options);
            case E4, POLAR, RR_LIST, ISHNE -> new SlicingRecordingStream(read(path, options.withFormat(format)));
        });
    }

    /** A reading step that may fail with an I/O error or, on malformed content, a runtime exception. */
    @FunctionalInterface
    private interface ReadingStep<T> {
        T run() throws IOException;
    }

    /** Runs {@code step}, turning any failure into a one-line {@link RecordingFormatException} naming the file. */
    private static <T> T withOneLineErrors(Path path, RecordingFormat format, ReadingStep<T> step) throws IOException {
        try {
            return step.run();
        } catch (RecordingFormatException e) {
            throw e;
        } catch (IOException e) {
            throw inaccessible(path, e);
        } catch (RuntimeException e) {
            throw unreadable(path, format, e);
        } catch (OutOfMemoryError e) {
            // the budget should have refused it; if an estimate fell short, the user still gets one line
            throw new RecordingFormatException(path, "too large to read in the memory available ("
                    + ReadBudget.size(Runtime.getRuntime().maxMemory()) + " heap)");
        }
    }

    private static RecordingFormat detectedFormat(Path path, ReadOptions options) throws RecordingFormatException {
        try {
            return formatOf(path, options);
        } catch (RecordingFormatException e) {
            throw e;
        } catch (IOException e) {
            throw inaccessible(path, e);
        }
    }

    /** A WFDB record named without extension ("data/100") stands for its header. */
    private static Path resolve(Path path) {
        if (!Files.exists(path) && path.getFileName() != null) {
            Path header = path.resolveSibling(path.getFileName() + ".hea");
            if (Files.isRegularFile(header)) {
                return header;
            }
        }
        return path;
    }

    /** The format the options name, or the one detected from the content. */
    public static RecordingFormat formatOf(Path path, ReadOptions options) throws IOException {
        if (options.format().isPresent()) {
            if (!Files.exists(path)) {
                throw new RecordingFormatException(path, "file not found");
            }
            return options.format().get();
        }
        return FormatDetector.detect(path);
    }

    private static RecordingFormatException inaccessible(Path path, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return new RecordingFormatException(path, "file not found: " + missing.getFile(), e);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new RecordingFormatException(path, "permission denied", e);
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new RecordingFormatException(path, "cannot be read: " + why, e);
    }

    private static RecordingFormatException unreadable(Path path, RecordingFormat format, RuntimeException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new RecordingFormatException(path, "not a readable " + format + " file: " + why, e);
    }
}
