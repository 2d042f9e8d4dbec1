package org.lacrima.app.live;

import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.databind.JsonNode;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.ChannelType;
import org.lacrima.io.ChannelInfo;

/** The channels a live stream declares in its hello: checked once, then fixed for the session. */
final class LiveChannels {
    private static final int MAX_CHANNELS = 32;
    private static final double MAX_RATE_HZ = 10_000;

    private LiveChannels() {
    }

    /** Regular channels have a rate; irregular ones (RR, IBI) carry a time per value. */
    static boolean isRegular(ChannelInfo c) {
        return Double.isFinite(c.rateHz()) && c.rateHz() > 0;
    }

    static ChannelInfo channel(String label, String type, String unit, Double rateHz) throws LiveFrameException {
        if (label == null || label.isBlank() || label.length() > 64) {
            throw new LiveFrameException("every channel needs a label of 1 to 64 characters");
        }
        ChannelType t;
        try {
            t = ChannelType.valueOf((type == null ? "OTHER" : type).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LiveFrameException("channel " + label + ": unknown type '" + type + "' (one of "
                    + List.of(ChannelType.values()) + ")");
        }
        double rate = rateHz == null ? Double.NaN : rateHz;
        if (!Double.isNaN(rate) && !(rate > 0 && rate <= MAX_RATE_HZ)) {
            throw new LiveFrameException("channel " + label + ": rate must be above 0 and at most " + MAX_RATE_HZ
                    + " Hz, or absent for an irregular channel");
        }
        if (Double.isNaN(rate) && t != ChannelType.RR) {
            throw new LiveFrameException("channel " + label + ": only RR channels may be irregular (give rateHz)");
        }
        return new ChannelInfo(label.strip(), t, unit == null ? "" : unit.strip(), rate);
    }

    /** The hello's {@code accelerometerSite}: {@code chest} or {@code wrist}; absent, null or {@code unknown} if not said. */
    static BodySite accelerometerSite(JsonNode site) throws LiveFrameException {
        if (site == null || site.isNull() || (site.isTextual() && site.asText().equalsIgnoreCase(BodySite.UNKNOWN.word()))) {
            return BodySite.UNKNOWN;
        }
        if (!site.isTextual()) {
            throw new LiveFrameException("accelerometerSite must be \"chest\", \"wrist\" or \"unknown\"");
        }
        return BodySite.known(site.asText().strip()).orElseThrow(() -> new LiveFrameException(
                "accelerometerSite must be \"chest\", \"wrist\" or \"unknown\", got \"" + site.asText() + "\""));
    }

    static void check(List<ChannelInfo> channels) throws LiveFrameException {
        if (channels.isEmpty() || channels.size() > MAX_CHANNELS) {
            throw new LiveFrameException("declare 1 to " + MAX_CHANNELS + " channels");
        }
        if (channels.stream().map(ChannelInfo::label).distinct().count() != channels.size()) {
            throw new LiveFrameException("channel labels must differ");
        }
    }
}
