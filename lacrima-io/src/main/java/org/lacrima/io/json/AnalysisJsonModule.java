package org.lacrima.io.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.EpisodeMetrics;
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
        addSerializer(new CoreRecordSerializers.ChannelSummaryJson());
        addSerializer(new CoreRecordSerializers.BaselineJson());
        addSerializer(new CoreRecordSerializers.EventJson());
        addSerializer(new CoreRecordSerializers.SpellJson());
        addSerializer(new CoreRecordSerializers.EpisodeMetricsJson());
        addSerializer(new CoreRecordSerializers.SessionEpisodeJson());
        addSerializer(new CoreRecordSerializers.ScrJson());
        addSerializer(new CoreRecordSerializers.MarkersJson());
        addSerializer(new SessionAnalysisSerializer());
        addDeserializer(ChannelSummary.class, new CoreRecordDeserializers.ChannelSummaryReader());
        addDeserializer(Baseline.class, new CoreRecordDeserializers.BaselineReader());
        addDeserializer(Event.class, new CoreRecordDeserializers.EventReader());
        addDeserializer(EpisodeMetrics.class, new CoreRecordDeserializers.EpisodeMetricsReader());
        addDeserializer(SessionEpisode.class, new CoreRecordDeserializers.SessionEpisodeReader());
    }

    /** A new mapper with this module (mappers are thread-safe once configured; share one per use). */
    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new AnalysisJsonModule());
    }
}
