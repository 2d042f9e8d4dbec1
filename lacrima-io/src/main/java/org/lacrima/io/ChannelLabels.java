package org.lacrima.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Channels are distinct by position, but the analysis and the outputs know them by label: two
 * leads both labelled {@code ECG} (MIT-BIH/SVDB record 800) were joined end to end into one channel
 * of double length. The second and later channels of a label become {@code ECG#2}, {@code ECG#3}
 * (skipping labels the file already uses), with one warning per repeated label (issue 13).
 */
public final class ChannelLabels {
    private ChannelLabels() {
    }

    /**
     * Labels for {@code labels}, in order, with repeats made unique.
     *
     * @param warnings receives one line per repeated label, naming {@code file}
     */
    public static List<String> unique(Path file, List<String> labels, List<String> warnings) {
        Set<String> taken = new HashSet<>(labels);
        Set<String> seen = new HashSet<>();
        Map<String, List<String>> renamed = new LinkedHashMap<>();
        List<String> out = new ArrayList<>(labels.size());
        for (String label : labels) {
            if (seen.add(label)) {
                out.add(label);
                continue;
            }
            int n = 2;
            while (taken.contains(label + "#" + n)) {
                n++;
            }
            String unique = label + "#" + n;
            taken.add(unique);
            out.add(unique);
            renamed.computeIfAbsent(label, l -> new ArrayList<>(List.of(l))).add(unique);
        }
        renamed.forEach((label, names) -> warnings.add(file.getFileName() + ": " + names.size()
                + " channels are labelled '" + label + "'; kept apart as " + String.join(", ", names)));
        return out;
    }

    /** {@code channels} with their labels made unique by {@link #unique(Path, List, List)}. */
    public static List<ChannelInfo> uniqueInfos(Path file, List<ChannelInfo> channels, List<String> warnings) {
        List<String> labels = unique(file, channels.stream().map(ChannelInfo::label).toList(), warnings);
        List<ChannelInfo> out = new ArrayList<>(channels.size());
        for (int i = 0; i < channels.size(); i++) {
            ChannelInfo c = channels.get(i);
            out.add(new ChannelInfo(labels.get(i), c.type(), c.unit(), c.rateHz()));
        }
        return out;
    }
}
