package org.lacrima.io.ishne;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lacrima.io.RecordingFormatException;

/**
 * The fixed header of an ISHNE 1.0 Holter file: the 8-byte magic {@code ISHNE1.0}, a CRC-CCITT of
 * the header, then 512 little-endian bytes (sizes and offsets, patient and recording fields, up to 12
 * leads with their specification, quality and amplitude resolution in nanovolts, the sampling rate).
 *
 * @param variableBlockBytes length of the free-text block that follows the fixed header
 * @param samplesPerLead     declared samples in each lead
 * @param ecgOffset          byte offset of the interleaved 16-bit samples
 * @param subjectId          the patient ID field (names are never read)
 * @param start              recording date and start time, if both are valid
 * @param leadCodes          lead specification code of each lead (ISHNE table: 5 = I, 11 = V1, ...)
 * @param resolutionNv       amplitude resolution of each lead in nanovolts per unit
 * @param rateHz             sampling rate in hertz
 * @param storedCrc          the CRC stored in bytes 8–9
 */
record IshneHeader(int variableBlockBytes, long samplesPerLead, long ecgOffset, String subjectId,
                   Optional<LocalDateTime> start, int[] leadCodes, int[] resolutionNv, int rateHz, int storedCrc) {
    static final String MAGIC = "ISHNE1.0";
    /** Magic, CRC and the fixed header: where the variable block starts. */
    static final int FIXED_END = 10 + 512;
    private static final int MAX_LEADS = 12;

    /** Parses the first {@link #FIXED_END} bytes of {@code file}, refusing values no reader can use. */
    static IshneHeader parse(Path file, byte[] head, long fileSize) throws RecordingFormatException {
        if (head.length < FIXED_END || !new String(head, 0, 8, StandardCharsets.US_ASCII).equals(MAGIC)) {
            throw new RecordingFormatException(file, "not an ISHNE 1.0 Holter file (no 'ISHNE1.0' magic and 512-byte header)");
        }
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        int crc = Short.toUnsignedInt(b.getShort(8));
        int varBytes = b.getInt(10);
        long samples = Integer.toUnsignedLong(b.getInt(14));
        long ecgOffset = b.getInt(22);
        String id = ascii(head, 108, 20);
        Optional<LocalDateTime> start = dateTime(b.getShort(138), b.getShort(140), b.getShort(142),
                b.getShort(150), b.getShort(152), b.getShort(154));
        int leads = b.getShort(156);
        int rate = b.getShort(272);
        if (varBytes < 0 || FIXED_END + (long) varBytes > fileSize) {
            throw new RecordingFormatException(file, "ISHNE variable block of " + varBytes + " bytes does not fit the file");
        }
        if (ecgOffset < FIXED_END || ecgOffset > fileSize) {
            throw new RecordingFormatException(file, "ISHNE ECG offset " + ecgOffset + " lies outside the file");
        }
        if (leads < 1 || leads > MAX_LEADS) {
            throw new RecordingFormatException(file, "ISHNE header declares " + leads + " leads (1 to 12 allowed)");
        }
        if (rate < 1) {
            throw new RecordingFormatException(file, "ISHNE sampling rate must be positive, got " + rate);
        }
        int[] codes = new int[leads];
        int[] resolution = new int[leads];
        for (int i = 0; i < leads; i++) {
            codes[i] = b.getShort(158 + 2 * i);
            resolution[i] = b.getShort(206 + 2 * i);
            if (resolution[i] <= 0) {
                throw new RecordingFormatException(file, "ISHNE lead " + (i + 1) + " has amplitude resolution "
                        + resolution[i] + " nV (must be positive)");
            }
        }
        return new IshneHeader(varBytes, samples, ecgOffset, id, start, codes, resolution, rate, crc);
    }

    int leads() {
        return leadCodes.length;
    }

    /** The channel labels: standard lead names where the code is one, else {@code ECG1}, {@code ECG2}…; unique. */
    List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < leadCodes.length; i++) {
            String name = leadName(leadCodes[i]);
            String label = name == null || labels.contains(name) ? "ECG" + (i + 1) : name;
            labels.add(label);
        }
        return labels;
    }

    /** ISHNE lead specification table: 5–7 limb leads, 8–10 augmented, 11–16 precordial; others have no standard name. */
    private static String leadName(int code) {
        return switch (code) {
            case 5 -> "I";
            case 6 -> "II";
            case 7 -> "III";
            case 8 -> "aVR";
            case 9 -> "aVL";
            case 10 -> "aVF";
            case 11, 12, 13, 14, 15, 16 -> "V" + (code - 10);
            default -> null;
        };
    }

    private static Optional<LocalDateTime> dateTime(int day, int month, int year, int hour, int minute, int second) {
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second));
        } catch (DateTimeException e) {
            return Optional.empty(); // ISHNE writes -9 for unknown fields
        }
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.US_ASCII).strip();
    }
}
