package org.lacrima.io.json;

import static org.lacrima.io.json.JsonValues.bool;
import static org.lacrima.io.json.JsonValues.number;
import static org.lacrima.io.json.JsonValues.strings;
import static org.lacrima.io.json.JsonValues.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.Locale;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetric;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.EventKind;

/**
 * Reads back what {@link CoreRecordSerializers} wrote (a stored analysis, a cached result): null is NaN, an absent
 * field is NaN or empty, so documents written before a field was added still read.
 */
final class CoreRecordDeserializers {
    private CoreRecordDeserializers() {
    }

    static final class ChannelSummaryReader extends StdDeserializer<ChannelSummary> {
        ChannelSummaryReader() {
            super(ChannelSummary.class);
        }

        @Override
        public ChannelSummary deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
            JsonNode n = parser.readValueAsTree();
            return new ChannelSummary(text(n, "label", ""), channelType(text(n, "type", "")), text(n, "unit", ""),
                    number(n, "rateHz"), number(n, "durationSec"), number(n, "goodFraction"), bool(n, "used"));
        }

        private static ChannelType channelType(String name) {
            try {
                return ChannelType.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return ChannelType.OTHER;
            }
        }
    }

    static final class BaselineReader extends StdDeserializer<Baseline> {
        BaselineReader() {
            super(Baseline.class);
        }

        @Override
        public Baseline deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
            JsonNode n = parser.readValueAsTree();
            return new Baseline(number(n, "startSec"), number(n, "endSec"), bool(n, "automatic"));
        }
    }

    static final class EventReader extends StdDeserializer<Event> {
        EventReader() {
            super(Event.class);
        }

        @Override
        public Event deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
            JsonNode n = parser.readValueAsTree();
            String label = text(n, "label", "");
            // a document stored before events had kinds: the kind is in the label, as it was then
            EventKind kind = EventKind.parse(text(n, "kind", "")).orElseGet(() -> EventKind.ofLabel(label));
            return new Event(number(n, "onsetSec"), number(n, "durationSec"), label, kind);
        }
    }

    static final class EpisodeMetricsReader extends StdDeserializer<EpisodeMetrics> {
        EpisodeMetricsReader() {
            super(EpisodeMetrics.class);
        }

        @Override
        public EpisodeMetrics deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
            return metrics(parser.readValueAsTree());
        }

        static EpisodeMetrics metrics(JsonNode n) {
            return EpisodeMetric.fromValues(m -> number(n, m.key()), m -> strings(n, m.key()));
        }
    }

    static final class SessionEpisodeReader extends StdDeserializer<SessionEpisode> {
        SessionEpisodeReader() {
            super(SessionEpisode.class);
        }

        @Override
        public SessionEpisode deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
            JsonNode n = parser.readValueAsTree();
            JsonNode metrics = n.get("metrics");
            Episode e = new Episode(number(n, "onsetSec"), number(n, "peakSec"), number(n, "releaseSec"),
                    number(n, "endSec"), Outcome.fromName(text(n, "outcome", "subsided")), bool(n, "interrupted"),
                    number(n, "confidence"), EpisodeMetricsReader.metrics(metrics == null ? MissingNode.getInstance() : metrics),
                    strings(n, "warnings"));
            JsonNode spell = n.get("spell");
            return new SessionEpisode(e, spell == null ? 0 : spell.asInt());
        }
    }
}
