package org.lacrima.io.bids;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.io.AtomicFiles;

/**
 * Writes a recording as BIDS physiological data under a dataset root:
 * <ul>
 *   <li>{@code sub-X[/ses-Y]/beh/sub-X[_ses-Y]_task-Z[_recording-R]_physio.tsv.gz}: gzipped, tab-separated,
 *       no header row, one column per channel, "n/a" where a channel has no sample;</li>
 *   <li>its {@code _physio.json} sidecar with the required SamplingFrequency, StartTime (seconds from the
 *       recording start, which is also the events' time zero) and Columns, and each column's Units;</li>
 *   <li>{@code _events.tsv} (header onset, duration, trial_type, ...) with the recording's events, the
 *       baseline, each episode and each rise followed and not reported, and its {@code _events.json} describing the
 *       columns;</li>
 *   <li>{@code dataset_description.json} at the root, unless the folder already has one.</li>
 * </ul>
 * Channels at different rates or start times go to separate physio files told apart by
 * {@code recording-<label>}. Irregular channels (RR intervals) have no place in a sampled table and are
 * left out with a warning. Each file appears complete or not at all.
 */
public final class BidsPhysioWriter {
    /** BIDS version the output follows. */
    public static final String BIDS_VERSION = "1.10.0";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String NA = "n/a";

    /**
     * What was written.
     *
     * @param files    the files, relative to the dataset root
     * @param warnings what could not be written
     */
    public record Written(List<Path> files, List<String> warnings) {
    }

    private BidsPhysioWriter() {
    }

    /**
     * Writes {@code recording} (and, if given, the analysis's baseline and episodes as events) into the
     * dataset at {@code root}.
     *
     * @param software the writing software and version, for the sidecars (e.g. "Lacrima 0.1.0")
     * @throws IllegalArgumentException if the recording has no sampled channel
     */
    public static Written write(Recording recording, Optional<SessionAnalysis> analysis, BidsNames names, Path root,
                                String software) throws IOException {
        List<Channel> regular = recording.channels().stream().filter(Channel::isRegular).toList();
        List<String> warnings = new ArrayList<>();
        recording.channels().stream().filter(c -> !c.isRegular())
                .forEach(c -> warnings.add("not written (irregular samples): " + c.label()));
        if (regular.isEmpty()) {
            throw new IllegalArgumentException("no sampled channels to write as BIDS physio");
        }
        Path folder = root.resolve(names.folder());
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        Map<Channel, String> columns = columnNames(regular);
        List<List<Channel>> groups = groups(regular);
        List<String> recordingLabels = recordingLabels(groups);
        for (int g = 0; g < groups.size(); g++) {
            String stem = names.stem() + (groups.size() > 1 ? "_recording-" + recordingLabels.get(g) : "") + "_physio";
            List<Channel> group = groups.get(g);
            Path tsv = folder.resolve(stem + ".tsv.gz");
            AtomicFiles.write(tsv, temp -> writePhysio(group, temp));
            Path sidecar = folder.resolve(stem + ".json");
            writeJson(sidecar, physioSidecar(group, columns, software));
            written.add(root.relativize(tsv));
            written.add(root.relativize(sidecar));
        }
        Path events = folder.resolve(names.stem() + "_events.tsv");
        List<EventRow> rows = eventRows(recording.events(), analysis);
        AtomicFiles.write(events, temp -> writeEvents(rows, temp));
        Path eventsSidecar = folder.resolve(names.stem() + "_events.json");
        writeJson(eventsSidecar, eventsSidecar());
        written.add(root.relativize(events));
        written.add(root.relativize(eventsSidecar));
        Path description = root.resolve("dataset_description.json");
        if (!Files.exists(description)) {
            writeJson(description, datasetDescription(software));
            written.add(root.relativize(description));
        }
        return new Written(written, warnings);
    }

    /** Standard BIDS names for the first ECG and respiration channels, lower-case labels for the rest. */
    private static Map<Channel, String> columnNames(List<Channel> channels) {
        Map<Channel, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Channel c : channels) {
            String name = c.type() == ChannelType.ECG && !used.contains("cardiac") ? "cardiac"
                    : c.type() == ChannelType.RSP && !used.contains("respiratory") ? "respiratory"
                    : c.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
            if (name.isEmpty()) {
                name = c.type().name().toLowerCase(Locale.ROOT);
            }
            String unique = name;
            for (int k = 2; used.contains(unique); k++) {
                unique = name + "_" + k;
            }
            used.add(unique);
            names.put(c, unique);
        }
        return names;
    }

    /** Channels sharing a rate and a first-sample time, in file order. */
    private static List<List<Channel>> groups(List<Channel> channels) {
        Map<String, List<Channel>> byGrid = new LinkedHashMap<>();
        for (Channel c : channels) {
            byGrid.computeIfAbsent(c.rateHz() + "@" + c.startOffsetSec(), k -> new ArrayList<>()).add(c);
        }
        return new ArrayList<>(byGrid.values());
    }

    private static List<String> recordingLabels(List<List<Channel>> groups) {
        List<String> labels = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (List<Channel> group : groups) {
            StringBuilder sb = new StringBuilder();
            group.stream().map(c -> c.type().name().toLowerCase(Locale.ROOT)).distinct().forEach(sb::append);
            String label = sb.toString();
            if (used.contains(label)) {
                label += BidsNames.labelFrom(String.format(Locale.ROOT, "%s", group.get(0).rateHz()));
            }
            for (int k = 2; used.contains(label); k++) {
                label = sb + "n" + k;
            }
            used.add(label);
            labels.add(label);
        }
        return labels;
    }

    private static void writePhysio(List<Channel> group, Path temp) throws IOException {
        int rows = group.stream().mapToInt(Channel::length).max().orElse(0);
        try (OutputStream file = Files.newOutputStream(temp);
             Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16),
                     StandardCharsets.UTF_8), 1 << 16)) {
            StringBuilder line = new StringBuilder(16 * group.size());
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                for (int c = 0; c < group.size(); c++) {
                    if (c > 0) {
                        line.append('\t');
                    }
                    Channel ch = group.get(c);
                    line.append(i < ch.length() ? number(ch.values().get(i)) : NA);
                }
                out.write(line.append('\n').toString());
            }
        }
    }

    private static Map<String, Object> physioSidecar(List<Channel> group, Map<Channel, String> columns, String software) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("SamplingFrequency", group.get(0).rateHz());
        json.put("StartTime", group.get(0).startOffsetSec());
        json.put("Columns", group.stream().map(columns::get).toList());
        json.put("SoftwareVersions", software);
        for (Channel c : group) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("Description", c.type() + " channel '" + c.label() + "'");
            column.put("Units", c.unit());
            json.put(columns.get(c), column);
        }
        return json;
    }

    /** One row of the events table. */
    private record EventRow(double onset, double duration, String trialType, String label, String outcome,
                            double peak, double release, Boolean interrupted) {
    }

    private static List<EventRow> eventRows(List<Event> events, Optional<SessionAnalysis> analysis) {
        List<EventRow> rows = new ArrayList<>();
        for (Event e : events) {
            rows.add(new EventRow(e.onsetSec(), e.durationSec(), "event", e.label(), null, Double.NaN, Double.NaN, null));
        }
        analysis.ifPresent(a -> {
            Baseline b = a.baseline();
            if (Double.isFinite(b.startSec()) && Double.isFinite(b.endSec())) {
                rows.add(new EventRow(b.startSec(), b.endSec() - b.startSec(), "baseline",
                        b.automatic() ? "chosen by Lacrima" : "given", null, Double.NaN, Double.NaN, null));
            }
            int k = 1;
            for (Episode e : a.episodes()) {
                rows.add(new EventRow(e.onsetSec(), Math.max(0, e.endSec() - e.onsetSec()), "episode", "episode " + k++,
                        e.outcome().jsonName(), e.peakSec(), e.releaseSec(), e.interrupted()));
            }
            for (DroppedCandidate d : a.droppedCandidates()) {
                rows.add(new EventRow(d.onsetSec(), Math.max(0, d.droppedAtSec() - d.onsetSec()), RISE_NOT_REPORTED,
                        d.reason().jsonName(), null, d.peakSec(), Double.NaN, null));
            }
        });
        rows.sort(Comparator.comparingDouble(EventRow::onset));
        return rows;
    }

    private static void writeEvents(List<EventRow> rows, Path temp) throws IOException {
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write(String.join("\t", EVENT_COLUMNS) + "\n");
            for (EventRow r : rows) {
                out.write(String.join("\t", number(r.onset()), number(r.duration()), r.trialType(), text(r.label()),
                        r.outcome() == null ? NA : r.outcome(), number(r.peak()), number(r.release()),
                        r.interrupted() == null ? NA : r.interrupted().toString()) + "\n");
            }
        }
    }

    /** The trial type of a rise Lacrima followed and did not report as an episode (the JSON's droppedCandidates). */
    static final String RISE_NOT_REPORTED = "rise-not-reported";

    private static final List<String> EVENT_COLUMNS = List.of("onset", "duration", "trial_type", "label", "outcome",
            "peak", "release", "interrupted");

    private static Map<String, Object> eventsSidecar() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("onset", Map.of("Description", "seconds from the recording start (the physio StartTime is on the same "
                + "axis)", "Units", "s"));
        json.put("duration", Map.of("Description", "seconds; 0 for an instant; an episode lasts from onset to end",
                "Units", "s"));
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("event", "an event of the recording (annotation, events file): intervention, topic, stage");
        levels.put("baseline", "the calm stretch every index is measured against");
        levels.put("episode", "an arousal build-up found by Lacrima, from onset to end");
        levels.put(RISE_NOT_REPORTED, "a rise of arousal Lacrima followed and did not report as an episode, from its "
                + "onset to when it was turned down");
        json.put("trial_type", Map.of("Description", "what the row is", "Levels", levels));
        json.put("label", Map.of("Description", "the event's text, the episode's number in the session, or for a rise "
                + "not reported the check it failed (as the analysis JSON's droppedCandidates[].reason names it)"));
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put("resolved", "build-up, peak, fast drop with vagal rebound: release");
        outcomes.put("sustained", "arousal stays high for minutes past the peak: overwhelm");
        outcomes.put("subsided", "build-up stops short of a peak and drifts down");
        json.put("outcome", Map.of("Description", "how an episode ended", "Levels", outcomes));
        json.put("peak", Map.of("Description", "episode peak (a rise not reported: its highest point), seconds from the "
                + "recording start", "Units", "s"));
        json.put("release", Map.of("Description", "start of the fast drop, seconds from the recording start; n/a "
                + "when there was none", "Units", "s"));
        json.put("interrupted", Map.of("Description", "whether an intervention fell in the build-up before the peak"));
        return json;
    }

    private static Map<String, Object> datasetDescription(String software) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Name", "Physiological recordings of therapy sessions (exported by Lacrima)");
        json.put("BIDSVersion", BIDS_VERSION);
        json.put("DatasetType", "raw");
        json.put("GeneratedBy", List.of(Map.of("Name", "Lacrima", "Description", software)));
        return json;
    }

    private static void writeJson(Path target, Map<String, Object> json) throws IOException {
        AtomicFiles.write(target, temp -> JSON.writeValue(temp.toFile(), json));
    }

    /** The shortest decimal that parses back to {@code v}; "n/a" for NaN and infinities. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return NA;
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String text(String s) {
        String t = s.replaceAll("[\\t\\r\\n]+", " ").trim();
        return t.isEmpty() ? NA : t;
    }
}
