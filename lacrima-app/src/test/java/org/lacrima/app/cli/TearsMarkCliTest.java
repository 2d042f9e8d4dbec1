package org.lacrima.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.core.episode.DropReason;

/**
 * A therapist's tears mark, as a user gives it: a Polar strap's session simulated with {@code lacrima simulate},
 * analysed with {@code lacrima analyze}, and analysed again with an events file that marks tears at a true bout the
 * signals alone turned down. The bout then comes out as an episode whose warning names the mark and the check it
 * failed, and every other episode stays as it was.
 */
class TearsMarkCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aTrueBoutTheStrapAloneTurnedDownIsKeptOnTheTearsMarkedAtIt() throws IOException {
        for (int seed = 1; seed <= 12; seed++) {
            Path rr = dir.resolve("strap-" + seed + ".txt");
            Path truth = dir.resolve("truth-" + seed + ".json");
            CliRun sim = CliRun.of("simulate", "--preset", "rr", "--wide", "--seed", String.valueOf(seed), "--minutes",
                    "30", "--episodes", "spell:5", "--confounders", "talking,posture-shift,laughter,sigh,startle",
                    "--out", rr.toString(), "--truth", truth.toString());
            assertThat(sim.exit()).as(sim.err()).isZero();
            JsonNode plain = analyse(rr, null, "plain-" + seed);
            JsonNode bout = turnedDownTrueBout(plain, JSON.readTree(truth.toFile()).path("episodes"));
            if (bout == null) {
                continue;
            }
            double onsetSec = bout.path("onsetSec").asDouble();
            Path events = dir.resolve("events-" + seed + ".csv");
            Files.writeString(events, String.format(Locale.ROOT, "onset,label,duration,kind%n%.1f,tears,0,tears%n",
                    bout.path("peakSec").asDouble() + 5));

            JsonNode marked = analyse(rr, events, "marked-" + seed);

            List<JsonNode> kept = new ArrayList<>();
            marked.path("episodes").forEach(e -> {
                if (Math.abs(e.path("onsetSec").asDouble() - onsetSec) < 1) {
                    kept.add(e);
                }
            });
            assertThat(kept).as("seed %d: an episode where the bout turned down at %.0f s was", seed, onsetSec)
                    .hasSize(1);
            assertThat(kept.get(0).path("warnings").toString()).contains("kept because tears were marked")
                    .contains(bout.path("description").asText());
            assertThat(marked.path("episodes").size()).isEqualTo(plain.path("episodes").size() + 1);
            assertThat(marked.path("droppedCandidates").size()).isEqualTo(plain.path("droppedCandidates").size() - 1);
            return;
        }
        throw new AssertionError("no simulated strap session had a true bout turned down once decided");
    }

    private JsonNode analyse(Path recording, Path events, String name) throws IOException {
        Path out = dir.resolve(name + ".json");
        List<String> args = new ArrayList<>(List.of("analyze", recording.toString(), "--json", out.toString()));
        if (events != null) {
            args.addAll(List.of("--events", events.toString()));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(out.toFile());
    }

    /** The first candidate turned down once decided whose peak lies within a true bout, or null. */
    private static JsonNode turnedDownTrueBout(JsonNode analysis, JsonNode truth) {
        for (JsonNode d : analysis.path("droppedCandidates")) {
            double peak = d.path("peakSec").asDouble();
            if (!DropReason.fromName(d.path("reason").asText()).judgedOnDecision()) {
                continue;
            }
            for (JsonNode t : truth) {
                if (peak >= t.path("onsetSec").asDouble() && peak <= t.path("endSec").asDouble()) {
                    return d;
                }
            }
        }
        return null;
    }
}
