package org.lacrima.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lacrima.app.jobs.AnalysisSettings;
import org.lacrima.app.store.Client;
import org.lacrima.app.store.Clinic;
import org.lacrima.app.store.Clinician;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.NewSession;
import org.lacrima.app.store.SessionFile;
import org.lacrima.app.store.SessionRecords;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.edf.EdfWriter;

/**
 * Seeds a demo clinician and a demo client whose simulated sessions tell a plausible course over
 * weeks: early build-ups that stay high or are cut short, later ones that resolve. The sessions go
 * through the same store and queue as real uploads (EDF+ files, analysed in the background).
 */
public final class DemoClinic {
    /** Login of the demo clinician. */
    public static final String EMAIL = "demo@lacrima.local";
    /** Password of the demo clinician; the server listens on loopback unless told otherwise. */
    public static final String PASSWORD = "lacrima-demo";
    static final String CLIENT_CODE = "DEMO-1";
    private static final double SESSION_SEC = 26 * 60;

    /** One demo session: its episodes in order and the client's distress before and after. */
    public record Plan(String title, List<EpisodeSpec> episodes, int distressBefore, int distressAfter) {
    }

    public static final List<Plan> COURSE = List.of(
            new Plan("Week 1", List.of(EpisodeSpec.of(Outcome.SUSTAINED), new EpisodeSpec(Outcome.SUBSIDED, true)), 8, 8),
            new Plan("Week 2", List.of(new EpisodeSpec(Outcome.SUBSIDED, true), EpisodeSpec.of(Outcome.RESOLVED)), 7, 6),
            new Plan("Week 3", List.of(EpisodeSpec.of(Outcome.RESOLVED), EpisodeSpec.of(Outcome.SUBSIDED)), 6, 4),
            new Plan("Week 4", List.of(EpisodeSpec.of(Outcome.RESOLVED), EpisodeSpec.of(Outcome.RESOLVED)), 5, 3));

    private DemoClinic() {
    }

    /**
     * Creates the demo clinician and client with their sessions, unless they exist already.
     *
     * @return true if anything was seeded
     */
    public static boolean seed(Clinic clinic, ContentStore content, Path scratch) throws IOException {
        Optional<Clinician> created = clinic.accounts().signUp(EMAIL, "Demo clinician", PASSWORD);
        if (created.isEmpty()) {
            return false;
        }
        Clinic.ClinicianScope scope = clinic.scopedTo(created.get());
        Client client = scope.clients().create(CLIENT_CODE, "simulated client for the demo").orElseThrow();
        Files.createDirectories(scratch);
        LocalDate firstDay = LocalDate.of(2026, 1, 5);
        for (int i = 0; i < COURSE.size(); i++) {
            Plan plan = COURSE.get(i);
            SimulatedSession session = SessionSimulator.simulate(SimulationConfig.defaults()
                    .withDurationSec(SESSION_SEC).withEpisodes(plan.episodes()).withSeed(100 + i));
            Path edf = scratch.resolve("demo-week-" + (i + 1) + ".edf");
            EdfWriter.write(session.recording(), edf);
            ContentStore.StoredContent stored;
            try (InputStream in = Files.newInputStream(edf)) {
                stored = content.put(in, Long.MAX_VALUE);
            } finally {
                Files.deleteIfExists(edf);
            }
            scope.sessions().create(client.id(),
                    new NewSession(plan.title(), firstDay.plusWeeks(i).toString(), null,
                            "Simulated session (seed " + (100 + i) + ").", plan.distressBefore(), plan.distressAfter()),
                    List.of(new SessionRecords.NewFile(SessionFile.RECORDING, edf.getFileName().toString(),
                            stored.sha256(), stored.sizeBytes())),
                    AnalysisSettings.defaults().toJson());
        }
        return true;
    }
}
