package org.lacrima.io.json;

import static org.lacrima.io.json.JsonValues.number;
import static org.lacrima.io.json.JsonValues.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Spell;

/**
 * A {@link SessionAnalysis} as the contract JSON: {@code recording}, {@code channels}, {@code baseline},
 * {@code events}, {@code episodes}, {@code spells}, {@code droppedCandidates} (rises followed and not reported, with
 * the check each failed), {@code warnings} and, when the writer carries the attribute
 * {@link AnalysisJsonModule#MARKERS} = true, {@code markers}. The indices are not part of it.
 */
public final class SessionAnalysisSerializer extends StdSerializer<SessionAnalysis> {
    SessionAnalysisSerializer() {
        super(SessionAnalysis.class);
    }

    @Override
    public void serialize(SessionAnalysis a, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStartObject();
        writeFields(a, g, p);
        g.writeEndObject();
    }

    /**
     * Writes the analysis's fields into the object {@code g} is in, so that a document built on the analysis (the
     * web app's) carries them exactly as the contract JSON does.
     */
    public static void writeFields(SessionAnalysis a, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeObjectFieldStart("recording");
        g.writeStringField("source", a.recording().source());
        g.writeStringField("subjectCode", a.recording().subjectCode());
        if (a.recording().start().isPresent()) {
            g.writeStringField("start", a.recording().start().get().toString());
        } else {
            g.writeNullField("start");
        }
        number(g, "durationSec", a.durationSec());
        g.writeEndObject();
        p.defaultSerializeField("channels", a.channels(), g);
        p.defaultSerializeField("baseline", a.baseline(), g);
        p.defaultSerializeField("events", a.events(), g);
        List<Spell> spells = a.spells();
        p.defaultSerializeField("episodes", SessionEpisode.of(a.episodes(), spells), g);
        p.defaultSerializeField("spells", spells, g);
        p.defaultSerializeField("droppedCandidates", a.droppedCandidates(), g);
        strings(g, "warnings", a.warnings());
        if (Boolean.TRUE.equals(p.getAttribute(AnalysisJsonModule.MARKERS))) {
            p.defaultSerializeField("markers", a.markers(), g);
        }
        HrvJson.write(g, a.hrv());
    }
}
