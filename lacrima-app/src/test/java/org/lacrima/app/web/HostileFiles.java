package org.lacrima.app.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The crafted uploads of issue 11, generated in a temporary folder (no binary blobs in the repository):
 * WFDB headers whose signal files lie outside the upload, an E4 zip with a climbing member name, an
 * EDF whose records claim 100000 s each, and an E4 zip that unpacks to hundreds of megabytes.
 */
final class HostileFiles {
    private HostileFiles() {
    }

    /** A WFDB header of {@code signals} format-80 signals reading one byte each from {@code target}. */
    static Path wfdbHeader(Path dir, String name, String target, int signals) throws IOException {
        StringBuilder h = new StringBuilder(name + " " + signals + " 250 1\n");
        for (int i = 0; i < signals; i++) {
            h.append(target).append(" 80+").append(i).append(" 200 8 0 0 0 0 s").append(i).append('\n');
        }
        return Files.writeString(Files.createDirectories(dir).resolve(name + ".hea"), h.toString());
    }

    /** An E4 zip whose EDA member is named {@code ../EDA.csv}. */
    static Path e4ZipWithClimbingMember(Path dir) throws IOException {
        Path zip = Files.createDirectories(dir).resolve("e4-slip.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../EDA.csv"));
            out.write(e4Signal(4, 600).getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("HR.csv"));
            out.write(e4Signal(1, 150).getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        return zip;
    }

    /** An E4 zip whose EDA.csv unpacks to {@code unpackedMegabytes} of samples (about 1000:1). */
    static Path e4Bomb(Path dir, int unpackedMegabytes) throws IOException {
        Path zip = Files.createDirectories(dir).resolve("e4-bomb.zip");
        byte[] block = new byte[1 << 20];
        byte[] line = "0.000000\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + line.length <= block.length; i += line.length) {
            System.arraycopy(line, 0, block, i, line.length);
        }
        Arrays.fill(block, block.length - block.length % line.length, block.length, (byte) '\n');
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            out.putNextEntry(new ZipEntry("EDA.csv"));
            out.write("1600000000.000000\n4.000000\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < unpackedMegabytes; i++) {
                out.write(block);
            }
            out.closeEntry();
        }
        return zip;
    }

    /** An E4 signal file: start time, rate, then {@code n} plausible values. */
    private static String e4Signal(double rateHz, int n) {
        StringBuilder s = new StringBuilder("1600000000.000000\n" + String.format(Locale.ROOT, "%.6f", rateHz) + "\n");
        for (int i = 0; i < n; i++) {
            s.append(String.format(Locale.ROOT, "%.6f", 2 + Math.sin(i / 10.0))).append('\n');
        }
        return s.toString();
    }

    /**
     * An EDF of one 16-bit signal whose {@code records} data records each claim {@code recordSec}
     * seconds (the file is small; the duration it declares is not).
     */
    static Path longDurationEdf(Path dir, int records, double recordSec, int samplesPerRecord) throws IOException {
        Path file = Files.createDirectories(dir).resolve("long.edf");
        StringBuilder h = new StringBuilder();
        h.append(field("0", 8)).append(field("X X X X", 80)).append(field("Startdate 01-JAN-2026 X X X", 80))
                .append(field("01.01.26", 8)).append(field("12.00.00", 8)).append(field("512", 8))
                .append(field("", 44)).append(field(String.valueOf(records), 8))
                .append(field(String.format(Locale.ROOT, "%.0f", recordSec), 8)).append(field("1", 4));
        h.append(field("EDA", 16)).append(field("", 80)).append(field("uS", 8)).append(field("0", 8))
                .append(field("40", 8)).append(field("-32768", 8)).append(field("32767", 8)).append(field("", 80))
                .append(field(String.valueOf(samplesPerRecord), 8)).append(field("", 32));
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(h.toString().getBytes(StandardCharsets.US_ASCII));
            ByteBuffer record = ByteBuffer.allocate(samplesPerRecord * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < samplesPerRecord; i++) {
                record.putShort((short) (i % 2000));
            }
            for (int r = 0; r < records; r++) {
                out.write(record.array());
            }
        }
        return file;
    }

    private static String field(String value, int width) {
        String v = value.length() > width ? value.substring(0, width) : value;
        return v + " ".repeat(width - v.length());
    }
}
