package org.lacrima.io.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An EDF+ reader written for the tests from the EDF and EDF+ specifications alone (edfplus.info),
 * sharing no code with Lacrima's reader: 256-byte fixed header, 256 bytes per signal, 16-bit
 * little-endian two's complement samples, and TALs in "EDF Annotations" signals:
 * {@code +onset [0x15 duration] 0x14 text 0x14 [text 0x14 ...] 0x00}. The first TAL of each data
 * record's first annotation signal keeps time and has no text; a file may have further annotation signals.
 */
final class MinimalEdfPlus {
    record Annotation(double onset, double duration, String text) {
    }

    record Signal(String label, double physMin, double physMax, int digMin, int digMax, int samplesPerRecord,
                  List<Integer> digital) {
        double physical(int d) {
            return physMin + (d - digMin) * (physMax - physMin) / (digMax - digMin);
        }
    }

    final String version;
    final String reserved;
    final int records;
    final double recordSec;
    final List<Signal> signals = new ArrayList<>();
    final List<Annotation> annotations = new ArrayList<>();

    MinimalEdfPlus(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        version = field(b, 0, 8);
        reserved = field(b, 192, 44);
        int headerBytes = Integer.parseInt(field(b, 184, 8));
        records = Integer.parseInt(field(b, 236, 8));
        recordSec = Double.parseDouble(field(b, 244, 8));
        int ns = Integer.parseInt(field(b, 252, 4));
        String[] label = new String[ns];
        int[] spr = new int[ns];
        for (int i = 0; i < ns; i++) {
            label[i] = field(b, 256 + 16 * i, 16);
            spr[i] = Integer.parseInt(field(b, 256 + ns * 216 + 8 * i, 8));
        }
        List<List<Integer>> digital = new ArrayList<>();
        for (int i = 0; i < ns; i++) {
            digital.add(new ArrayList<>());
        }
        ByteBuffer data = ByteBuffer.wrap(b, headerBytes, b.length - headerBytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 0; r < records; r++) {
            boolean firstAnnotationSignal = true;
            for (int i = 0; i < ns; i++) {
                if (label[i].equals("EDF Annotations")) {
                    byte[] tal = new byte[2 * spr[i]];
                    data.get(tal);
                    parseTals(tal, r, firstAnnotationSignal);
                    firstAnnotationSignal = false;
                } else {
                    for (int k = 0; k < spr[i]; k++) {
                        digital.get(i).add((int) data.getShort());
                    }
                }
            }
        }
        if (data.hasRemaining()) {
            throw new IllegalStateException(data.remaining() + " bytes after the last data record");
        }
        for (int i = 0; i < ns; i++) {
            if (!label[i].equals("EDF Annotations")) {
                signals.add(new Signal(label[i], Double.parseDouble(field(b, 256 + ns * 104 + 8 * i, 8)),
                        Double.parseDouble(field(b, 256 + ns * 112 + 8 * i, 8)),
                        Integer.parseInt(field(b, 256 + ns * 120 + 8 * i, 8)),
                        Integer.parseInt(field(b, 256 + ns * 128 + 8 * i, 8)), spr[i], digital.get(i)));
            }
        }
    }

    /** Only the first annotation signal of a record starts with the time-keeping TAL. */
    private void parseTals(byte[] tal, int record, boolean keepsTime) {
        int pos = 0;
        boolean first = keepsTime;
        while (pos < tal.length && tal[pos] != 0) {
            int end = pos;
            while (tal[end] != 0) {
                end++;
            }
            String s = new String(tal, pos, end - pos, StandardCharsets.UTF_8);
            String[] parts = s.split("\u0014", -1);
            String[] time = parts[0].split("\u0015");
            double onset = Double.parseDouble(time[0]);
            double duration = time.length > 1 ? Double.parseDouble(time[1]) : 0;
            if (first) {
                if (Math.abs(onset - record * recordSec) > 1e-9 || parts.length != 3 || !parts[1].isEmpty()) {
                    throw new IllegalStateException("record " + record + " does not start with a time-keeping TAL: " + s);
                }
            } else {
                for (int k = 1; k < parts.length - 1; k++) {
                    annotations.add(new Annotation(onset, duration, parts[k]));
                }
            }
            first = false;
            pos = end + 1;
        }
    }

    private static String field(byte[] b, int offset, int length) {
        return new String(b, offset, length, StandardCharsets.US_ASCII).trim();
    }
}
