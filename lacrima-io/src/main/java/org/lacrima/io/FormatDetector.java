package org.lacrima.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a recording's format from its content (magic bytes, header lines), using the name only
 * where the content cannot tell (a WFDB {@code .dat} next to its {@code .hea}).
 */
public final class FormatDetector {
    private static final int SNIFF_BYTES = 8192;
    private static final Pattern WFDB_RECORD_LINE = Pattern.compile("\\S+\\s+\\d+(\\s+[0-9.eE+-]+(/[0-9.eE+-]+(\\([^)]*\\))?)?)?(\\s+\\d+)?(\\s.*)?");
    private static final Pattern WFDB_SIGNAL_LINE = Pattern.compile("\\S+\\s+\\d+(x\\d+)?(:\\d+)?(\\+\\d+)?(\\s.*)?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");

    private FormatDetector() {
    }

    /** Two or more numbers (empty trailing fields allowed) separated by commas, semicolons or tabs. */
    private static boolean isNumericRow(String line) {
        String[] fields = line.split("[,;\\t]", -1);
        int numbers = 0;
        for (String f : fields) {
            if (NUMBER.matcher(f.strip()).matches()) {
                numbers++;
            } else if (!f.isBlank()) {
                return false;
            }
        }
        return numbers >= 2;
    }

    /**
     * The format of {@code path}.
     *
     * @throws RecordingFormatException naming the file if it is missing, empty or of no known format
     */
    public static RecordingFormat detect(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new RecordingFormatException(path, "file not found");
        }
        if (Files.isDirectory(path)) {
            if (org.lacrima.io.e4.E4Reader.isExport(path)) {
                return RecordingFormat.E4;
            }
            if (org.lacrima.io.polar.PolarSession.isSession(path)) {
                return RecordingFormat.POLAR;
            }
            throw new RecordingFormatException(path, "folder holds no Empatica E4 export (EDA.csv, BVP.csv, ...) and no "
                    + "Polar Sensor Logger session (one file per stream: RR, ACC, ...)");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length == 0) {
            throw new RecordingFormatException(path, "empty file");
        }
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (head.length >= 8 && (head[0] & 0xFF) == 0xFF && new String(head, 1, 7, StandardCharsets.US_ASCII).equals("BIOSEMI")) {
            return RecordingFormat.BDF;
        }
        if (head.length >= 8 && new String(head, 0, 8, StandardCharsets.US_ASCII).equals("0       ")) {
            return RecordingFormat.EDF;
        }
        if (org.lacrima.io.ishne.IshneReader.isIshne(head)) {
            return RecordingFormat.ISHNE;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return RecordingFormat.E4;
        }
        if (!lower.endsWith(".hea") && Files.isRegularFile(org.lacrima.io.wfdb.WfdbReader.headerOf(path))) {
            // a signal or annotation file of a record: its header has its stem or names it
            return RecordingFormat.WFDB;
        }
        for (byte b : head) {
            if (b == 0) {
                throw new RecordingFormatException(path, "unknown format: binary content that is not EDF, BDF or WFDB");
            }
        }
        List<String> lines = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").lines()
                .map(String::strip).filter(l -> !l.isEmpty()).limit(50).toList();
        if (head.length == SNIFF_BYTES && lines.size() > 1) {
            lines = lines.subList(0, lines.size() - 1);
        }
        List<String> content = lines.stream().filter(l -> !l.startsWith("#")).toList();
        if (content.isEmpty()) {
            throw new RecordingFormatException(path, "unknown format: no content besides comments");
        }
        // by content, not by name: an E4 EDA.csv saved as "EDA copia.txt" is still one, a Garmin acc.csv is not
        if (org.lacrima.io.e4.E4Reader.isE4File(new String(head, StandardCharsets.ISO_8859_1))) {
            return RecordingFormat.E4;
        }
        if (org.lacrima.io.polar.PolarReader.isPolarHeader(content.get(0))) {
            return RecordingFormat.POLAR;
        }
        if (content.size() >= 2 && WFDB_RECORD_LINE.matcher(content.get(0)).matches()
                && WFDB_SIGNAL_LINE.matcher(content.get(1)).matches() && !content.get(0).contains(",")
                && !content.get(0).contains(";")) {
            return RecordingFormat.WFDB;
        }
        if (content.stream().allMatch(l -> NUMBER.matcher(l).matches())
                || content.size() > 1 && content.subList(1, content.size()).stream().allMatch(l -> NUMBER.matcher(l).matches())
                && !content.get(0).matches(".*[,;\\t].*")) {
            return RecordingFormat.RR_LIST;
        }
        if (content.get(0).matches(".*[A-Za-z].*") || content.stream().allMatch(FormatDetector::isNumericRow)) {
            // a header row, or headerless rows of numbers (EDAandtags.csv), or one line of values (polar-HR.txt)
            return RecordingFormat.CSV;
        }
        throw new RecordingFormatException(path, "unknown format (not EDF/BDF, WFDB, E4, Polar, RR list or CSV)");
    }
}
