package org.lacrima.app.export;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeExplanation;
import org.lacrima.core.episode.EpisodeMetric;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Spell;
import org.lacrima.core.episode.Outcome;

/**
 * One row per episode with every field and every metric, named as in the JSON output
 * ({@code onsetSec}, {@code peakS}, {@code vagalReboundSize} ...), preceded by the recording it
 * came from and the episode's number within it. The columns follow the {@link Episode} record and the metric
 * definition ({@link EpisodeMetric}), so a metric added there appears here without further code; then the
 * episode's spell number and its explanation ({@link EpisodeExplanation}).
 */
public final class EpisodesCsv {
    private static final List<RecordComponent> EPISODE_FIELDS = List.of(Episode.class.getRecordComponents())
            .stream().filter(c -> c.getType() != EpisodeMetrics.class).toList();

    /** The episodes of one analysed recording, named for the table. */
    public record Source(String recording, SessionAnalysis analysis) {
    }

    private EpisodesCsv() {
    }

    /** Writes the episodes of all {@code sources}, in order, to {@code target}. */
    public static void write(Path target, Collection<Source> sources) throws IOException {
        AtomicOutput.writeText(target, out -> {
            CsvRows csv = new CsvRows(out);
            csv.row(header());
            for (Source source : sources) {
                List<Episode> episodes = source.analysis().episodes();
                int[] spells = Spell.numbers(source.analysis().spells(), episodes.size());
                for (int i = 0; i < episodes.size(); i++) {
                    csv.row(row(source.recording(), i + 1, episodes.get(i), spells[i]));
                }
            }
        });
    }

    /** The column names. */
    public static List<String> header() {
        List<String> header = new ArrayList<>(List.of("recording", "episode"));
        EPISODE_FIELDS.forEach(c -> header.add(c.getName()));
        for (EpisodeMetric m : EpisodeMetric.values()) {
            header.add(m.key());
        }
        header.add("spell");
        header.add("explanation");
        return header;
    }

    /** One episode's cells, in {@link #header()} order. */
    public static List<Object> row(String recording, int number, Episode episode, int spell) {
        List<Object> row = new ArrayList<>(List.of(recording, number));
        EPISODE_FIELDS.forEach(c -> row.add(cellValue(read(c, episode))));
        for (EpisodeMetric m : EpisodeMetric.values()) {
            row.add(cellValue(m.numeric() ? m.value(episode.metrics()) : m.names(episode.metrics())));
        }
        row.add(spell);
        row.add(EpisodeExplanation.of(episode));
        return row;
    }

    private static Object cellValue(Object value) {
        if (value instanceof Outcome outcome) {
            return outcome.jsonName();
        }
        if (value instanceof Collection<?> list) {
            // a list in one cell: ";" keeps the cell unquoted and splits easily in R or pandas
            return String.join(";", list.stream().map(String::valueOf).toList());
        }
        return value;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
