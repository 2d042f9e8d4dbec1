package org.lacrima.io.csv;

/** Guesses the field separator of a delimited text file from its first lines. */
final class CsvDialect {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private CsvDialect() {
    }

    /**
     * The candidate that occurs in the header line and equally often in the next line, preferring the
     * most frequent. A header without any candidate is a single column; ';' is returned then, so a
     * decimal comma in its values is not taken for a separator.
     */
    static char separator(String header, String next) {
        char best = ',';
        int bestCount = 0;
        for (char c : CANDIDATES) {
            int h = count(header, c);
            int n = next == null ? h : count(next, c);
            if (h > bestCount && h == n) {
                best = c;
                bestCount = h;
            }
        }
        if (bestCount == 0) {
            best = ';';
            for (char c : CANDIDATES) {
                int h = count(header, c);
                if (h > bestCount) {
                    best = c;
                    bestCount = h;
                }
            }
        }
        return best;
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
