package org.lacrima.io.polar;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadBudget;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;

/**
 * A folder holding one Polar Sensor Logger session: the app writes each stream of a strap to a file of its own
 * ({@code …_RR.txt}, {@code …_ACC.txt}, {@code …_ECG.txt}, {@code …_PPI.txt}), and the RR intervals alone cannot
 * tell a short walk from an arousal build-up, while the strap's accelerometer can. The files are read with
 * {@link PolarReader} and put on one time axis by their phone timestamps (the earliest file's start is the
 * recording's start).
 */
public final class PolarSession {
    /** The header line of a stream names it: RR or PP intervals, accelerometer, ECG (the first of those found). */
    private static final List<String> STREAM_MARKERS = List.of("rr-interval", "pp-interval", "x [mg]", "ecg");
    /** The accelerometer's marker among {@link #STREAM_MARKERS}. */
    private static final String ACC_STREAM = "x [mg]";

    private PolarSession() {
    }

    /** Whether {@code dir} is a folder with at least one Polar Sensor Logger export and no stream twice. */
    public static boolean isSession(Path dir) throws IOException {
        return !streamFiles(dir).isEmpty();
    }

    /**
     * The Polar Sensor Logger exports directly in {@code dir}, one per stream, in file-name order; empty when
     * {@code dir} is no folder, holds none, or holds a stream twice.
     */
    public static List<Path> streamFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try {
            return List.copyOf(streams(dir).values());
        } catch (RecordingFormatException e) {
            return List.of();
        }
    }

    /**
     * Reads every Polar export in {@code dir} as one recording, when their text together fits {@code budget}.
     *
     * @throws RecordingFormatException naming the folder when it holds no Polar export, a stream twice (two sessions'
     *                                  files) or more text than the budget allows, or a file without a phone timestamp
     *                                  to place it by
     */
    public static ReadResult read(Path dir, ChannelTyping typing, ReadBudget budget) throws IOException {
        Map<String, Path> streams = streams(dir);
        if (streams.isEmpty()) {
            throw new RecordingFormatException(dir, "folder holds no Polar Sensor Logger export");
        }
        long textBytes = 0;
        for (Path file : streams.values()) {
            textBytes += Files.size(file);
        }
        budget.checkText(dir, "the session's Polar exports hold", textBytes);
        List<ReadResult> parts = new ArrayList<>();
        LocalDateTime start = null;
        for (Path file : streams.values()) {
            ReadResult part = PolarReader.readStream(file, typing, budget);
            LocalDateTime partStart = part.recording().metadata().start().orElseThrow(() -> new RecordingFormatException(
                    file, "no phone timestamp to place it beside the session's other files"));
            start = start == null || partStart.isBefore(start) ? partStart : start;
            parts.add(part);
        }
        List<Channel> channels = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ReadResult part : parts) {
            double offsetSec = Duration.between(start, part.recording().metadata().start().orElseThrow()).toNanos() / 1e9;
            part.recording().channels().forEach(c -> channels.add(c.shiftedBy(offsetSec)));
            warnings.addAll(part.warnings());
        }
        return new ReadResult(new Recording(new RecordingMetadata(Optional.of(start),
                dir.getFileName().toString(), "", accelerometerSite(channels)), channels, List.of()), warnings);
    }

    /**
     * Where the session's accelerometer was worn: a session with RR intervals or ECG beside its accelerometer comes
     * from a Polar H10 chest strap (Polar's arm sensors, the OH1 and the Verity Sense, export pulse-to-pulse intervals
     * instead), so on the chest; otherwise the folder does not say.
     */
    private static BodySite accelerometerSite(List<Channel> channels) {
        boolean acc = channels.stream().anyMatch(c -> c.type() == ChannelType.ACC);
        boolean strap = channels.stream().anyMatch(c -> c.type() == ChannelType.RR || c.type() == ChannelType.ECG);
        return acc && strap ? BodySite.CHEST : BodySite.UNKNOWN;
    }

    /**
     * The accelerometer export of the same session beside an RR export, if there is one: Polar Sensor Logger names a
     * session's files alike up to the stream ({@code Polar_H10_ID_DATE_TIME_RR.txt}, {@code …_ACC.txt}).
     */
    static Optional<Path> accelerometerBeside(Path rrFile) {
        String name = rrFile.getFileName().toString();
        int cut = name.lastIndexOf('_');
        Path dir = rrFile.toAbsolutePath().getParent();
        if (cut <= 0 || dir == null) {
            return Optional.empty();
        }
        String prefix = name.substring(0, cut + 1);
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> !p.equals(rrFile.toAbsolutePath()) && p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> {
                        try {
                            return ACC_STREAM.equals(streamOf(p));
                        } catch (IOException e) {
                            return false;
                        }
                    }).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The Polar exports directly in {@code dir} by the stream they hold, in file-name order. */
    private static Map<String, Path> streams(Path dir) throws IOException {
        Map<String, Path> streams = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            // a session's files are its own: a link, which could point anywhere, is not one of them
            files = list.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        }
        for (Path file : files) {
            String stream = streamOf(file);
            if (stream == null) {
                continue;
            }
            Path earlier = streams.putIfAbsent(stream, file);
            if (earlier != null) {
                throw new RecordingFormatException(dir, "holds two Polar exports of one stream (" + earlier.getFileName()
                        + ", " + file.getFileName() + "): give a folder with one session's files");
            }
        }
        return streams;
    }

    /**
     * The stream a Polar Sensor Logger export holds, named by the marker its header carries (or by its whole header,
     * lower case, for a stream without one), or null when {@code file} is no Polar export.
     */
    private static String streamOf(Path file) throws IOException {
        String header = firstLine(file).toLowerCase(Locale.ROOT);
        if (!PolarReader.isPolarHeader(header)) {
            return null;
        }
        return STREAM_MARKERS.stream().filter(header::contains).findFirst().orElse(header);
    }

    private static String firstLine(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line = r.readLine();
            return line == null ? "" : line.replace("\u00EF\u00BB\u00BF", "");
        }
    }
}
