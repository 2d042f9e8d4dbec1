package org.lacrima.io.bids;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A check of a BIDS dataset's physiological recordings written from the specification (sections
 * "Physiological recordings", "Task events", "Dataset description", "Entities"), sharing no code with
 * the writer. Returns the parsed tables so tests can compare values.
 */
final class BidsSpecCheck {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PHYSIO = Pattern.compile(
            "sub-([a-zA-Z0-9]+)(?:_ses-([a-zA-Z0-9]+))?_task-[a-zA-Z0-9]+(?:_recording-([a-zA-Z0-9]+))?_physio\\.tsv\\.gz");
    private static final Pattern EVENTS = Pattern.compile(
            "sub-([a-zA-Z0-9]+)(?:_ses-([a-zA-Z0-9]+))?_task-[a-zA-Z0-9]+_events\\.tsv");
    private static final Pattern NUMBER_OR_NA = Pattern.compile("n/a|[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    record Physio(Path file, double rate, double start, List<String> columns, JsonNode sidecar, List<double[]> rows) {
    }

    record Events(List<String> header, List<String[]> rows) {
    }

    final List<Physio> physio = new ArrayList<>();
    Events events;

    BidsSpecCheck(Path root) throws IOException {
        JsonNode description = JSON.readTree(root.resolve("dataset_description.json").toFile());
        assertThat(description.path("Name").isTextual()).as("dataset_description Name (required)").isTrue();
        assertThat(description.path("BIDSVersion").asText()).as("BIDSVersion (required)").matches("\\d+\\.\\d+\\.\\d+");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        Set<String> recordings = new HashSet<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Matcher p = PHYSIO.matcher(name);
            Matcher e = EVENTS.matcher(name);
            if (p.matches()) {
                checkFolder(root, f, p.group(1), p.group(2));
                assertThat(recordings.add(String.valueOf(p.group(3)))).as("recording labels distinct").isTrue();
                physio.add(physio(f));
            } else if (e.matches()) {
                checkFolder(root, f, e.group(1), e.group(2));
                events = events(f);
            } else if (name.endsWith(".json")) {
                String stem = name.substring(0, name.length() - 5);
                assertThat(stem.equals("dataset_description") || files.contains(f.resolveSibling(stem + ".tsv.gz"))
                        || files.contains(f.resolveSibling(stem + ".tsv"))).as("sidecar %s has its data file", name).isTrue();
            } else {
                throw new AssertionError("file not named as BIDS asks: " + root.relativize(f));
            }
        }
        assertThat(physio).isNotEmpty();
        if (physio.size() > 1) {
            assertThat(recordings).as("several physio files are told apart by recording-<label>").doesNotContain("null");
        }
    }

    private static void checkFolder(Path root, Path f, String subject, String session) {
        String expected = "sub-" + subject + (session == null ? "" : "/ses-" + session) + "/beh";
        assertThat(root.relativize(f.getParent()).toString().replace('\\', '/')).isEqualTo(expected);
    }

    private static Physio physio(Path tsv) throws IOException {
        String name = tsv.getFileName().toString();
        JsonNode sidecar = JSON.readTree(tsv.resolveSibling(name.replace(".tsv.gz", ".json")).toFile());
        assertThat(sidecar.path("SamplingFrequency").isNumber()).as("SamplingFrequency (required)").isTrue();
        assertThat(sidecar.path("StartTime").isNumber()).as("StartTime (required)").isTrue();
        assertThat(sidecar.path("Columns").isArray()).as("Columns (required)").isTrue();
        List<String> columns = new ArrayList<>();
        sidecar.path("Columns").forEach(c -> columns.add(c.asText()));
        assertThat(columns).doesNotHaveDuplicates().isNotEmpty();
        assertThat(sidecar.path("SamplingFrequency").asDouble()).isPositive();
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(tsv)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] cells = line.split("\t", -1);
                assertThat(cells).as("row %d has one cell per column (and there is no header row)", rows.size())
                        .hasSize(columns.size());
                double[] values = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    assertThat(NUMBER_OR_NA.matcher(cells[i]).matches()).as("cell '%s'", cells[i]).isTrue();
                    values[i] = cells[i].equals("n/a") ? Double.NaN : Double.parseDouble(cells[i]);
                }
                rows.add(values);
            }
        }
        return new Physio(tsv, sidecar.path("SamplingFrequency").asDouble(), sidecar.path("StartTime").asDouble(), columns,
                sidecar, rows);
    }

    private static Events events(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        assertThat(header.subList(0, 2)).as("onset and duration come first").containsExactly("onset", "duration");
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertThat(cells).hasSize(header.size());
            assertThat(NUMBER_OR_NA.matcher(cells[0]).matches() && !cells[0].equals("n/a")).as("onset %s", cells[0]).isTrue();
            assertThat(cells[1].equals("n/a") || Double.parseDouble(cells[1]) >= 0).as("duration %s", cells[1]).isTrue();
            rows.add(cells);
        }
        return new Events(header, rows);
    }
}
