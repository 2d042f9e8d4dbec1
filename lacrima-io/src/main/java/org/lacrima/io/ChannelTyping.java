package org.lacrima.io;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lacrima.core.model.ChannelType;

/**
 * Decides what a channel measures from its label ("MLII", "foot GSR", "Resp chest", "BVP"), with
 * user overrides by exact label (case-insensitive) taking precedence.
 */
public final class ChannelTyping {
    private static final Set<String> ECG_LEADS = Set.of("ECG", "EKG", "MLII", "MLI", "MLIII", "ML2",
            "I", "II", "III", "AVR", "AVL", "AVF", "V", "V1", "V2", "V3", "V4", "V5", "V6",
            "LEADI", "LEADII", "LEADIII", "CM5");
    private static final Set<String> PPG_WORDS = Set.of("PPG", "BVP", "PLETH", "PLETHYSMOGRAM", "PHOTOPLETHYSMOGRAM");
    private static final Set<String> EDA_WORDS = Set.of("EDA", "GSR", "SCL", "SCR", "EDR", "GSC", "SKIN_CONDUCTANCE");
    private static final Set<String> RSP_WORDS = Set.of("RSP", "RESP", "RESPIRATION", "BREATH", "BREATHING", "THOR",
            "THORAX", "ABDO", "ABDOMEN");
    private static final Set<String> RR_WORDS = Set.of("RR", "IBI", "RRI", "NN");
    private static final Set<String> HR_WORDS = Set.of("HR", "HEARTRATE", "PULSERATE", "BPM");
    private static final Set<String> ACC_WORDS = Set.of("ACC", "ACCEL", "ACCELERATION", "AX", "AY", "AZ",
            "ACCX", "ACCY", "ACCZ", "ACC_X", "ACC_Y", "ACC_Z");
    private static final Set<String> TEMP_WORDS = Set.of("TEMP", "TEMPERATURE", "SKT", "SKINTEMP");

    private static final ChannelTyping DEFAULT = new ChannelTyping(Map.of());

    private final Map<String, ChannelType> overrides;

    private ChannelTyping(Map<String, ChannelType> overrides) {
        TreeMap<String, ChannelType> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        overrides.forEach((k, v) -> m.put(k.trim(), v));
        this.overrides = m;
    }

    /** Typing from labels only. */
    public static ChannelTyping byLabel() {
        return DEFAULT;
    }

    /** Typing from labels, except for the labels in {@code overrides} (matched case-insensitively). */
    public static ChannelTyping withOverrides(Map<String, ChannelType> overrides) {
        return overrides.isEmpty() ? DEFAULT : new ChannelTyping(overrides);
    }

    /** Whether the user mapped this label explicitly. */
    public boolean isOverridden(String label) {
        return overrides.containsKey(label.trim());
    }

    /** The type of the channel labelled {@code label}. */
    public ChannelType typeOf(String label) {
        ChannelType forced = overrides.get(label.trim());
        return forced != null ? forced : fromLabel(label);
    }

    /** The type a label names, {@link ChannelType#OTHER} if it names none of the known ones. */
    public static ChannelType fromLabel(String label) {
        String upper = label.trim().toUpperCase(Locale.ROOT);
        String squeezed = upper.replaceAll("[^A-Z0-9_]", "");
        if (squeezed.contains("SKINCONDUCTANCE") || squeezed.contains("ELECTRODERMAL")) {
            return ChannelType.EDA;
        }
        if (squeezed.contains("HEARTRATE") || squeezed.contains("PULSERATE")) {
            return ChannelType.HR;
        }
        for (String token : upper.split("[^A-Z0-9_]+")) {
            ChannelType t = fromToken(token);
            if (t != ChannelType.OTHER) {
                return t;
            }
        }
        return ChannelType.OTHER;
    }

    private static ChannelType fromToken(String token) {
        if (token.isEmpty()) {
            return ChannelType.OTHER;
        }
        String bare = token.replaceAll("\\d+$", "");
        if (ECG_LEADS.contains(token) || bare.equals("ECG") || bare.equals("EKG")) {
            return ChannelType.ECG;
        }
        if (matches(PPG_WORDS, token, bare)) {
            return ChannelType.PPG;
        }
        if (matches(EDA_WORDS, token, bare)) {
            return ChannelType.EDA;
        }
        if (matches(RSP_WORDS, token, bare)) {
            return ChannelType.RSP;
        }
        if (matches(RR_WORDS, token, bare)) {
            return ChannelType.RR;
        }
        if (matches(HR_WORDS, token, bare)) {
            return ChannelType.HR;
        }
        if (matches(ACC_WORDS, token, bare)) {
            return ChannelType.ACC;
        }
        if (matches(TEMP_WORDS, token, bare)) {
            return ChannelType.TEMP;
        }
        return ChannelType.OTHER;
    }

    private static boolean matches(Set<String> words, String token, String bare) {
        return words.contains(token) || words.contains(bare);
    }
}
