package org.lacrima.app.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lacrima.core.episode.Outcome;

/**
 * The rows of the cohort tables, read from each recording's analysis JSON (the output of
 * {@code analyze --json}), so the tables hold exactly what {@code analyze} reports and any field the
 * analysis adds to an episode (its metrics included) becomes a column without code here.
 *
 * <ul>
 *   <li>{@code sessions}: one row per recording: who and when, channels, quality, baseline, episodes
 *       counted by outcome, episodes per hour, rises followed and not reported, warnings;</li>
 *   <li>{@code episodes}: one row per episode: the recording's keys, its number, then every episode
 *       field as the JSON names it, the {@code metrics} object's fields unprefixed;</li>
 *   <li>{@code failures}: recording, subject, condition, stage, reason.</li>
 * </ul>
 */
public final class CohortRows {
    static final double SECONDS_PER_HOUR = 3600;

    private CohortRows() {
    }

    /** The columns that tie a row to its recording, subject and condition. */
    static Map<String, Object> keys(CohortEntry e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("recording", e.name());
        row.put("subject", e.subject());
        row.put("session", e.session());
        row.put("sessionDate", e.sessionDate().orElse(null));
        row.put("condition", e.condition());
        return row;
    }

    /** One {@code sessions} row. */
    public static Map<String, Object> session(CohortResult r) {
        JsonNode a = r.analysis();
        Map<String, Object> row = keys(r.entry());
        row.put("uri", r.entry().recording().toUri().toString());
        row.put("contentHash", r.contentHash());
        row.put("settingsHash", r.settingsHash());
        double durationSec = number(a.path("recording").path("durationSec"));
        row.put("durationSec", durationSec);
        JsonNode channels = a.path("channels");
        List<String> types = new ArrayList<>();
        List<String> used = new ArrayList<>();
        double goodSum = 0;
        int goodCount = 0;
        for (JsonNode c : channels) {
            if (!types.contains(c.path("type").asText())) {
                types.add(c.path("type").asText());
            }
            if (c.path("used").asBoolean()) {
                used.add(c.path("label").asText());
            }
        }
        // quality: the usable fraction of the channels the analysis relied on (all channels if it used none)
        for (JsonNode c : channels) {
            if ((used.isEmpty() || c.path("used").asBoolean()) && c.path("goodFraction").isNumber()) {
                goodSum += c.path("goodFraction").asDouble();
                goodCount++;
            }
        }
        row.put("channels", (long) channels.size());
        row.put("channelTypes", types);
        row.put("channelsUsed", used);
        row.put("quality", goodCount == 0 ? null : goodSum / goodCount);
        JsonNode baseline = a.path("baseline");
        row.put("baselineStartSec", nullableNumber(baseline.path("startSec")));
        row.put("baselineEndSec", nullableNumber(baseline.path("endSec")));
        row.put("baselineAutomatic", baseline.path("automatic").asBoolean());
        JsonNode episodes = a.path("episodes");
        row.put("episodes", (long) episodes.size());
        for (Outcome o : Outcome.values()) {
            long n = 0;
            for (JsonNode e : episodes) {
                n += e.path("outcome").asText().equals(o.jsonName()) ? 1 : 0;
            }
            row.put(o.jsonName(), n);
        }
        long interrupted = 0;
        for (JsonNode e : episodes) {
            interrupted += e.path("interrupted").asBoolean() ? 1 : 0;
        }
        row.put("interrupted", interrupted);
        row.put("episodesPerHour", durationSec > 0 ? episodes.size() * SECONDS_PER_HOUR / durationSec : null);
        // the rises followed and not reported (an analysis cached before they were written counts none)
        row.put("droppedCandidates", (long) a.path("droppedCandidates").size());
        row.put("warnings", texts(a.path("warnings")));
        return row;
    }

    /** The {@code episodes} rows of one recording. */
    public static List<Map<String, Object>> episodes(CohortResult r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode e : r.analysis().path("episodes")) {
            Map<String, Object> row = keys(r.entry());
            row.put("episode", (long) ++number);
            flatten(e, "", row);
            rows.add(row);
        }
        return rows;
    }

    /** The {@code failures} row of a failure. */
    public static Map<String, Object> failure(CohortFailure f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("recording", f.recording());
        row.put("subject", f.subject());
        row.put("condition", f.condition());
        row.put("stage", f.stage());
        row.put("reason", f.reason());
        return row;
    }

    /** Copies the fields of {@code object} into {@code row}: nested objects flattened ({@code metrics} unprefixed). */
    private static void flatten(JsonNode object, String prefix, Map<String, Object> row) {
        object.fields().forEachRemaining(field -> {
            String name = prefix.isEmpty() ? field.getKey()
                    : prefix + Character.toUpperCase(field.getKey().charAt(0)) + field.getKey().substring(1);
            JsonNode v = field.getValue();
            if (v.isObject()) {
                flatten(v, field.getKey().equals("metrics") ? prefix : name, row);
            } else if (v.isArray()) {
                row.put(name, texts(v));
            } else if (v.isBoolean()) {
                row.put(name, v.asBoolean());
            } else if (v.isIntegralNumber()) {
                row.put(name, v.asLong());
            } else if (v.isNumber()) {
                row.put(name, v.asDouble());
            } else {
                row.put(name, v.isNull() ? null : v.asText());
            }
        });
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) {
            out.add(v.isValueNode() ? v.asText() : v.toString());
        }
        return out;
    }

    private static double number(JsonNode v) {
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }

    private static Double nullableNumber(JsonNode v) {
        return v.isNumber() ? v.asDouble() : null;
    }
}
