package org.lacrima.app.web;

import io.javalin.config.RoutesConfig;
import java.util.Arrays;
import java.util.List;
import org.lacrima.core.episode.EpisodeMetric;

/**
 * Serves the episode metric list as {@value #PATH}, made from {@link EpisodeMetric} (the one definition), so
 * the session page shows every metric the analysis has, in its order, without a list of its own. Like
 * {@code /vocabulary.json} it is public: it names measures, it holds no one's data.
 */
final class EpisodeMetricRoutes {
    static final String PATH = "/episode-metrics.json";

    /**
     * One metric as the page reads it.
     *
     * @param key     the name in the analysis JSON's {@code metrics}
     * @param label   a short heading
     * @param unit    {@code s}, {@code z}, {@code fraction}, {@code index}, or {@code ""} for a list of names
     * @param min     smallest value, null when unbounded or not numeric
     * @param max     largest value, null when unbounded or not numeric
     * @param meaning what it measures (Markdown, as in the README)
     */
    record Definition(String key, String label, String unit, Double min, Double max, String meaning) {
        static Definition of(EpisodeMetric m) {
            return new Definition(m.key(), m.label(), m.unit().symbol(), finite(m.range().min()),
                    finite(m.range().max()), m.meaning());
        }

        private static Double finite(double v) {
            return Double.isFinite(v) ? v : null;
        }
    }

    /** Every metric, in {@link EpisodeMetric}'s order. */
    static List<Definition> definitions() {
        return Arrays.stream(EpisodeMetric.values()).map(Definition::of).toList();
    }

    void register(RoutesConfig routes) {
        List<Definition> all = definitions();
        routes.get(PATH, ctx -> ctx.json(all));
    }
}
