package org.lacrima.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads only the first few kilobytes of a multipart body to learn the name of the file in one field,
 * so that an upload refused for its size can still be recorded under its name without the body ever
 * being buffered or spooled.
 */
final class MultipartPreamble {
    /** Part headers and short text fields fit in this; the file content after them is never read. */
    static final int MAX_PREAMBLE_BYTES = 64 * 1024;

    private MultipartPreamble() {
    }

    /**
     * The file name of the first part named {@code field}, if its headers arrive within
     * {@value #MAX_PREAMBLE_BYTES} bytes; reading stops as soon as it is found.
     */
    static Optional<String> fileName(InputStream body, String field) throws IOException {
        Pattern header = Pattern.compile("content-disposition:\\s*form-data;\\s*name=\"" + Pattern.quote(field)
                + "\";\\s*filename=\"([^\"\\r\\n]*)\"", Pattern.CASE_INSENSITIVE);
        byte[] buffer = new byte[MAX_PREAMBLE_BYTES];
        int filled = 0;
        int n;
        while (filled < buffer.length && (n = body.read(buffer, filled, buffer.length - filled)) >= 0) {
            filled += n;
            // Latin-1 maps byte for byte, so the match can be cut out and decoded as the UTF-8 browsers send.
            Matcher m = header.matcher(new String(buffer, 0, filled, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                byte[] name = Arrays.copyOfRange(buffer, m.start(1), m.end(1));
                String decoded = new String(name, StandardCharsets.UTF_8).strip();
                return decoded.isEmpty() ? Optional.empty() : Optional.of(decoded);
            }
        }
        return Optional.empty();
    }
}
