package org.lacrima.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A signed-in API user over real HTTP (java.net.http), keeping its cookie and CSRF token like the pages do. */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http;
    private final Map<String, String> headers = new java.util.LinkedHashMap<>();
    private String csrf;

    ApiClient(int port) {
        this("http://127.0.0.1:" + port, null);
    }

    /** A client of {@code base} (e.g. https://127.0.0.1:PORT) trusting what {@code tls} trusts (null: the JDK's). */
    ApiClient(String base, javax.net.ssl.SSLContext tls) {
        this.base = base;
        HttpClient.Builder b = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10));
        this.http = (tls == null ? b : b.sslContext(tls)).build();
    }

    /** Sends this header with every request from now on (e.g. X-Forwarded-For as a proxy would). */
    ApiClient withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Signs up a new clinician and keeps the session. */
    ApiClient signUp(String email) {
        Response r = post("/api/signup", Map.of("email", email, "password", "a long enough password"));
        if (r.status() != 201) {
            throw new AssertionError("sign-up failed: " + r);
        }
        csrf = r.json().get("csrfToken").asText();
        return this;
    }

    /** Signs in an existing clinician and keeps the session. */
    ApiClient signIn(String email) {
        return signIn(email, "a long enough password");
    }

    /** Signs in with a given password and keeps the session. */
    ApiClient signIn(String email, String password) {
        Response r = post("/api/signin", Map.of("email", email, "password", password));
        if (r.status() != 200) {
            throw new AssertionError("sign-in failed: " + r);
        }
        csrf = r.json().get("csrfToken").asText();
        return this;
    }

    /** Polls a job until it is done or failed. */
    JsonNode awaitJob(String jobId, java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode job = get("/api/jobs/" + jobId).json();
            String state = job.get("state").asText();
            if (state.equals("done") || state.equals("failed") || System.nanoTime() > deadline) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    String csrf() {
        return csrf;
    }

    /** The value of a cookie this client holds (for raw-socket requests in tests). */
    String lastCookie(String name) {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Response post(String path, Object body) {
        return send(json(HttpRequest.newBuilder(uri(path)), body).POST(bodyOf(body)));
    }

    Response put(String path, Object body) {
        return send(json(HttpRequest.newBuilder(uri(path)), body).PUT(bodyOf(body)));
    }

    Response patch(String path, Object body) {
        return send(json(HttpRequest.newBuilder(uri(path)), body).method("PATCH", bodyOf(body)));
    }

    Response delete(String path) {
        return send(withCsrf(HttpRequest.newBuilder(uri(path))).DELETE());
    }

    /** A request exactly as given, without the CSRF header the pages add. */
    Response sendRaw(HttpRequest.Builder request) {
        return send(request);
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    /** Multipart upload: {@code recordings} as the "recording" field, optional events file, text fields. */
    Response upload(String clientId, Map<String, String> fields, Path events, Path... recordings) {
        String boundary = "----lacrima" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                        + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Path p : recordings) {
                part(body, boundary, "recording", p);
            }
            if (events != null) {
                part(body, boundary, "events", events);
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(withCsrf(HttpRequest.newBuilder(uri("/api/clients/" + clientId + "/sessions")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, Path file) throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder json(HttpRequest.Builder b, Object body) {
        return withCsrf(b).header("Content-Type", "application/json");
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder b) {
        return csrf == null ? b : b.header("X-CSRF-Token", csrf);
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response send(HttpRequest.Builder request) {
        headers.forEach(request::setHeader);
        try {
            HttpResponse<byte[]> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Set-Cookie").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, byte[] body, String setCookie) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + text(), e);
            }
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
