package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS from a keystore, the cookie's {@code Secure} flag (direct TLS, or a proxy that is trusted
 * because it was configured), and the Host header checked against the public origin.
 */
class TransportTest {
    private static final char[] STORE_PASSWORD = "keystore-secret".toCharArray();

    @TempDir
    Path dir;

    @Test
    void theServerSpeaksHttpsFromAKeystoreAndTheCookieIsSecure() throws Exception {
        Path keystore = selfSignedKeystore();
        WebAccess tls = WebAccess.defaults().withOpenSignup(true).withKeystore(keystore, new String(STORE_PASSWORD));
        try (ClinicServer server = TestServers.start(dir.resolve("tls"), null, 200L << 20, tls)) {
            ApiClient api = new ApiClient("https://127.0.0.1:" + server.port(), trusting(keystore));
            ApiClient.Response r = api.post("/api/signup", Map.of("email", "tls@example.org",
                    "password", "a long enough password"));
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.setCookie()).contains("; Secure").contains("HttpOnly");
            // No plain HTTP on that port.
            assertThat(rawStatus(server.port(), "127.0.0.1:" + server.port())).isNotEqualTo("HTTP/1.1 200 OK");
        }
    }

    @Test
    void behindATrustedProxyTheForwardedProtoCountsAndOtherwiseItIsIgnored() throws Exception {
        WebAccess proxied = WebAccess.defaults().withOpenSignup(true).withTrustProxy(true);
        try (ClinicServer server = TestServers.start(dir.resolve("proxy"), null, 200L << 20, proxied)) {
            ApiClient.Response r = new ApiClient(server.port()).withHeader("X-Forwarded-Proto", "https")
                    .post("/api/signup", Map.of("email", "p@example.org", "password", "a long enough password"));
            assertThat(r.setCookie()).contains("; Secure");
            ApiClient.Response plain = new ApiClient(server.port()).post("/api/signup",
                    Map.of("email", "q@example.org", "password", "a long enough password"));
            assertThat(plain.setCookie()).doesNotContain("Secure");
        }
        try (ClinicServer server = TestServers.start(dir.resolve("direct"), null, 200L << 20)) {
            ApiClient.Response spoofed = new ApiClient(server.port()).withHeader("X-Forwarded-Proto", "https")
                    .post("/api/signup", Map.of("email", "s@example.org", "password", "a long enough password"));
            assertThat(spoofed.status()).isEqualTo(201);
            assertThat(spoofed.setCookie()).as("not configured, not believed").doesNotContain("Secure");
        }
    }

    @Test
    void requestsForAnotherHostThanThePublicOriginAreRefused() throws Exception {
        try (ClinicServer server = TestServers.start(dir.resolve("origin"), null, 200L << 20,
                WebAccess.defaults().withPublicOrigin(URI.create("http://lacrima.test")))) {
            int port = server.port();
            assertThat(rawStatus(port, "lacrima.test")).isEqualTo("HTTP/1.1 401 Unauthorized");
            assertThat(rawStatus(port, "LACRIMA.test:80")).isEqualTo("HTTP/1.1 401 Unauthorized");
            for (String foreign : List.of("evil.example", "127.0.0.1:" + port, "lacrima.test.evil.example")) {
                assertThat(rawStatus(port, foreign)).as(foreign).startsWith("HTTP/1.1 421");
            }
        }
    }

    /** The status line of {@code GET /api/me} sent with this Host header over plain HTTP. */
    private static String rawStatus(int port, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/me HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readNBytes(200), StandardCharsets.ISO_8859_1);
            return response.lines().findFirst().orElse("");
        } catch (IOException e) {
            return "no HTTP answer: " + e.getMessage();
        }
    }

    private Path selfSignedKeystore() throws Exception {
        Path keystore = dir.resolve("lacrima.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", new String(STORE_PASSWORD), "-alias", "lacrima", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        return keystore;
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(keystore)) {
            store.load(in, STORE_PASSWORD);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }
}
