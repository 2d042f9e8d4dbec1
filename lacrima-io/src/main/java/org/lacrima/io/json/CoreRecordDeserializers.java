package org.lacrima.io.json;

import static org.lacrima.io.json.JsonValues.bool;
import static org.lacrima.io.json.JsonValues.number;
import static org.lacrima.io.json.JsonValues.strings;
import static org.lacrima.io.json.JsonValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Locale;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.DropReason;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetric;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.EventKind;

/**
 * Reads back what {@link CoreRecordSerializers} wrote (a stored analysis, a cached result): null is NaN, an absent
 * field is NaN or empty, so documents written before a field was added still read. Each method builds one record
 * from its object's tree ({@link ObjectJson#reader}).
 */
final class CoreRecordDeserializers {
    private CoreRecordDeserializers() {
    }

    static ChannelSummary channelSummary(JsonNode n) {
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

    static Baseline baseline(JsonNode n) {
        return new Baseline(number(n, "startSec"), number(n, "endSec"), bool(n, "automatic"));
    }

    /**
     * A dropped candidate; its description is not read back, it follows from the reason. A reason this version does
     * not list is refused by name (a reader that must take later documents filters on
     * {@link DropReason#ofJsonName} first).
     */
    static DroppedCandidate droppedCandidate(JsonNode n) {
        return new DroppedCandidate(number(n, "onsetSec"), number(n, "peakSec"), number(n, "droppedAtSec"),
                DropReason.fromName(text(n, "reason", "")));
    }

    static Event event(JsonNode n) {
        String label = text(n, "label", "");
        // a document stored before events had kinds: the kind is in the label, as it was then
        EventKind kind = EventKind.parse(text(n, "kind", "")).orElseGet(() -> EventKind.ofLabel(label));
        return new Event(number(n, "onsetSec"), number(n, "durationSec"), label, kind);
    }

    static EpisodeMetrics episodeMetrics(JsonNode n) {
        return EpisodeMetric.fromValues(m -> number(n, m.key()), m -> strings(n, m.key()));
    }

    static SessionEpisode sessionEpisode(JsonNode n) {
        JsonNode metrics = n.get("metrics");
        Episode e = new Episode(number(n, "onsetSec"), number(n, "peakSec"), number(n, "releaseSec"),
                number(n, "endSec"), Outcome.fromName(text(n, "outcome", "subsided")), bool(n, "interrupted"),
                number(n, "confidence"), episodeMetrics(metrics == null ? MissingNode.getInstance() : metrics),
                strings(n, "warnings"));
        JsonNode spell = n.get("spell");
        return new SessionEpisode(e, spell == null ? 0 : spell.asInt());
    }
}
