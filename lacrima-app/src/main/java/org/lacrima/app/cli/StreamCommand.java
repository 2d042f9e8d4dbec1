package org.lacrima.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lacrima.app.live.LiveServerClient;
import org.lacrima.app.live.LiveStreamSender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lacrima stream}: replays a recording into a live session of a running Lacrima server. */
@Command(name = "stream", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replay a recording (anything Lacrima can read) into a live session, in real time",
                "or faster. Chunks are numbered and resent after a lost connection, so the server",
                "receives every sample exactly once."},
        footer = {"", "Sign in with --email and the password in the environment variable LACRIMA_PASSWORD",
                "(or the one named by --password-env), or pass the value of a lacrima_session cookie",
                "with --token.", "", "Example:",
                "  LACRIMA_PASSWORD=... lacrima stream session.edf --to http://127.0.0.1:7070",
                "      --session 3fQ... --email me@clinic.example --speed 10 --end"})
final class StreamCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The recording to replay.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:7070")
    URI to;

    @Option(names = "--session", required = true, paramLabel = "ID",
            description = "Id of the live session (shown on the live page, or returned when it is started).")
    String session;

    @Option(names = "--speed", paramLabel = "N", description = "Times real time (default: ${DEFAULT-VALUE}).")
    double speed = 1;

    @Option(names = "--chunk-sec", paramLabel = "SEC", description = "Seconds per chunk (default: ${DEFAULT-VALUE}).")
    double chunkSec = 1;

    @Option(names = "--email", paramLabel = "EMAIL", description = "Sign in as this clinician.")
    String email;

    @Option(names = "--password-env", paramLabel = "NAME",
            description = "Environment variable holding the password (default: ${DEFAULT-VALUE}).")
    String passwordEnv = "LACRIMA_PASSWORD";

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Value of a lacrima_session cookie to use instead of signing in.")
    String token;

    @Option(names = "--end", description = "End the live session after the replay (stores it and starts its analysis).")
    boolean end;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(file + ": no such readable file");
        }
        if (to.getScheme() == null || !to.getScheme().matches("https?") || to.getHost() == null) {
            throw new IllegalArgumentException("--to must be an http(s) URL such as http://127.0.0.1:7070, got " + to);
        }
        LiveServerClient server = signIn();
        var out = spec.commandLine().getOut();
        LiveStreamSender.Result r = new LiveStreamSender(server, session, speed, chunkSec, out).send(file);
        out.printf("sent %d chunks (%.0f s of recording) to live session %s; %d reconnects%n", r.chunks(), r.seconds(),
                session, r.reconnects());
        if (end) {
            JsonNode ended = server.end(session);
            out.println("ended: session " + ended.path("sessionId").asText() + ", analysis job "
                    + ended.path("jobId").asText());
        }
        out.flush();
        return 0;
    }

    private LiveServerClient signIn() throws java.io.IOException {
        if (token != null) {
            return LiveServerClient.withToken(to, token);
        }
        if (email == null) {
            throw new IllegalArgumentException("sign in with --email (password in $" + passwordEnv + ") or --token");
        }
        String password = System.getenv(passwordEnv);
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("set the password in the environment variable " + passwordEnv);
        }
        return LiveServerClient.signIn(to, email, password);
    }
}
