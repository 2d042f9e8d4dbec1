package org.lacrima.app.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lacrima serve} in its own JVM (test class path, a small heap, a free loopback port), for tests
 * that kill it or starve it of memory. Its output is kept for the failure message.
 */
final class ChildServer implements AutoCloseable {
    private static final Pattern RUNNING_AT = Pattern.compile("running at https?://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private final int port;
    private final StringBuilder output;

    private ChildServer(Process process, int port, StringBuilder output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /** Starts {@code serve --port 0 --data-dir DATA --bcrypt-cost 4 --open-signup EXTRA...} with {@code -Xmx}. */
    static ChildServer start(Path data, String maxHeap, Map<String, String> env, String... extra)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap,
                "-cp", System.getProperty("java.class.path"), "org.lacrima.app.cli.LacrimaCli", "serve",
                "--port", "0", "--data-dir", data.toString(), "--bcrypt-cost", "4", "--open-signup"));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    Matcher m = RUNNING_AT.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("server exited before listening"));
        });
        reader.setDaemon(true);
        reader.start();
        try {
            return new ChildServer(process, port.get(60, TimeUnit.SECONDS), output);
        } catch (Exception e) {
            process.destroyForcibly();
            synchronized (output) {
                throw new AssertionError("server did not start:\n" + output, e);
            }
        }
    }

    int port() {
        return port;
    }

    Process process() {
        return process;
    }

    /** What the server printed so far. */
    String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /** SIGKILL on Linux: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 137) {
            throw new AssertionError("the server did not die of SIGKILL:\n" + output());
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
