package org.lacrima.app.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lacrima.app.cli.LacrimaCli;
import org.lacrima.core.episode.Outcome;

/**
 * The acceptance checks both cohort engines must pass on the {@link SimulatedCohort#acceptance}
 * cohort: each recording's episode rows are what {@code analyze --json} writes, and the summary
 * recovers the arms' known differences.
 */
public final class CohortAcceptance {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The episode rows of one recording (by its cohort name), ordered by episode number, lists as Java lists. */
    @FunctionalInterface
    public interface EpisodeRows {
        List<Map<String, Object>> of(String recording) throws Exception;
    }

    private CohortAcceptance() {
    }

    /** Four sessions across the arms: their rows equal {@code analyze FILE --json} field for field. */
    public static void assertEpisodesAreWhatAnalyzeWrites(SimulatedCohort cohort, Path tmp, EpisodeRows rows)
            throws Exception {
        for (int index : new int[] {0, 80, 150, 215}) {
            SimulatedCohort.Session s = cohort.sessions.get(index);
            JsonNode analysed = analyze(cohort.dir.resolve(s.file()), tmp.resolve("analyze-" + index + ".json"));
            List<Map<String, Object>> episodes = rows.of(SimulatedCohort.name(s));
            assertThat(episodes).as(SimulatedCohort.name(s)).hasSize(analysed.path("episodes").size());
            for (int i = 0; i < episodes.size(); i++) {
                assertSameEpisode(episodes.get(i), analysed.path("episodes").get(i));
                assertThat(episodes.get(i)).containsEntry("condition", s.condition()).containsEntry("subject", s.subject());
            }
        }
    }

    private static JsonNode analyze(Path recording, Path json) throws IOException {
        int exit = LacrimaCli.commandLine().execute("analyze", recording.toString(), "--json", json.toString());
        assertThat(exit).isZero();
        return JSON.readTree(json.toFile());
    }

    /** Every field of the JSON episode, with its metrics, is a column with the same value. */
    public static void assertSameEpisode(Map<String, Object> row, JsonNode episode) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        episode.fields().forEachRemaining(fields::add);
        episode.path("metrics").fields().forEachRemaining(fields::add);
        for (Map.Entry<String, JsonNode> f : fields) {
            if (f.getValue().isObject()) {
                continue;
            }
            assertThat(row).containsKey(f.getKey());
            Object cell = row.get(f.getKey());
            JsonNode v = f.getValue();
            if (v.isNull()) {
                assertThat(cell).as(f.getKey()).isNull();
            } else if (v.isNumber()) {
                assertThat(((Number) cell).doubleValue()).as(f.getKey()).isEqualTo(v.asDouble());
            } else if (v.isBoolean()) {
                assertThat(cell).as(f.getKey()).isEqualTo(v.asBoolean());
            } else if (v.isArray()) {
                List<String> texts = new ArrayList<>();
                v.forEach(x -> texts.add(x.asText()));
                assertThat(cell).as(f.getKey()).isEqualTo(texts);
            } else {
                assertThat(cell).as(f.getKey()).isEqualTo(v.asText());
            }
        }
    }

    /**
     * Every arm has its 72 sessions of 12 subjects; its true episode rate and outcome shares fall inside
     * the reported intervals; and the differences the arms were built with show beyond the intervals.
     */
    public static void assertSummaryRecoversTheArms(CohortSummary summary, SimulatedCohort cohort) {
        Map<String, CohortSummary.ConditionSummary> byName = new HashMap<>();
        summary.conditions().forEach(c -> byName.put(c.condition(), c));
        assertThat(byName).containsOnlyKeys("emotion-focused", "cbt", "waitlist");
        for (SimulatedCohort.Condition c : SimulatedCohort.THREE_ARMS) {
            CohortSummary.ConditionSummary s = byName.get(c.name());
            assertThat(s.sessions()).isEqualTo(72);
            assertThat(s.subjects()).isEqualTo(12);
            assertThat(s.episodesPerHour().contains(cohort.trueEpisodesPerHour(c.name())))
                    .as("episodes per hour of %s", c.name()).isTrue();
            for (Outcome o : Outcome.values()) {
                double truth = cohort.trueShare(c.name(), o);
                Bootstrap.Interval i = s.outcomeShares().get(o.jsonName());
                assertThat(i.contains(truth)).as("%s share of %s: %s vs true %s", o, c.name(), i, truth).isTrue();
            }
        }
        Bootstrap.Interval ef = byName.get("emotion-focused").outcomeShares().get("resolved");
        Bootstrap.Interval cbt = byName.get("cbt").outcomeShares().get("resolved");
        Bootstrap.Interval wait = byName.get("waitlist").outcomeShares().get("resolved");
        assertThat(ef.low()).isGreaterThan(cbt.high());
        assertThat(cbt.low()).isGreaterThan(wait.high());
        assertThat(byName.get("emotion-focused").episodesPerHour().low())
                .isGreaterThan(byName.get("waitlist").episodesPerHour().high());
        assertThat(byName.get("emotion-focused").buildUpSec().count()).isEqualTo(byName.get("emotion-focused").episodes());
    }
}
