package org.lacrima.app.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lacrima.app.export.GridAlignment;
import org.lacrima.core.analysis.Markers;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;
import org.lacrima.io.json.SessionEpisode;

/**
 * The data the report's charts draw, as the JSON embedded in the page: episodes, dropped candidates, events, baseline (as
 * {@link org.lacrima.io.json.AnalysisJsonModule} writes them), one entry per plot with its x values (seconds from the recording start) and series. Values are
 * written as 32-bit floats (ample for display, half the bytes) and gaps as {@code null}, which is
 * how uPlot draws a break in a line.
 */
final class ChartData {
    /** Plot groups of indices, each listing the indices it may show. */
    private static final List<IndexGroup> GROUPS = List.of(
            new IndexGroup("axes", "Sympathetic (S) and parasympathetic (P) axes", 240, List.of(Index.S, Index.P)),
            new IndexGroup("heart", "Heart rate and RSA", 170, List.of(Index.HR, Index.RSA)),
            new IndexGroup("eda", "Skin conductance: tonic level and SCRs", 170, List.of(Index.SCL, Index.SCR_RATE)),
            new IndexGroup("breathing", "Breathing rate and irregularity", 170,
                    List.of(Index.BREATHING_RATE, Index.IRREGULARITY)));
    private static final List<ChannelType> RAW_TYPES = List.of(ChannelType.ECG, ChannelType.PPG, ChannelType.RR,
            ChannelType.EDA, ChannelType.RSP, ChannelType.HR, ChannelType.ACC, ChannelType.TEMP);
    private static final int MAX_RAW_PLOTS = 8;
    private static final int MAX_INDEX_POINTS = 60_000;

    private record IndexGroup(String id, String title, int heightPx, List<Index> members) {
    }

    private final ObjectMapper mapper;
    private final ReportOptions options;

    ChartData(ObjectMapper mapper, ReportOptions options) {
        this.mapper = mapper;
        this.options = options;
    }

    /** Everything the page's script needs; {@code raw} may be null (no raw-signal plots). */
    ObjectNode build(RawTraces raw, SessionAnalysis analysis) {
        ObjectNode root = mapper.createObjectNode();
        root.put("durationSec", analysis.durationSec());
        // episodes, events and baseline exactly as the JSON output has them (the one mapping), numbered for the page
        root.set("baseline", mapper.valueToTree(analysis.baseline()));
        ArrayNode episodes = root.putArray("episodes");
        List<SessionEpisode> numbered = SessionEpisode.of(analysis);
        for (int i = 0; i < numbered.size(); i++) {
            ObjectNode node = mapper.valueToTree(numbered.get(i));
            node.put("number", i + 1);
            episodes.add(node);
        }
        root.set("droppedCandidates", mapper.valueToTree(analysis.droppedCandidates()));
        root.set("events", mapper.valueToTree(analysis.events()));
        ArrayNode plots = root.putArray("plots");
        addIndexPlots(plots, analysis);
        if (raw != null) {
            addRawPlots(plots, raw.traces(), analysis.markers());
        }
        return root;
    }

    private void addIndexPlots(ArrayNode plots, SessionAnalysis analysis) {
        List<RegularSeries> remaining = new ArrayList<>(analysis.indices());
        for (IndexGroup group : GROUPS) {
            List<RegularSeries> members = new ArrayList<>();
            for (Index index : group.members()) {
                find(remaining, index).ifPresent(s -> {
                    members.add(s);
                    remaining.remove(s);
                });
            }
            if (members.isEmpty()) {
                continue;
            }
            ObjectNode plot = indexPlot(plots, group.id(), group.title(), group.heightPx(), members);
            if (group.id().equals("eda")) {
                ArrayNode scrs = plot.putArray("scrs");
                for (Scr scr : analysis.markers().scrs()) {
                    scrs.addArray().add((float) scr.peakSec()).add((float) scr.amplitudeMicrosiemens());
                }
            }
        }
        for (RegularSeries other : remaining) {
            indexPlot(plots, "index-" + other.name(), displayName(other), 150, List.of(other));
        }
    }

    private ObjectNode indexPlot(ArrayNode plots, String id, String title, int heightPx, List<RegularSeries> members) {
        RegularSeries grid = members.get(0);
        int stride = Math.max(1, (int) Math.ceil(grid.length() / (double) MAX_INDEX_POINTS));
        ObjectNode plot = plots.addObject();
        plot.put("id", id).put("title", title).put("kind", "index").put("heightPx", heightPx);
        ArrayNode x = plot.putArray("x");
        for (int i = 0; i < grid.length(); i += stride) {
            x.add((float) grid.timeOfSec(i));
        }
        ArrayNode series = plot.putArray("series");
        String firstUnit = grid.unit();
        for (RegularSeries s : members) {
            double[] values = GridAlignment.valuesOn(grid, s);
            ObjectNode node = series.addObject();
            node.put("label", displayName(s)).put("key", key(s)).put("unit", dimensionless(s.unit()) ? "" : s.unit())
                    .put("axis", s.unit().equals(firstUnit) ? 0 : 1);
            ArrayNode y = node.putArray("y");
            for (int i = 0; i < values.length; i += stride) {
                addValue(y, values[i]);
            }
        }
        return plot;
    }

    private void addRawPlots(ArrayNode plots, List<RawTraces.Trace> traces, Markers markers) {
        List<RawTraces.Trace> shown = traces.stream()
                .filter(c -> RAW_TYPES.contains(c.type()) && c.length() > 1).limit(MAX_RAW_PLOTS).toList();
        if (shown.isEmpty()) {
            // an unknown-typed recording still shows what it holds
            shown = traces.stream().filter(c -> c.length() > 1).limit(4).toList();
        }
        // detected beats, pulses and breaths go on the first channel of their type, where a reader can check them
        Map<ChannelType, Samples> detected = new EnumMap<>(ChannelType.class);
        detected.put(ChannelType.ECG, markers.rPeaksSec());
        detected.put(ChannelType.PPG, markers.pulsePeaksSec());
        detected.put(ChannelType.RSP, markers.breathsSec());
        for (RawTraces.Trace channel : shown) {
            MinMaxDecimator.Points points = channel.points();
            ObjectNode plot = plots.addObject();
            plot.put("id", "raw-" + channel.label()).put("kind", "raw").put("heightPx", 130)
                    .put("title", channel.label() + " (" + channel.type() + ", " + channel.unit()
                            + (channel.regular() ? ", " + DisplayFormat.number(channel.rateHz(), 0) + " Hz" : "") + ")");
            ArrayNode x = plot.putArray("x");
            for (double t : points.timesSec()) {
                x.add((float) t);
            }
            ObjectNode node = plot.putArray("series").addObject();
            node.put("label", channel.label()).put("unit", channel.unit()).put("axis", 0);
            ArrayNode y = node.putArray("y");
            for (double v : points.values()) {
                addValue(y, v);
            }
            Samples marks = detected.remove(channel.type());
            if (marks != null && !marks.isEmpty()) {
                ArrayNode times = plot.putArray("marks");
                for (int i = 0; i < marks.length(); i++) {
                    times.add((float) marks.get(i));
                }
            }
        }
    }

    private static Optional<RegularSeries> find(List<RegularSeries> series, Index index) {
        return series.stream().filter(index::names).findFirst();
    }

    /** The index's key in the shared vocabulary. */
    private static String key(RegularSeries s) {
        return Index.of(s).key();
    }

    /** Name and unit as the web app shows them too ({@link Vocabulary}). */
    private static String displayName(RegularSeries s) {
        String key = key(s);
        String name = Vocabulary.signalName(key).orElse(Index.of(s).label());
        Optional<String> unit = Vocabulary.signalUnit(key).or(() -> dimensionless(s.unit()) ? Optional.empty()
                : Optional.of(s.unit()));
        return unit.map(u -> name + " (" + u + ")").orElse(name);
    }

    private static boolean dimensionless(String unit) {
        return unit.isBlank() || unit.equals("1");
    }

    private static void addValue(ArrayNode array, double v) {
        if (Double.isFinite(v)) {
            array.add((float) v);
        } else {
            array.addNull();
        }
    }
}
