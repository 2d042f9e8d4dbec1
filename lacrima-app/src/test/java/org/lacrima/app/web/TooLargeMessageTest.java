package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which error messages say an upload was too large: the servlet container's words for it and a 413 status, but not a
 * 413 inside a port or an address (a refused database connection on port 41347 was answered 413 instead of 503).
 */
class TooLargeMessageTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Request exceeds maxRequestSize (1048576)| true",
        "multipart part too large| true",
        "413 Payload Too Large| true",
        "HTTP 413: request entity| true",
        "Connection to 127.0.0.1:41347 refused| false",
        "Connection to 10.0.0.5:5432 refused (pid 4130)| false",
        "host 10.4.13.1 unreachable| false",
        "the database is unreachable| false"})
    void onlyTheContainersWordsAndAStatusOfItsOwnSayTooLarge(String message, boolean tooLarge) {
        assertThat(WebServer.isTooLarge(new IllegalStateException("wrapped", new IOException(message))))
                .isEqualTo(tooLarge);
    }
}
