package org.lacrima.io.wfdb;

/**
 * The WFDB signal storage formats Lacrima decodes. Samples of all signals in a file form one
 * interleaved stream; packed formats store {@link #groupSamples} samples in {@link #groupBytes} bytes.
 */
enum WfdbFormat {
    /** 8-bit first differences: each byte is the change from the signal's previous sample (initial value from the header). */
    F8(8, 1, 1, Integer.MIN_VALUE),
    /** 8-bit offset binary. */
    F80(80, 1, 1, -128),
    /** 16-bit two's complement, little-endian. */
    F16(16, 1, 2, -32768),
    /** 16-bit two's complement, big-endian. */
    F61(61, 1, 2, -32768),
    /** 16-bit offset binary, little-endian. */
    F160(160, 1, 2, -32768),
    /** 24-bit two's complement, little-endian. */
    F24(24, 1, 3, -8388608),
    /** 32-bit two's complement, little-endian. */
    F32(32, 1, 4, Integer.MIN_VALUE),
    /** Two 12-bit samples in three bytes (MIT-BIH). */
    F212(212, 2, 3, -2048),
    /** Three 10-bit samples in two little-endian 16-bit words. */
    F310(310, 3, 4, -512),
    /** Three 10-bit samples in one little-endian 32-bit word. */
    F311(311, 3, 4, -512),
    /** FLAC-compressed 8-bit samples (WFDB 10.7), decoded by {@link WfdbFlac}. */
    F508(508, 1, 1, -128),
    /** FLAC-compressed 16-bit samples. */
    F516(516, 1, 2, -32768),
    /** FLAC-compressed 24-bit samples. */
    F524(524, 1, 3, -8388608);

    final int code;
    final int groupSamples;
    final int groupBytes;
    /** The value WFDB writes for a missing sample. */
    final int invalid;

    WfdbFormat(int code, int groupSamples, int groupBytes, int invalid) {
        this.code = code;
        this.groupSamples = groupSamples;
        this.groupBytes = groupBytes;
        this.invalid = invalid;
    }

    /** The format with this code, or null if Lacrima cannot decode it. */
    static WfdbFormat of(int code) {
        for (WfdbFormat f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        return null;
    }

    /** Bytes holding {@code samples} samples (a multiple of {@link #groupSamples}). */
    long bytesFor(long samples) {
        return samples / groupSamples * groupBytes;
    }

    /**
     * Samples held in {@code bytes} bytes, including those of a last, partial packing group: the
     * checksums in headers cover them (212 with an odd count, 310/311 with a count not a multiple
     * of three; issue 13).
     */
    long samplesIn(long bytes) {
        long rest = bytes % groupBytes;
        int partial = switch (this) {
            // 212: the first sample of a pair lies in bytes 0-1; 310: in the first 16-bit word
            case F212, F310 -> rest >= 2 ? 1 : 0;
            // 311: sample 0 in bits 0-9 (bytes 0-1), sample 1 in bits 10-19 (bytes 1-2)
            case F311 -> rest >= 3 ? 2 : rest >= 2 ? 1 : 0;
            default -> 0;
        };
        return bytes / groupBytes * groupSamples + partial;
    }

    /**
     * Decodes {@code count} samples (a multiple of {@link #groupSamples}) from {@code b} at {@code pos}
     * into {@code out} from {@code outPos}.
     */
    void decode(byte[] b, int pos, int count, int[] out, int outPos) {
        switch (this) {
            case F8 -> {
                for (int i = 0; i < count; i++) {
                    out[outPos + i] = b[pos + i];
                }
            }
            case F80 -> {
                for (int i = 0; i < count; i++) {
                    out[outPos + i] = (b[pos + i] & 0xFF) - 128;
                }
            }
            case F16 -> {
                for (int i = 0, p = pos; i < count; i++, p += 2) {
                    out[outPos + i] = (short) ((b[p] & 0xFF) | b[p + 1] << 8);
                }
            }
            case F61 -> {
                for (int i = 0, p = pos; i < count; i++, p += 2) {
                    out[outPos + i] = (short) ((b[p + 1] & 0xFF) | b[p] << 8);
                }
            }
            case F160 -> {
                for (int i = 0, p = pos; i < count; i++, p += 2) {
                    out[outPos + i] = ((b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8) - 32768;
                }
            }
            case F24 -> {
                for (int i = 0, p = pos; i < count; i++, p += 3) {
                    out[outPos + i] = (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | b[p + 2] << 16;
                }
            }
            case F32 -> {
                for (int i = 0, p = pos; i < count; i++, p += 4) {
                    out[outPos + i] = (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | b[p + 3] << 24;
                }
            }
            case F212 -> {
                for (int i = 0, p = pos; i < count; i += 2, p += 3) {
                    int mid = b[p + 1] & 0xFF;
                    out[outPos + i] = signExtend((b[p] & 0xFF) | (mid & 0x0F) << 8, 12);
                    out[outPos + i + 1] = signExtend((b[p + 2] & 0xFF) | (mid & 0xF0) << 4, 12);
                }
            }
            case F310 -> {
                for (int i = 0, p = pos; i < count; i += 3, p += 4) {
                    int w0 = (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
                    int w1 = (b[p + 2] & 0xFF) | (b[p + 3] & 0xFF) << 8;
                    out[outPos + i] = signExtend(w0 >> 1 & 0x3FF, 10);
                    out[outPos + i + 1] = signExtend(w1 >> 1 & 0x3FF, 10);
                    out[outPos + i + 2] = signExtend((w0 >> 11 & 0x1F) | (w1 >> 11 & 0x1F) << 5, 10);
                }
            }
            case F508, F516, F524 -> throw new IllegalStateException("FLAC streams are decoded by WfdbFlac");
            case F311 -> {
                for (int i = 0, p = pos; i < count; i += 3, p += 4) {
                    int w = (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
                    out[outPos + i] = signExtend(w & 0x3FF, 10);
                    out[outPos + i + 1] = signExtend(w >> 10 & 0x3FF, 10);
                    out[outPos + i + 2] = signExtend(w >> 20 & 0x3FF, 10);
                }
            }
        }
    }

    /** Whether the file is a FLAC stream rather than packed samples. */
    boolean isFlac() {
        return this == F508 || this == F516 || this == F524;
    }

    /** Whether decoded values are differences to be summed per signal ({@link #F8}). */
    boolean isDifference() {
        return this == F8;
    }

    private static int signExtend(int v, int bits) {
        int shift = 32 - bits;
        return v << shift >> shift;
    }
}
