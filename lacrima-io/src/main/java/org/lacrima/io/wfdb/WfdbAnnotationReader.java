package org.lacrima.io.wfdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.io.RecordingFormatException;

/**
 * Reads MIT-format annotation files ({@code .atr}, {@code .qrs}, ...): 16-bit little-endian words
 * with a 6-bit type and a 10-bit time increment, plus the SKIP, NUM, SUB, CHN and AUX pseudo-codes
 * that modify the time or the annotation just read.
 */
public final class WfdbAnnotationReader {
    private static final int SKIP = 59;
    private static final int NUM = 60;
    private static final int SUB = 61;
    private static final int CHN = 62;
    private static final int AUX = 63;
    /** Annotation files of a day-long Holter record are a few MB; this guards against mistaken inputs. */
    private static final long MAX_BYTES = 256L << 20;

    private WfdbAnnotationReader() {
    }

    /** All annotations of {@code file} in file order. */
    public static List<WfdbAnnotation> read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new RecordingFormatException(file, "annotation file too large (" + size + " bytes)");
        }
        byte[] b = Files.readAllBytes(file);
        List<WfdbAnnotation> out = new ArrayList<>();
        long time = 0;
        int num = 0;
        int chan = 0;
        Pending current = null;
        int pos = 0;
        while (pos + 1 < b.length) {
            int word = (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8;
            pos += 2;
            int a = word >> 10;
            int i = word & 0x3FF;
            if (a == 0 && i == 0) {
                break;
            }
            switch (a) {
                case SKIP -> {
                    if (pos + 4 > b.length) {
                        throw new RecordingFormatException(file, "truncated SKIP at byte " + (pos - 2));
                    }
                    int high = (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8;
                    int low = (b[pos + 2] & 0xFF) | (b[pos + 3] & 0xFF) << 8;
                    time += high << 16 | low;
                    pos += 4;
                }
                case NUM -> {
                    num = signed10(i);
                    if (current != null) {
                        current.number = num;
                    }
                }
                case SUB -> {
                    if (current != null) {
                        current.subtype = signed10(i);
                    }
                }
                case CHN -> {
                    chan = i;
                    if (current != null) {
                        current.channel = chan;
                    }
                }
                case AUX -> {
                    if (pos + i > b.length) {
                        throw new RecordingFormatException(file, "truncated AUX text at byte " + (pos - 2));
                    }
                    if (current != null) {
                        current.aux = auxText(b, pos, i);
                    }
                    pos += i + (i & 1);
                }
                default -> {
                    if (current != null) {
                        out.add(current.toAnnotation());
                    }
                    time += i;
                    current = new Pending(time, a, chan, num);
                }
            }
        }
        if (current != null) {
            out.add(current.toAnnotation());
        }
        return out;
    }

    private static String auxText(byte[] b, int pos, int len) {
        int end = pos + len;
        while (end > pos && b[end - 1] == 0) {
            end--;
        }
        return new String(b, pos, end - pos, StandardCharsets.ISO_8859_1).trim();
    }

    private static int signed10(int v) {
        return v << 22 >> 22;
    }

    /** An annotation whose modifiers may still follow. */
    private static final class Pending {
        final long sample;
        final int code;
        int subtype;
        int channel;
        int number;
        String aux = "";

        Pending(long sample, int code, int channel, int number) {
            this.sample = sample;
            this.code = code;
            this.channel = channel;
            this.number = number;
        }

        WfdbAnnotation toAnnotation() {
            return new WfdbAnnotation(sample, code, subtype, channel, number, aux);
        }
    }
}
