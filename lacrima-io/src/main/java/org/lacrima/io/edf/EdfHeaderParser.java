package org.lacrima.io.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lacrima.io.RecordingFormatException;

/**
 * Parses the fixed-width ASCII header of EDF(+) and BDF(+) files and reconciles its record count with
 * the file size, so a lying or truncated file is caught before anything large is allocated.
 */
final class EdfHeaderParser {
    /** A real amplifier has a few hundred signals at most; this only guards against garbage. */
    private static final int MAX_SIGNALS = 4096;
    private static final int FIXED_BYTES = 256;

    private final Path file;
    private final List<String> warnings;

    private EdfHeaderParser(Path file, List<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** Reads and validates the header of {@code file}; recoverable oddities are added to {@code warnings}. */
    static EdfHeader parse(Path file, FileChannel channel, List<String> warnings) throws IOException {
        return new EdfHeaderParser(file, warnings).parse(channel);
    }

    private EdfHeader parse(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            throw error("empty file");
        }
        if (size < FIXED_BYTES) {
            throw error("truncated header: " + size + " bytes, an EDF/BDF header needs at least 256");
        }
        byte[] fixed = readFully(channel, 0, FIXED_BYTES);
        boolean bdf = (fixed[0] & 0xFF) == 0xFF;
        if (!bdf && fixed[0] != '0') {
            throw error("not an EDF or BDF file (version field is not '0' or 0xFF BIOSEMI)");
        }
        String patient = text(fixed, 8, 80);
        String recordingId = text(fixed, 88, 80);
        String date = text(fixed, 168, 8);
        String time = text(fixed, 176, 8);
        int declaredHeaderBytes = (int) number(text(fixed, 184, 8), "number of bytes in header", Integer.MAX_VALUE);
        String reserved = text(fixed, 192, 44);
        long declaredRecords = number(text(fixed, 236, 8), "number of data records", Long.MAX_VALUE);
        double durationSec = decimal(text(fixed, 244, 8), "duration of a data record");
        int ns = (int) number(text(fixed, 252, 4), "number of signals", Integer.MAX_VALUE);
        if (ns <= 0 || ns > MAX_SIGNALS) {
            throw error("implausible number of signals: " + ns);
        }
        int headerBytes = FIXED_BYTES * (ns + 1);
        if (size < headerBytes) {
            throw error("truncated header: " + size + " bytes, " + ns + " signals need " + headerBytes);
        }
        if (declaredHeaderBytes != headerBytes) {
            warnings.add(file.getFileName() + ": header size field says " + declaredHeaderBytes + " bytes, "
                    + ns + " signals make " + headerBytes + "; using " + headerBytes);
        }
        List<EdfSignalHeader> signals = signals(readFully(channel, FIXED_BYTES, FIXED_BYTES * ns), ns, bdf);
        boolean hasData = signals.stream().anyMatch(s -> !s.isAnnotation());
        if (!(durationSec >= 0) || Double.isInfinite(durationSec)) {
            throw error("negative or invalid data record duration: " + durationSec + " s");
        }
        if (durationSec == 0 && hasData) {
            throw error("data record duration is 0 s but the file has sample signals (sampling rate undefined)");
        }
        EdfHeader provisional = new EdfHeader(bdf, patient, recordingId, Optional.empty(), headerBytes, reserved,
                0, durationSec, signals);
        long records = resolveRecordCount(size, headerBytes, provisional.recordBytes(), declaredRecords);
        for (EdfSignalHeader s : signals) {
            if (records * s.samplesPerRecord() > Integer.MAX_VALUE - 16) {
                throw error("signal '" + s.label() + "' would hold " + records * s.samplesPerRecord()
                        + " samples, more than one channel can hold");
            }
        }
        return new EdfHeader(bdf, patient, recordingId, startOf(date, time, recordingId), headerBytes, reserved,
                records, durationSec, signals);
    }

    private List<EdfSignalHeader> signals(byte[] b, int ns, boolean bdf) throws RecordingFormatException {
        int pos = 0;
        String[] labels = field(b, pos, ns, 16);
        pos += 16 * ns;
        String[] transducers = field(b, pos, ns, 80);
        pos += 80 * ns;
        String[] dims = field(b, pos, ns, 8);
        pos += 8 * ns;
        String[] pmin = field(b, pos, ns, 8);
        pos += 8 * ns;
        String[] pmax = field(b, pos, ns, 8);
        pos += 8 * ns;
        String[] dmin = field(b, pos, ns, 8);
        pos += 8 * ns;
        String[] dmax = field(b, pos, ns, 8);
        pos += 8 * ns;
        String[] prefilter = field(b, pos, ns, 80);
        pos += 80 * ns;
        String[] spr = field(b, pos, ns, 8);
        int digitalLimit = bdf ? 1 << 23 : 1 << 15;
        List<EdfSignalHeader> out = new ArrayList<>(ns);
        for (int i = 0; i < ns; i++) {
            String what = " of signal " + (i + 1) + " '" + labels[i] + "'";
            int digMin = (int) number(dmin[i], "digital minimum" + what, Integer.MAX_VALUE);
            int digMax = (int) number(dmax[i], "digital maximum" + what, Integer.MAX_VALUE);
            double phyMin = decimal(pmin[i], "physical minimum" + what);
            double phyMax = decimal(pmax[i], "physical maximum" + what);
            int samples = (int) number(spr[i], "number of samples" + what, Integer.MAX_VALUE);
            if (samples <= 0) {
                throw error("number of samples" + what + " must be positive, got " + samples);
            }
            EdfSignalHeader s = new EdfSignalHeader(labels[i], transducers[i], dims[i], phyMin, phyMax,
                    digMin, digMax, prefilter[i], samples);
            if (!s.isAnnotation()) {
                if (digMin >= digMax || digMin < -digitalLimit || digMax >= digitalLimit) {
                    throw error("invalid digital range " + digMin + ".." + digMax + what);
                }
                if (phyMin == phyMax) {
                    warnings.add(file.getFileName() + ": physical minimum equals maximum" + what
                            + "; digital values kept unscaled");
                }
            }
            out.add(s);
        }
        return out;
    }

    private long resolveRecordCount(long size, int headerBytes, long recordBytes, long declared)
            throws RecordingFormatException {
        if (declared < -1) {
            throw error("invalid number of data records: " + declared);
        }
        long dataBytes = size - headerBytes;
        long available = dataBytes / recordBytes;
        long rest = dataBytes % recordBytes;
        String name = file.getFileName().toString();
        if (available == 0) {
            throw error("no complete data record: " + dataBytes + " data bytes, one record needs " + recordBytes);
        }
        if (declared == -1 || declared == 0) {
            if (declared == 0) {
                warnings.add(name + ": header declares 0 data records; reading the " + available + " in the file");
            }
            if (rest != 0) {
                warnings.add(name + ": truncated last data record (" + rest + " bytes) ignored");
            }
            return available;
        }
        if (declared > available) {
            warnings.add(name + ": header declares " + declared + " data records but the file holds "
                    + available + (rest != 0 ? " complete ones (truncated)" : "") + "; reading " + available);
            return available;
        }
        if (declared < available || rest != 0) {
            warnings.add(name + ": " + (dataBytes - declared * recordBytes)
                    + " bytes after the declared " + declared + " data records ignored");
        }
        return declared;
    }

    private Optional<LocalDateTime> startOf(String date, String time, String recordingId) {
        if (recordingId.startsWith("Startdate X")) {
            // EDF+ marks an unknown start this way; dd.mm.yy then holds a placeholder
            return Optional.empty();
        }
        try {
            String[] d = date.split("\\.");
            String[] t = time.replace(':', '.').split("\\.");
            if (d.length != 3 || t.length != 3) {
                throw new DateTimeException("expected dd.mm.yy and hh.mm.ss");
            }
            int yy = Integer.parseInt(d[2].trim());
            int year = yy >= 85 ? 1900 + yy : 2000 + yy;
            Integer plusYear = edfPlusYear(recordingId);
            if (plusYear != null) {
                year = plusYear;
            }
            return Optional.of(LocalDateTime.of(year, Integer.parseInt(d[1].trim()), Integer.parseInt(d[0].trim()),
                    Integer.parseInt(t[0].trim()), Integer.parseInt(t[1].trim()), Integer.parseInt(t[2].trim())));
        } catch (NumberFormatException | DateTimeException e) {
            warnings.add(file.getFileName() + ": invalid start date/time '" + date + " " + time + "' ignored");
            return Optional.empty();
        }
    }

    /** EDF+ keeps the four-digit year in "Startdate dd-MMM-yyyy" because the dd.mm.yy field clips it. */
    private static Integer edfPlusYear(String recordingId) {
        String[] parts = recordingId.split(" ");
        if (parts.length >= 2 && parts[0].equals("Startdate")) {
            String[] dmy = parts[1].split("-");
            if (dmy.length == 3 && dmy[2].matches("\\d{4}")) {
                try {
                    Month.valueOf(monthName(dmy[1]));
                    return Integer.parseInt(dmy[2]);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String monthName(String abbreviation) {
        for (Month m : Month.values()) {
            if (m.name().startsWith(abbreviation.toUpperCase(Locale.ROOT)) && abbreviation.length() == 3) {
                return m.name();
            }
        }
        return abbreviation;
    }

    private byte[] readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            int n = channel.read(buf, position + buf.position());
            if (n < 0) {
                throw error("truncated header");
            }
        }
        return buf.array();
    }

    private static String[] field(byte[] b, int pos, int ns, int width) {
        String[] out = new String[ns];
        for (int i = 0; i < ns; i++) {
            out[i] = text(b, pos + i * width, width);
        }
        return out;
    }

    private static String text(byte[] b, int pos, int width) {
        return new String(b, pos, width, StandardCharsets.ISO_8859_1).trim();
    }

    private long number(String s, String what, long max) throws RecordingFormatException {
        try {
            long v = Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
            if (v > max || v < -max) {
                throw error(what + " out of range: '" + s + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw error(what + " is not an integer: '" + s + "'");
        }
    }

    private double decimal(String s, String what) throws RecordingFormatException {
        try {
            double v = Double.parseDouble(s.replace(',', '.'));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw error(what + " is not a number: '" + s + "'");
        }
    }

    private RecordingFormatException error(String problem) {
        return new RecordingFormatException(file, problem);
    }
}
