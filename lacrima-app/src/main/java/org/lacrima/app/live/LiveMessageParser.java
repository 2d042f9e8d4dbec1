package org.lacrima.app.live;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.lacrima.core.model.Event;
import org.lacrima.io.ChannelInfo;

/** Reads the JSON text messages of the live protocol; chunks name their channels by label. */
public final class LiveMessageParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveMessageParser() {
    }

    /**
     * @param declared the session's channels so far (empty before the first hello)
     * @throws LiveFrameException naming what is wrong
     */
    public static LiveMessage parse(String text, List<ChannelInfo> declared) throws LiveFrameException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new LiveFrameException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new LiveFrameException("a message is a JSON object with a \"type\"");
        }
        String type = root.path("type").asText("");
        return switch (type) {
            case "hello" -> hello(root);
            case "chunk" -> new LiveMessage.Chunk(chunk(root, declared));
            case "mark" -> new LiveMessage.Mark(text(root, "label"), number(root, "atSec"));
            default -> throw new LiveFrameException("unknown message type '" + type + "' (hello, chunk, mark)");
        };
    }

    private static LiveMessage.Hello hello(JsonNode root) throws LiveFrameException {
        List<ChannelInfo> channels = new ArrayList<>();
        for (JsonNode c : root.path("channels")) {
            JsonNode rate = c.get("rateHz");
            channels.add(LiveChannels.channel(c.path("label").asText(null), c.path("type").asText(null),
                    c.path("unit").asText(null), rate == null || rate.isNull() ? null : rate.asDouble()));
        }
        LiveChannels.check(channels);
        return new LiveMessage.Hello(channels, LiveChannels.accelerometerSite(root.get("accelerometerSite")));
    }

    private static LiveChunk chunk(JsonNode root, List<ChannelInfo> declared) throws LiveFrameException {
        JsonNode seq = root.get("seq");
        if (seq == null || !seq.canConvertToLong() || seq.asLong() < 0) {
            throw new LiveFrameException("a chunk needs \"seq\", a whole number >= 0");
        }
        if (declared.isEmpty()) {
            throw new LiveFrameException("chunk " + seq.asLong() + " before any hello declared the channels");
        }
        List<LiveChunk.ChannelSamples> samples = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.path("samples").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            int index = indexOf(declared, f.getKey());
            if (index < 0) {
                throw new LiveFrameException("chunk " + seq.asLong() + ": channel '" + f.getKey() + "' was not declared");
            }
            JsonNode v = f.getValue();
            samples.add(v.isArray() ? new LiveChunk.ChannelSamples(index, numbers(v, f.getKey()), null)
                    : new LiveChunk.ChannelSamples(index, numbers(v.path("values"), f.getKey()),
                    numbers(v.path("timesSec"), f.getKey())));
        }
        for (LiveChunk.ChannelSamples s : samples) {
            if (s.timesSec() != null && s.timesSec().length != s.values().length) {
                throw new LiveFrameException("chunk " + seq.asLong() + ": channel " + declared.get(s.channel()).label()
                        + " has " + s.timesSec().length + " times for " + s.values().length + " values");
            }
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            events.add(LiveChunkRules.event(number(e, "onsetSec"), e.path("durationSec").asDouble(0),
                    e.path("label").asText("")));
        }
        return new LiveChunk(seq.asLong(), samples, events);
    }

    private static int indexOf(List<ChannelInfo> channels, String label) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    private static double[] numbers(JsonNode array, String label) throws LiveFrameException {
        if (!array.isArray()) {
            throw new LiveFrameException("channel " + label + ": samples must be an array of numbers "
                    + "(or {\"timesSec\": [...], \"values\": [...]} for RR)");
        }
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode n = array.get(i);
            if (!n.isNumber()) {
                throw new LiveFrameException("channel " + label + ": sample " + i + " is not a number");
            }
            out[i] = n.asDouble();
        }
        return out;
    }

    private static String text(JsonNode root, String field) throws LiveFrameException {
        String v = root.path(field).asText("").strip();
        if (v.isEmpty() || v.length() > 200) {
            throw new LiveFrameException("\"" + field + "\" must be 1 to 200 characters");
        }
        return v;
    }

    private static double number(JsonNode root, String field) throws LiveFrameException {
        JsonNode n = root.get(field);
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble()) || n.asDouble() < 0) {
            throw new LiveFrameException("\"" + field + "\" must be a number >= 0");
        }
        return n.asDouble();
    }
}
