package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.lacrima.app.cli.LacrimaCli;
import org.lacrima.app.live.LiveServerClient;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingReaders;
import picocli.CommandLine;

/** Helpers shared by the live-session tests: starting one, running {@code lacrima stream}, checking what was stored. */
final class LiveStreams {
    static final String PASSWORD = "a long enough password";

    private LiveStreams() {
    }

    /** Starts a live session for a new client of {@code api}'s clinician; returns its id. */
    static String startLiveSession(ApiClient api, String clientCode) {
        String clientId = api.post("/api/clients", Map.of("code", clientCode)).json().get("id").asText();
        ApiClient.Response r = api.post("/api/clients/" + clientId + "/live-sessions", Map.of("title", "Live test"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    /** The value of a fresh lacrima_session cookie for this clinician. */
    static String token(int port, String email) throws IOException {
        String header = LiveServerClient.signIn(URI.create("http://127.0.0.1:" + port), email, PASSWORD).cookieHeader();
        return header.substring(header.indexOf('=') + 1);
    }

    /** Runs {@code lacrima stream} in process; returns exit code and everything it printed. */
    static CliResult stream(String... args) {
        CommandLine cl = LacrimaCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "stream";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = cl.execute(all);
        return new CliResult(exit, out.toString(), err.toString());
    }

    record CliResult(int exit, String out, String err) {
    }

    /** Waits for the job of an ended live session and returns the stored recording as read back. */
    static Recording storedRecording(ApiClient api, JsonNode ended, Path dir) throws Exception {
        JsonNode job = api.awaitJob(ended.get("jobId").asText(), Duration.ofMinutes(5));
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        String sessionId = ended.get("sessionId").asText();
        JsonNode file = api.get("/api/sessions/" + sessionId).json().get("files").get(0);
        ApiClient.Response bytes = api.get("/api/sessions/" + sessionId + "/files/" + file.get("id").asText());
        Path stored = dir.resolve("stored-" + sessionId + ".edf");
        Files.write(stored, bytes.body());
        return RecordingReaders.read(stored, ReadOptions.defaults()).recording();
    }

    /**
     * Every sample of every source channel is in the stored recording exactly once: same count, same
     * values up to one step of the stored file's 16-bit quantisation.
     */
    static void assertSameSamples(Recording source, Recording stored) {
        assertThat(stored.channels()).hasSameSizeAs(source.channels());
        for (Channel s : source.channels()) {
            Channel t = stored.channel(s.label()).orElseThrow(() -> new AssertionError("no channel " + s.label()));
            assertThat(t.length()).as("samples of %s", s.label()).isEqualTo(s.length());
            assertThat(t.rateHz()).isEqualTo(s.rateHz());
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < s.length(); i++) {
                min = Math.min(min, s.values().get(i));
                max = Math.max(max, s.values().get(i));
            }
            double step = (max - min) / 65535 + 1e-6 * Math.max(Math.abs(min), Math.abs(max));
            for (int i = 0; i < s.length(); i++) {
                double d = Math.abs(t.values().get(i) - s.values().get(i));
                if (d > step * 1.01) {
                    throw new AssertionError(s.label() + " sample " + i + ": stored " + t.values().get(i)
                            + ", source " + s.values().get(i));
                }
            }
        }
    }
}
