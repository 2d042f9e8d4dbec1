package org.lacrima.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.function.Function;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.analysis.Markers;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Spell;
import org.lacrima.core.model.Event;

/**
 * The one mapping of Lacrima's analysis to JSON, as a Jackson module: the core's records as they are (each
 * component under its own name, in seconds, NaN as null), episodes with their spell number
 * ({@link SessionEpisode}) and the whole {@link SessionAnalysis} as the contract document of DESIGN.md section 4.
 * The command line ({@link AnalysisJsonWriter}), the web app's stored document and the HTML report all serialise
 * through it; core stays free of Jackson. Spells, SCRs and markers are only written; the rest also reads back
 * (a stored document, written before or after a field was added).
 */
public final class AnalysisJsonModule extends SimpleModule {
    /** Writer attribute: {@code true} adds the {@code markers} object to a {@link SessionAnalysis}. */
    public static final String MARKERS = "lacrima.markers";

    public AnalysisJsonModule() {
        super("lacrima-analysis");
        addSerializer(ObjectJson.writer(ChannelSummary.class, CoreRecordSerializers::channelSummary));
        addSerializer(ObjectJson.writer(Baseline.class, CoreRecordSerializers::baseline));
        addSerializer(ObjectJson.writer(Event.class, CoreRecordSerializers::event));
        addSerializer(ObjectJson.writer(Spell.class, CoreRecordSerializers::spell));
        addSerializer(ObjectJson.writer(DroppedCandidate.class, CoreRecordSerializers::droppedCandidate));
        addSerializer(ObjectJson.writer(EpisodeMetrics.class, CoreRecordSerializers::episodeMetrics));
        addSerializer(ObjectJson.writer(SessionEpisode.class, CoreRecordSerializers::sessionEpisode));
        addSerializer(ObjectJson.writer(Scr.class, CoreRecordSerializers::scr));
        addSerializer(ObjectJson.writer(Markers.class, CoreRecordSerializers::markers));
        addSerializer(new SessionAnalysisSerializer());
        readBack(ChannelSummary.class, CoreRecordDeserializers::channelSummary);
        readBack(Baseline.class, CoreRecordDeserializers::baseline);
        readBack(Event.class, CoreRecordDeserializers::event);
        readBack(EpisodeMetrics.class, CoreRecordDeserializers::episodeMetrics);
        readBack(SessionEpisode.class, CoreRecordDeserializers::sessionEpisode);
        readBack(DroppedCandidate.class, CoreRecordDeserializers::droppedCandidate);
    }

    private <T> void readBack(Class<T> type, Function<JsonNode, T> fromTree) {
        addDeserializer(type, ObjectJson.reader(type, fromTree));
    }

    /** A new mapper with this module (mappers are thread-safe once configured; share one per use). */
    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new AnalysisJsonModule());
    }
}
