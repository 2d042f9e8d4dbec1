package org.lacrima.app.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP side a streaming client needs: signing in (or using a given session token), the CSRF
 * token, and ending a live session. Every failure is one readable line.
 */
public final class LiveServerClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COOKIE = "lacrima_session";

    private final URI base;
    private final HttpClient http;
    private final String token;
    private final String csrf;

    private LiveServerClient(URI base, HttpClient http, String token, String csrf) {
        this.base = base;
        this.http = http;
        this.token = token;
        this.csrf = csrf;
    }

    /** Signs in with email and password. */
    public static LiveServerClient signIn(URI base, String email, String password) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> r = send(http, HttpRequest.newBuilder(base.resolve("/api/signin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("email", email, "password", password)))));
        if (r.statusCode() != 200) {
            throw new IOException("sign-in at " + base + " failed: " + message(r));
        }
        String token = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(COOKIE + "="))
                .map(c -> c.substring(COOKIE.length() + 1).split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new IOException("sign-in at " + base + " returned no session cookie"));
        return new LiveServerClient(base, http, token, JSON.readTree(r.body()).path("csrfToken").asText());
    }

    /** Uses the value of an existing {@code lacrima_session} cookie. */
    public static LiveServerClient withToken(URI base, String token) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> r = send(http, HttpRequest.newBuilder(base.resolve("/api/me"))
                .header("Cookie", COOKIE + "=" + token).GET());
        if (r.statusCode() != 200) {
            throw new IOException("the token was not accepted by " + base + ": " + message(r));
        }
        return new LiveServerClient(base, http, token, JSON.readTree(r.body()).path("csrfToken").asText());
    }

    /** The Cookie header value that signs in a socket. */
    public String cookieHeader() {
        return COOKIE + "=" + token;
    }

    public URI socketUri(String liveId) {
        String scheme = "https".equals(base.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + "://" + base.getRawAuthority() + "/api/live/" + liveId + "/ws");
    }

    public HttpClient http() {
        return http;
    }

    /** Ends the live session: the server stores it and queues its analysis. Returns the server's answer. */
    public JsonNode end(String liveId) throws IOException {
        HttpResponse<String> r = send(http, HttpRequest.newBuilder(base.resolve("/api/live-sessions/" + liveId + "/end"))
                .header("Cookie", cookieHeader()).header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        if (r.statusCode() != 200) {
            throw new IOException("ending live session " + liveId + " failed: " + message(r));
        }
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String message(HttpResponse<String> r) {
        try {
            return r.statusCode() + " " + JSON.readTree(r.body()).path("error").asText(r.body());
        } catch (IOException e) {
            return r.statusCode() + " " + r.body();
        }
    }
}
