package org.lacrima.io.edf;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Encodes and decodes EDF+ TALs: {@code +onset[\x15duration]\x14text\x14...\x14\0}, texts in UTF-8,
 * unused bytes of the annotation signal filled with zeros.
 */
public final class TalCodec {
    private static final byte ONSET_END = 0x14;
    private static final byte DURATION_MARK = 0x15;
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d*)?|[+-]?\\.\\d+");

    private TalCodec() {
    }

    /**
     * Decodes the TALs in {@code bytes[from, to)}.
     *
     * @throws IllegalArgumentException describing the first malformed TAL
     */
    public static List<Tal> decode(byte[] bytes, int from, int to) {
        List<Tal> out = new ArrayList<>();
        int pos = from;
        while (pos < to) {
            if (bytes[pos] == 0) {
                pos++;
                continue;
            }
            int end = pos;
            while (end < to && bytes[end] != 0) {
                end++;
            }
            out.add(decodeOne(bytes, pos, end));
            pos = end + 1;
        }
        return out;
    }

    private static Tal decodeOne(byte[] b, int from, int to) {
        int firstSep = indexOf(b, from, to, ONSET_END);
        if (firstSep < 0 || b[to - 1] != ONSET_END) {
            throw new IllegalArgumentException("TAL without closing 0x14: '" + printable(b, from, to) + "'");
        }
        int durMark = indexOf(b, from, firstSep, DURATION_MARK);
        String onset = ascii(b, from, durMark < 0 ? firstSep : durMark);
        String duration = durMark < 0 ? "" : ascii(b, durMark + 1, firstSep);
        double onsetSec = number(onset, "onset");
        double durationSec = duration.isEmpty() ? 0 : number(duration, "duration");
        if (durationSec < 0) {
            throw new IllegalArgumentException("negative TAL duration '" + duration + "'");
        }
        List<String> texts = new ArrayList<>();
        int start = firstSep + 1;
        while (start < to) {
            int sep = indexOf(b, start, to, ONSET_END);
            texts.add(new String(b, start, sep - start, StandardCharsets.UTF_8));
            start = sep + 1;
        }
        if (texts.isEmpty()) {
            texts.add("");
        }
        return new Tal(onsetSec, durationSec, texts);
    }

    /** The bytes of one TAL, zero-terminated. Texts must not contain 0x00, 0x14 or 0x15. */
    public static byte[] encode(Tal tal) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String onset = plain(tal.onsetSec());
        out.writeBytes(((tal.onsetSec() < 0 || onset.startsWith("-")) ? "" : "+").concat(onset)
                .getBytes(StandardCharsets.US_ASCII));
        if (tal.durationSec() > 0) {
            out.write(DURATION_MARK);
            out.writeBytes(plain(tal.durationSec()).getBytes(StandardCharsets.US_ASCII));
        }
        out.write(ONSET_END);
        for (String text : tal.texts()) {
            out.writeBytes(sanitize(text).getBytes(StandardCharsets.UTF_8));
            out.write(ONSET_END);
        }
        out.write(0);
        return out.toByteArray();
    }

    /** The time-keeping TAL of a data record starting {@code startSec} after the recording start. */
    public static byte[] encodeTimeKeeping(double startSec) {
        return encode(new Tal(startSec, 0, List.of("")));
    }

    /** {@code text} with the bytes that would break a TAL replaced by spaces. */
    public static String sanitize(String text) {
        return text.replace('\u0000', ' ').replace('\u0014', ' ').replace('\u0015', ' ');
    }

    /** Shortest decimal that parses back to the same double, without an exponent (TALs forbid one). */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("TAL time must be finite, got " + v);
        }
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static double number(String s, String what) {
        if (!NUMBER.matcher(s).matches()) {
            throw new IllegalArgumentException("TAL " + what + " is not a number: '" + s + "'");
        }
        return Double.parseDouble(s);
    }

    private static int indexOf(byte[] b, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static String ascii(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.US_ASCII).trim();
    }

    private static String printable(byte[] b, int from, int to) {
        byte[] copy = Arrays.copyOfRange(b, from, Math.min(to, from + 40));
        return new String(copy, StandardCharsets.US_ASCII).replaceAll("[^\\x20-\\x7e]", "?");
    }
}
