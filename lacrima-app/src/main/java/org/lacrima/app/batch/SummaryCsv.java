package org.lacrima.app.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.lacrima.app.export.AtomicOutput;
import org.lacrima.app.export.CsvRows;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Outcome;

/**
 * One row per recording of a batch: whether it could be analysed (and if not, why), its
 * duration, channels and their quality, and its episodes counted by outcome.
 */
public final class SummaryCsv {
    /** The columns, in order; the three outcome counts follow {@link Outcome}'s order. */
    public static final List<String> HEADER = List.of("recording", "input", "status", "error", "durationSec",
            "channels", "channelTypes", "channelsUsed", "quality", "episodes", "resolved", "sustained", "subsided",
            "interrupted", "warnings");

    private SummaryCsv() {
    }

    /** Writes {@code items} to {@code target}. */
    public static void write(Path target, Collection<BatchItem> items) throws IOException {
        AtomicOutput.writeText(target, out -> {
            CsvRows csv = new CsvRows(out);
            csv.row(HEADER);
            for (BatchItem item : items) {
                csv.row(row(item));
            }
        });
    }

    static List<Object> row(BatchItem item) {
        List<Object> row = new ArrayList<>(List.of(item.name(), item.input().toString(), item.ok() ? "ok" : "failed",
                item.error().orElse("")));
        if (item.analysis().isEmpty()) {
            while (row.size() < HEADER.size()) {
                row.add(null); // every row has every column, empty where nothing was measured
            }
            return row;
        }
        SessionAnalysis a = item.analysis().get();
        List<ChannelSummary> used = a.channels().stream().filter(ChannelSummary::used).toList();
        row.add(a.durationSec());
        row.add(a.channels().size());
        row.add(String.join(";", a.channels().stream().map(c -> c.type().name()).distinct().toList()));
        row.add(String.join(";", used.stream().map(ChannelSummary::label).toList()));
        // quality: the usable fraction of the channels the analysis relied on (all channels if it used none)
        row.add((used.isEmpty() ? a.channels() : used).stream().mapToDouble(ChannelSummary::goodFraction)
                .filter(Double::isFinite).average().orElse(Double.NaN));
        row.add(a.episodes().size());
        for (Outcome o : Outcome.values()) {
            row.add(a.episodes().stream().filter(e -> e.outcome() == o).count());
        }
        row.add(a.episodes().stream().filter(e -> e.interrupted()).count());
        row.add(a.warnings().size());
        return row;
    }
}
