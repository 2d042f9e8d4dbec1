package org.lacrima.io.edf;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.io.AtomicFiles;

/**
 * Writes a recording as EDF+C: 16-bit samples, per-channel physical range taken from the data, the
 * events as TALs in an "EDF Annotations" signal, start date-time and subject code in the EDF+ header
 * fields. The file is written to a temporary sibling and moved into place, so a failure never leaves
 * a partial file under the target name.
 *
 * <p>Limits of the format, applied silently: irregular channels (RR intervals) are not written;
 * labels are cut to 16 ASCII characters and units to 8; NaN samples are written as the physical
 * minimum; a channel that starts later or ends earlier than the others is padded with its first or
 * last value so that every channel fills whole data records; in event labels the TAL delimiters
 * (bytes 0, 20, 21) become spaces and the reader trims surrounding spaces. Event onsets and durations
 * are written as the shortest decimals that parse back to the same doubles, so they round-trip exactly.
 */
public final class EdfWriter {
    /** Default data record duration in seconds. */
    public static final double DEFAULT_RECORD_SEC = 1.0;
    private static final int DIGITAL_MIN = -32768;
    private static final int DIGITAL_MAX = 32767;
    private static final int MIN_ANNOTATION_BYTES = 64;
    private static final int WRITE_BLOCK_BYTES = 4 << 20;
    private static final DateTimeFormatter PLUS_DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ROOT);

    private EdfWriter() {
    }

    /** Writes {@code recording} to {@code target} with 1 s data records (longer if a rate requires it). */
    public static void write(Recording recording, Path target) throws IOException {
        write(recording, target, DEFAULT_RECORD_SEC);
    }

    /**
     * Writes {@code recording} to {@code target} with data records of {@code recordSec} seconds, or the
     * smallest whole multiple of it that holds a whole number of samples of every channel.
     *
     * @throws IllegalArgumentException if no record duration up to 1000 multiples fits the rates
     */
    public static void write(Recording recording, Path target, double recordSec) throws IOException {
        List<Channel> channels = recording.channels().stream().filter(Channel::isRegular).toList();
        double duration = recordDuration(channels, recordSec);
        double t0 = channels.stream().mapToDouble(Channel::startOffsetSec).min().orElse(0.0);
        double end = channels.stream().mapToDouble(Channel::endSec).max().orElse(t0);
        long recordsLong = Math.max(1, (long) Math.ceil((end - t0) / duration - 1e-9));
        if (recordsLong > 99_999_999L) {
            throw new IllegalArgumentException("recording too long for EDF: " + recordsLong + " data records");
        }
        int records = (int) recordsLong;
        List<SignalPlan> plans = new ArrayList<>();
        for (Channel c : channels) {
            plans.add(SignalPlan.of(c, duration, t0, recording.metadata().accelerometerSite()));
        }
        byte[][] annotations = annotationRecords(recording.events(), records, duration, t0);
        int maxAnnotationBytes = MIN_ANNOTATION_BYTES;
        for (byte[] a : annotations) {
            maxAnnotationBytes = Math.max(maxAnnotationBytes, a.length);
        }
        int annotationSamples = (maxAnnotationBytes + 1) / 2;
        byte[] header = header(recording, plans, annotationSamples, records, duration);

        AtomicFiles.write(target, temp -> {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writeFully(out, ByteBuffer.wrap(header));
                writeRecords(out, plans, annotations, annotationSamples, records);
            }
        });
    }

    private static double recordDuration(List<Channel> channels, double requested) {
        if (!(requested > 0) || Double.isInfinite(requested)) {
            throw new IllegalArgumentException("record duration must be positive, got " + requested);
        }
        for (int k = 1; k <= 1000; k++) {
            double d = requested * k;
            boolean fits = fitsEightChars(d);
            for (Channel c : channels) {
                double spr = c.rateHz() * d;
                fits &= Math.abs(spr - Math.rint(spr)) < 1e-7 && Math.rint(spr) >= 1;
            }
            if (fits) {
                return d;
            }
        }
        throw new IllegalArgumentException("no EDF data record duration holds a whole number of samples at rates "
                + channels.stream().map(c -> c.rateHz() + " Hz").toList());
    }

    private static boolean fitsEightChars(double d) {
        return TalCodec.plain(d).length() <= 8;
    }

    /** Per record, the time-keeping TAL followed by the TALs of the events whose onset lies in it. */
    private static byte[][] annotationRecords(List<Event> events, int records, double duration, double t0) {
        List<List<byte[]>> perRecord = new ArrayList<>(records);
        for (int r = 0; r < records; r++) {
            List<byte[]> list = new ArrayList<>();
            list.add(TalCodec.encodeTimeKeeping(t0 + r * duration));
            perRecord.add(list);
        }
        List<Event> sorted = events.stream().sorted(Comparator.comparingDouble(Event::onsetSec)).toList();
        for (Event e : sorted) {
            int r = (int) Math.max(0, Math.min(records - 1, Math.floor((e.onsetSec() - t0) / duration)));
            perRecord.get(r).add(TalCodec.encode(new Tal(e.onsetSec(), e.durationSec(), List.of(e.label()))));
        }
        byte[][] out = new byte[records][];
        for (int r = 0; r < records; r++) {
            int len = perRecord.get(r).stream().mapToInt(b -> b.length).sum();
            byte[] joined = new byte[len];
            int pos = 0;
            for (byte[] b : perRecord.get(r)) {
                System.arraycopy(b, 0, joined, pos, b.length);
                pos += b.length;
            }
            out[r] = joined;
        }
        return out;
    }

    private static void writeRecords(FileChannel out, List<SignalPlan> plans, byte[][] annotations,
                                     int annotationSamples, int records) throws IOException {
        int recordBytes = 2 * annotationSamples;
        for (SignalPlan p : plans) {
            recordBytes += 2 * p.samplesPerRecord;
        }
        int perBlock = Math.max(1, WRITE_BLOCK_BYTES / recordBytes);
        ByteBuffer buf = ByteBuffer.allocate(perBlock * recordBytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int first = 0; first < records; first += perBlock) {
            buf.clear();
            int count = Math.min(perBlock, records - first);
            for (int r = first; r < first + count; r++) {
                for (SignalPlan p : plans) {
                    p.encodeRecord(r, buf);
                }
                int start = buf.position();
                buf.put(annotations[r]);
                buf.position(start + 2 * annotationSamples);
            }
            buf.flip();
            writeFully(out, buf);
        }
    }

    private static byte[] header(Recording recording, List<SignalPlan> plans, int annotationSamples, int records,
                                 double duration) {
        int ns = plans.size() + 1;
        StringBuilder h = new StringBuilder(256 * (ns + 1));
        LocalDateTime start = recording.metadata().start().orElse(null);
        String subject = ascii(recording.metadata().subjectCode()).replace(' ', '_');
        pad(h, "0", 8);
        pad(h, (subject.isEmpty() ? "X" : subject) + " X X X", 80);
        pad(h, "Startdate " + (start == null ? "X" : start.format(PLUS_DATE).toUpperCase(Locale.ROOT)) + " X X X", 80);
        LocalDateTime headerStart = start == null ? LocalDateTime.of(1985, 1, 1, 0, 0) : start;
        pad(h, String.format(Locale.ROOT, "%02d.%02d.%02d", headerStart.getDayOfMonth(), headerStart.getMonthValue(),
                headerStart.getYear() % 100), 8);
        pad(h, String.format(Locale.ROOT, "%02d.%02d.%02d", headerStart.getHour(), headerStart.getMinute(),
                headerStart.getSecond()), 8);
        pad(h, Integer.toString(256 * (ns + 1)), 8);
        pad(h, "EDF+C", 44);
        pad(h, Integer.toString(records), 8);
        pad(h, TalCodec.plain(duration), 8);
        pad(h, Integer.toString(ns), 4);
        for (SignalPlan p : plans) {
            pad(h, p.label, 16);
        }
        pad(h, "EDF Annotations", 16);
        for (SignalPlan p : plans) {
            pad(h, p.transducer, 80);
        }
        pad(h, "", 80);
        for (SignalPlan p : plans) {
            pad(h, p.unit, 8);
        }
        pad(h, "", 8);
        for (SignalPlan p : plans) {
            pad(h, p.physicalMin, 8);
        }
        pad(h, "-1", 8);
        for (SignalPlan p : plans) {
            pad(h, p.physicalMax, 8);
        }
        pad(h, "1", 8);
        for (int i = 0; i < ns; i++) {
            pad(h, Integer.toString(DIGITAL_MIN), 8);
        }
        for (int i = 0; i < ns; i++) {
            pad(h, Integer.toString(DIGITAL_MAX), 8);
        }
        for (int i = 0; i < ns; i++) {
            pad(h, "", 80);
        }
        for (SignalPlan p : plans) {
            pad(h, Integer.toString(p.samplesPerRecord), 8);
        }
        pad(h, Integer.toString(annotationSamples), 8);
        for (int i = 0; i < ns; i++) {
            pad(h, "", 32);
        }
        return h.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void pad(StringBuilder sb, String value, int width) {
        String v = value.length() > width ? value.substring(0, width) : value;
        sb.append(v);
        sb.append(" ".repeat(width - v.length()));
    }

    /** Printable ASCII only, as the EDF header requires; common unit symbols spelled out. */
    static String ascii(String s) {
        String t = s.replace("µ", "u").replace("μ", "u").replace("°", "deg");
        StringBuilder sb = new StringBuilder(t.length());
        for (char ch : t.toCharArray()) {
            sb.append(ch >= 0x20 && ch < 0x7f ? ch : '?');
        }
        return sb.toString().trim();
    }

    /**
     * The physical limit written to the header: the data extreme rounded outward to a decimal that fits
     * the 8-character field, so the scaling the reader rebuilds from the header is the one used here.
     */
    static String eightChars(double v, RoundingMode outward) {
        for (int scale = 7; scale >= 0; scale--) {
            String s = new BigDecimal(v).setScale(scale, outward).stripTrailingZeros().toPlainString();
            if (s.equals("-0")) {
                s = "0";
            }
            if (s.length() <= 8) {
                return s;
            }
        }
        // beyond eight digits (a 32-bit WFDB signal at gain 200: -10737418.19) only an exponent fits
        for (int digits = 4; digits >= 1; digits--) {
            String s = new BigDecimal(v).round(new java.math.MathContext(digits, outward)).toString().replace("E+", "E");
            if (s.length() <= 8) {
                return s;
            }
        }
        throw new IllegalArgumentException("value " + v + " does not fit an 8-character EDF field");
    }

    private static void writeFully(FileChannel out, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            out.write(buf);
        }
    }

    /** How one channel is laid out and scaled in the file. */
    private static final class SignalPlan {
        final String label;
        final String transducer;
        final String unit;
        final String physicalMin;
        final String physicalMax;
        final int samplesPerRecord;
        final double gain;
        final double offset;
        final Channel channel;
        final int leadingPad;

        private SignalPlan(Channel channel, String transducer, String physicalMin, String physicalMax,
                int samplesPerRecord, int leadingPad) {
            this.channel = channel;
            this.label = ascii(channel.label());
            this.transducer = transducer;
            this.unit = ascii(channel.unit());
            this.physicalMin = physicalMin;
            this.physicalMax = physicalMax;
            this.samplesPerRecord = samplesPerRecord;
            double pmin = Double.parseDouble(physicalMin);
            double pmax = Double.parseDouble(physicalMax);
            this.gain = (pmax - pmin) / ((double) DIGITAL_MAX - DIGITAL_MIN);
            this.offset = pmax - gain * DIGITAL_MAX;
            this.leadingPad = leadingPad;
        }

        static SignalPlan of(Channel c, double duration, double t0, BodySite accelerometerSite) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < c.length(); i++) {
                double v = c.values().get(i);
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            if (min > max) {
                min = 0;
                max = 1;
            }
            String pmin = eightChars(min, RoundingMode.FLOOR);
            String pmax = eightChars(max, RoundingMode.CEILING);
            if (Double.parseDouble(pmax) <= Double.parseDouble(pmin)) {
                pmax = eightChars(Double.parseDouble(pmin) + 1, RoundingMode.CEILING);
            }
            int spr = (int) Math.rint(c.rateHz() * duration);
            int lead = (int) Math.round((c.startOffsetSec() - t0) * c.rateHz());
            return new SignalPlan(c, transducerFor(c.type(), accelerometerSite), pmin, pmax, spr, lead);
        }

        /** Encodes this channel's part of data record {@code record}. */
        void encodeRecord(int record, ByteBuffer buf) {
            int n = channel.length();
            long first = (long) record * samplesPerRecord - leadingPad;
            for (int i = 0; i < samplesPerRecord; i++) {
                long idx = first + i;
                double v = n == 0 ? 0 : channel.values().get((int) Math.max(0, Math.min(n - 1, idx)));
                buf.putShort((short) digital(v));
            }
        }

        private int digital(double v) {
            if (!Double.isFinite(v)) {
                return DIGITAL_MIN;
            }
            long d = Math.round((v - offset) / gain);
            return (int) Math.max(DIGITAL_MIN, Math.min(DIGITAL_MAX, d));
        }

        /**
         * The transducer field names the sensor, so types survive a round trip whatever the labels; an
         * accelerometer's also names where it was worn ({@code "ACC accelerometer, chest"}), which EDF+ has no
         * other field for and which decides whether it carries the breathing.
         */
        private static String transducerFor(ChannelType type, BodySite accelerometerSite) {
            if (type == ChannelType.ACC && accelerometerSite != BodySite.UNKNOWN) {
                return "ACC accelerometer, " + accelerometerSite.word();
            }
            return switch (type) {
                case ECG -> "ECG electrodes";
                case PPG -> "PPG sensor";
                case EDA -> "EDA electrodes";
                case RSP -> "Resp belt";
                case ACC -> "ACC accelerometer";
                case TEMP -> "TEMP skin temperature probe";
                case HR -> "HR device";
                case RR, OTHER -> "";
            };
        }
    }
}
