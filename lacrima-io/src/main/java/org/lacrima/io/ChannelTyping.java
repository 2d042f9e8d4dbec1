package org.lacrima.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lacrima.core.model.ChannelType;

/**
 * Decides what a channel measures from its label ("MLII", "ECG_1", "foot GSR", "Resp chest") and its
 * unit (mV, uS, bpm), by the one table in {@code channel-types.tsv} (documented there and in the
 * README), with user overrides by exact label (case-insensitive) taking precedence.
 */
public final class ChannelTyping {
    private static final Table TABLE = Table.load();
    private static final ChannelTyping DEFAULT = new ChannelTyping(Map.of());

    private final Map<String, ChannelType> overrides;

    private ChannelTyping(Map<String, ChannelType> overrides) {
        TreeMap<String, ChannelType> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        overrides.forEach((k, v) -> m.put(k.trim(), v));
        this.overrides = m;
    }

    /** Typing from labels and units only. */
    public static ChannelTyping byLabel() {
        return DEFAULT;
    }

    /** Typing from labels and units, except for the labels in {@code overrides} (matched case-insensitively). */
    public static ChannelTyping withOverrides(Map<String, ChannelType> overrides) {
        return overrides.isEmpty() ? DEFAULT : new ChannelTyping(overrides);
    }

    /** Whether the user mapped this label explicitly. */
    public boolean isOverridden(String label) {
        return overrides.containsKey(label.trim());
    }

    /** The type of the channel labelled {@code label}, unit unknown. */
    public ChannelType typeOf(String label) {
        return typeOf(label, null);
    }

    /** The type of the channel labelled {@code label} in {@code unit} (null or blank when unknown). */
    public ChannelType typeOf(String label, String unit) {
        ChannelType forced = overrides.get(label.trim());
        return forced != null ? forced : of(label, unit);
    }

    /** The type a label names, {@link ChannelType#OTHER} if it names none of the known ones. */
    public static ChannelType fromLabel(String label) {
        return of(label, null);
    }

    /**
     * The type a label and unit name together: the label's type if the unit agrees with it (or is
     * unknown), else the type the unit implies, else {@link ChannelType#OTHER}.
     */
    public static ChannelType of(String label, String unit) {
        String u = Table.normalUnit(unit);
        ChannelType byLabel = TABLE.typeOfLabel(label == null ? "" : label);
        if (byLabel != ChannelType.OTHER && (u.isEmpty() || TABLE.agrees(byLabel, u))) {
            return byLabel;
        }
        return TABLE.unitTypes.getOrDefault(u, ChannelType.OTHER);
    }

    /** The parsed {@code channel-types.tsv}. */
    private record Table(List<LabelRow> rows, Map<String, ChannelType> unitTypes) {
        private static final Pattern SEPARATORS = Pattern.compile("[^A-Z0-9]+");

        static Table load() {
            List<LabelRow> rows = new ArrayList<>();
            Map<String, ChannelType> units = new HashMap<>();
            try (InputStream in = ChannelTyping.class.getResourceAsStream("channel-types.tsv");
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    if (f[0].equals("UNIT")) {
                        units.put(normalUnit(f[1]), ChannelType.valueOf(f[2]));
                    } else {
                        Pattern words = Pattern.compile("(?<![A-Z0-9])(?:" + f[1] + ")(?![A-Z0-9])");
                        Set<String> agree = f[2].equals("*") ? Set.of() : Set.of(f[2].split("\\|"));
                        rows.add(new LabelRow(ChannelType.valueOf(f[0]), words, agree));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Table(List.copyOf(rows), Map.copyOf(units));
        }

        /** Units that say nothing about what was measured. */
        private static final Set<String> DIMENSIONLESS = Set.of("NU", "nu", "a.u.", "au", "AU", "-", "?", "none", "unknown");

        static String normalUnit(String unit) {
            String u = unit == null ? "" : unit.strip().replace('µ', 'u').replace('μ', 'u');
            return DIMENSIONLESS.contains(u) ? "" : u;
        }

        ChannelType typeOfLabel(String label) {
            String words = SEPARATORS.matcher(label.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
            ChannelType best = ChannelType.OTHER;
            int bestStart = Integer.MAX_VALUE;
            for (LabelRow row : rows) {
                Matcher m = row.words().matcher(words);
                if (m.find() && m.start() < bestStart) {
                    best = row.type();
                    bestStart = m.start();
                }
            }
            return best;
        }

        boolean agrees(ChannelType type, String unit) {
            return rows.stream().filter(r -> r.type() == type)
                    .anyMatch(r -> r.units().isEmpty() || r.units().contains(unit));
        }
    }

    /** One label row: the words that name {@code type}, and the units that agree with it (empty = any). */
    private record LabelRow(ChannelType type, Pattern words, Set<String> units) {
    }
}
