package org.lacrima.app.jobs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.analysis.Markers;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionHrv;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.DropReason;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;
import org.lacrima.io.json.AnalysisJsonModule;
import org.lacrima.io.json.SessionAnalysisSerializer;
import org.lacrima.io.json.SessionEpisode;

/**
 * What the session page draws: the analysis as the contract JSON writes it ({@link AnalysisJsonModule}:
 * recording, channels, baseline, events, episodes, spells, warnings), plus {@code durationSec} and its indices
 * thinned to a size a browser plots at once ({@code series}). Values that could not be computed are null (JSON has
 * no NaN). Times in seconds from the recording start.
 *
 * @param analysis the analysis
 * @param series   its indices, thinned
 */
@JsonSerialize(using = AnalysisDocument.Json.class)
public record AnalysisDocument(SessionAnalysis analysis, List<Series> series) {
    /** At most this many points per plotted series (an hour at 4 Hz is 14 400). */
    static final int MAX_POINTS = 3600;
    private static final ObjectMapper JSON = AnalysisJsonModule.mapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Builds the document of an analysis. */
    public static AnalysisDocument of(SessionAnalysis a) {
        return new AnalysisDocument(a, a.indices().stream().map(s -> Series.thinned(s, MAX_POINTS)).toList());
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analysis document not serialisable", e);
        }
    }

    /**
     * Reads a stored document back into an analysis (documents stored before the contract fields were added read
     * too: they hold the same channels, baseline, events and episodes). Markers are not stored; the indices are
     * the thinned series.
     */
    public static SessionAnalysis read(String json, String subjectCode, String source) throws IOException {
        JsonNode root = JSON.readTree(json);
        List<ChannelSummary> channels = list(root, "channels", new TypeReference<>() { });
        List<Event> events = list(root, "events", new TypeReference<>() { });
        List<SessionEpisode> episodes = list(root, "episodes", new TypeReference<>() { });
        List<Series> series = list(root, "series", new TypeReference<>() { });
        Baseline baseline = root.hasNonNull("baseline") ? JSON.treeToValue(root.get("baseline"), Baseline.class)
                : new Baseline(Double.NaN, Double.NaN, true);
        List<String> warnings = list(root, "warnings", new TypeReference<>() { });
        List<DroppedCandidate> dropped = knownDroppedCandidates(root);
        return new SessionAnalysis(new RecordingMetadata(Optional.empty(), source, subjectCode),
                root.path("durationSec").asDouble(Double.NaN), channels, events, baseline,
                episodes.stream().map(SessionEpisode::episode).toList(),
                series.stream().map(Series::toRegularSeries).toList(), Markers.none(), warnings, SessionHrv.NONE,
                dropped);
    }

    /**
     * The stored turned-down rises whose reason this version knows: a document written by a later version may name a
     * reason added since, and the rest of the document still reads (as {@code EpisodeAnnotations} does in EDF).
     */
    private static List<DroppedCandidate> knownDroppedCandidates(JsonNode root) throws IOException {
        List<DroppedCandidate> known = new ArrayList<>();
        for (JsonNode n : root.path("droppedCandidates")) {
            if (DropReason.ofJsonName(n.path("reason").asText("")).isPresent()) {
                known.add(JSON.treeToValue(n, DroppedCandidate.class));
            }
        }
        return known;
    }

    private static <T> List<T> list(JsonNode root, String field, TypeReference<List<T>> type) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? List.of() : JSON.convertValue(node, type);
    }

    /** The analysis's contract fields, then {@code durationSec} and {@code series}. */
    static final class Json extends StdSerializer<AnalysisDocument> {
        Json() {
            super(AnalysisDocument.class);
        }

        @Override
        public void serialize(AnalysisDocument d, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            SessionAnalysisSerializer.writeFields(d.analysis(), g, p);
            double duration = d.analysis().durationSec();
            if (Double.isFinite(duration)) {
                g.writeNumberField("durationSec", duration);
            } else {
                g.writeNullField("durationSec");
            }
            p.defaultSerializeField("series", d.series(), g);
            g.writeEndObject();
        }
    }

    /** A derived index on a regular grid: value {@code i} is at {@code startSec + i / rateHz}. */
    public record Series(String name, String unit, double startSec, double rateHz, List<Double> values) {
        /** Averages consecutive values (ignoring gaps) so that at most {@code maxPoints} remain. */
        static Series thinned(RegularSeries s, int maxPoints) {
            int n = s.length();
            int step = Math.max(1, (n + maxPoints - 1) / maxPoints);
            List<Double> values = new ArrayList<>((n + step - 1) / step);
            for (int from = 0; from < n; from += step) {
                int to = Math.min(n, from + step);
                double sum = 0;
                int count = 0;
                for (int i = from; i < to; i++) {
                    double v = s.values().get(i);
                    if (Double.isFinite(v)) {
                        sum += v;
                        count++;
                    }
                }
                values.add(count == 0 ? null : sum / count);
            }
            // A bin's mean belongs to the middle of the bin.
            double startSec = s.startSec() + (step - 1) / (2.0 * s.rateHz());
            return new Series(s.name(), s.unit(), startSec, s.rateHz() / step, values);
        }

        /** Back to a series, gaps as {@code NaN}. */
        RegularSeries toRegularSeries() {
            return new RegularSeries(name, unit, startSec, rateHz,
                    Samples.wrap(values.stream().mapToDouble(v -> v == null ? Double.NaN : v).toArray()));
        }
    }
}
