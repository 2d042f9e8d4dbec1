package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload whose connection drops half-way leaves no spool or partial file behind. */
class InterruptedUploadTest {
    @TempDir
    Path dir;

    @Test
    void aDroppedUploadLeavesNoFilesBehind() throws Exception {
        Path data = dir.resolve("data");
        try (ClinicServer server = TestServers.start(data, null, 200L << 20)) {
            ApiClient api = new ApiClient(server.port()).signUp("drop@example.org");
            String client = api.post("/api/clients", Map.of()).json().get("id").asText();
            String csrf = api.csrf();
            String session = api.lastCookie("lacrima_session");
            String boundary = "----drop";
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"recording\"; filename=\"big.edf\""
                    + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/clients/" + client + "/sessions HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                        + "\r\nCookie: lacrima_session=" + session + "\r\nX-CSRF-Token: " + csrf
                        + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                        + "\r\nContent-Length: " + (50L << 20) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(head);
                byte[] chunk = new byte[1 << 20];
                for (int i = 0; i < 8; i++) {
                    out.write(chunk);
                }
                out.flush();
                for (int i = 0; i < 50 && leftovers(data) == 0; i++) {
                    Thread.sleep(100);
                }
                assertThat(leftovers(data)).as("the part is being spooled or stored").isPositive();
            } // the connection drops here, 8 MB into a declared 50 MB
            for (int i = 0; i < 100 && leftovers(data) > 0; i++) {
                Thread.sleep(100);
            }
            assertThat(leftovers(data)).isZero();
            assertThat(api.get("/api/clients/" + client + "/sessions").json()).isEmpty();
        }
    }

    private static long leftovers(Path data) throws Exception {
        try (Stream<Path> files = Stream.concat(Files.walk(data.resolve("scratch/uploads")),
                Files.walk(data.resolve("content")))) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
