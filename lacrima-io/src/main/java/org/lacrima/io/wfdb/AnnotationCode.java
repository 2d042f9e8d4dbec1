package org.lacrima.io.wfdb;

/** WFDB annotation type codes (ecgcodes.h): their mnemonics and which of them mark beats. */
final class AnnotationCode {
    private static final String[] SYMBOLS = {
        " ", "N", "L", "R", "a", "V", "F", "J", "A", "S", "E", "j", "/", "Q", "~", "[15]", "|", "[17]",
        "s", "T", "*", "D", "\"", "=", "p", "B", "^", "t", "+", "u", "?", "!", "[", "]", "e", "n", "@",
        "x", "f", "(", ")", "r",
    };
    /** Codes that mark a QRS complex (WFDB isqrs): N L R a V F J A S E j / Q B ? e n x f r. */
    private static final int[] BEATS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 25, 30, 34, 35, 37, 38, 41};

    private AnnotationCode() {
    }

    static String symbol(int code) {
        return code >= 0 && code < SYMBOLS.length ? SYMBOLS[code] : "[" + code + "]";
    }

    static boolean isBeat(int code) {
        for (int b : BEATS) {
            if (b == code) {
                return true;
            }
        }
        return false;
    }
}
