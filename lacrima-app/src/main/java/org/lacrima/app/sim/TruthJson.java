package org.lacrima.app.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.lacrima.app.export.AtomicOutput;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Samples;
import org.lacrima.core.sim.Confounder;
import org.lacrima.core.sim.Dropout;
import org.lacrima.core.sim.GroundTruth;
import org.lacrima.core.sim.MotionArtefact;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.core.sim.TrueEpisode;

/**
 * The ground truth of a simulated session as JSON, with the same episode field names as the analysis
 * output ({@code onsetSec}, {@code peakSec}, {@code releaseSec} (null when there was none),
 * {@code endSec}, {@code outcome}, {@code interrupted}), so a scorer can read both alike. Times in
 * seconds from the recording start.
 */
public final class TruthJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TruthJson() {
    }

    /** Writes the truth of {@code session} (simulated with {@code config}) to {@code target}, atomically. */
    public static void write(SimulatedSession session, SimulationConfig config, Path target) throws IOException {
        ObjectNode root = toJson(session, config);
        AtomicOutput.writeText(target, out -> MAPPER.writeValue(out, root));
    }

    /** The JSON tree of the truth. */
    public static ObjectNode toJson(SimulatedSession session, SimulationConfig config) {
        GroundTruth truth = session.truth();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", "simulator");
        root.put("seed", config.seed());
        root.put("durationSec", config.durationSec());
        root.put("noiseLevel", config.noiseLevel());
        root.set("config", configJson(config));
        ArrayNode episodes = root.putArray("episodes");
        for (int k = 0; k < truth.episodes().size(); k++) {
            TrueEpisode e = truth.episodes().get(k);
            ObjectNode ep = episodes.addObject();
            ep.put("onsetSec", e.onsetSec());
            ep.put("peakSec", e.peakSec());
            if (e.hasRelease()) {
                ep.put("releaseSec", e.releaseSec());
            } else {
                ep.putNull("releaseSec");
            }
            ep.put("endSec", e.endSec());
            ep.put("outcome", e.outcome().jsonName());
            ep.put("interrupted", e.interrupted());
            ep.put("peakArousal", e.peakArousal());
            ep.put("spell", e.spell());
            ep.put("buildUpSec", e.buildUpSec());
            ep.put("riseShape", e.riseShape().name().toLowerCase(java.util.Locale.ROOT));
            ep.put("vagalRebound", e.rebound().name().toLowerCase(java.util.Locale.ROOT));
            ep.put("heartShare", truth.responses().get(k).heartShare());
            ep.put("skinShare", truth.responses().get(k).skinShare());
        }
        ArrayNode events = root.putArray("events");
        for (Event ev : session.recording().events()) {
            events.addObject().put("onsetSec", ev.onsetSec()).put("durationSec", ev.durationSec()).put("label", ev.label());
        }
        times(root.putArray("beatTimesSec"), truth.beatTimesSec());
        times(root.putArray("ectopicBeatTimesSec"), truth.ectopicBeatTimesSec());
        ArrayNode scrs = root.putArray("scrs");
        for (Scr s : truth.scrs()) {
            scrs.addObject().put("onsetSec", s.onsetSec()).put("peakSec", s.peakSec())
                    .put("amplitudeMicrosiemens", s.amplitudeMicrosiemens()).put("riseTimeSec", s.riseTimeSec())
                    .put("halfRecoverySec", s.halfRecoverySec());
        }
        times(root.putArray("breathOnsetsSec"), truth.breathOnsetsSec());
        ArrayNode motion = root.putArray("motionArtefacts");
        for (MotionArtefact m : truth.motionArtefacts()) {
            motion.addObject().put("onsetSec", m.onsetSec()).put("durationSec", m.durationSec())
                    .put("intensityG", m.intensityG());
        }
        ArrayNode confounders = root.putArray("confounders");
        for (Confounder c : truth.confounders()) {
            confounders.addObject().put("kind", c.kind().token()).put("startSec", c.startSec()).put("endSec", c.endSec());
        }
        series(root.putObject("arousal"), truth.arousal());
        series(root.putObject("vagalTone"), truth.vagalTone());
        return root;
    }

    /** Everything needed to simulate the same session again. */
    private static ObjectNode configJson(SimulationConfig config) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("seed", config.seed());
        node.put("durationSec", config.durationSec());
        ArrayNode episodes = node.putArray("episodes");
        config.episodes().forEach(e -> episodes.add(e.token()));
        ArrayNode spells = node.putArray("episodeSpells");
        config.episodes().forEach(e -> spells.add(e.spell()));
        node.put("variety", config.variety().name().toLowerCase(java.util.Locale.ROOT));
        node.put("device", config.device().token());
        ArrayNode kinds = node.putArray("confounders");
        config.confounders().stream().sorted().forEach(k -> kinds.add(k.token()));
        node.put("shiftsWhileTalking", config.shiftsWhileTalking());
        node.put("naturalBreathing", config.naturalBreathing());
        node.put("gesturesWhileTalking", config.gesturesWhileTalking());
        node.put("breathingExercises", config.breathingExercises());
        node.put("arrival", config.arrival());
        node.put("restingWander", config.restingWander());
        node.put("breathingModeRsa", config.breathingModeRsa());
        node.put("responseFractionation", config.responseFractionation());
        node.put("pulseTimingJitter", config.pulseTimingJitter());
        node.put("seatedFidgeting", config.seatedFidgeting());
        node.put("tonicDecline", config.tonicDecline());
        node.put("quietCrying", config.quietCrying());
        node.put("conversation", config.conversation());
        ObjectNode rates = node.putObject("ratesHz");
        ArrayNode channels = node.putArray("channels");
        for (ChannelType type : ChannelType.values()) {
            if (config.includes(type)) {
                channels.add(type.name());
                if (type != ChannelType.RR) {
                    rates.put(type.name(), config.rateHz(type));
                }
            }
        }
        node.put("noiseLevel", config.noiseLevel());
        node.put("mainsHumHz", config.mainsHumHz());
        node.put("motionArtefacts", config.motionArtefacts());
        node.put("ectopicBeatsPerHour", config.ectopicBeatsPerHour());
        ArrayNode dropouts = node.putArray("dropouts");
        for (Dropout d : config.dropouts()) {
            dropouts.addObject().put("type", d.type().name()).put("fromSec", d.fromSec()).put("toSec", d.toSec());
        }
        return node;
    }

    private static void times(ArrayNode array, Samples values) {
        for (int i = 0; i < values.length(); i++) {
            array.add(values.get(i));
        }
    }

    private static void series(ObjectNode node, RegularSeries s) {
        node.put("name", s.name());
        node.put("unit", s.unit());
        node.put("startSec", s.startSec());
        node.put("rateHz", s.rateHz());
        times(node.putArray("values"), s.values());
    }
}
