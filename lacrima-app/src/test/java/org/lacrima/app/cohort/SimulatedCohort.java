package org.lacrima.app.cohort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.core.sim.TrueEpisode;
import org.lacrima.io.edf.EdfWriter;

/**
 * A cohort made by the simulator: subjects nested in conditions that differ in how often a
 * build-up happens and how it ends, each session a short EDF+ (ECG 250 Hz, EDA 8 Hz), with the
 * manifest that lists them and the true outcome of every session. Shared (through this module's
 * test jar) by the one-machine and the Spark acceptance tests, so both engines meet the same cohort.
 */
public final class SimulatedCohort {
    /**
     * How a condition's sessions are drawn.
     *
     * @param name          the condition
     * @param episodeChance probability that a session has a build-up
     * @param resolvedShare probability that a build-up resolves (otherwise it subsides)
     */
    public record Condition(String name, double episodeChance, double resolvedShare) {
    }

    /** One simulated session and its truth. */
    public record Session(String file, String subject, String session, LocalDate date, String condition,
                   List<Outcome> truth, double durationSec) {
    }

    public static final double SESSION_SEC = 12 * 60;
    /** The acceptance cohort's arms: they differ in how often a build-up happens and how often it resolves. */
    public static final List<Condition> THREE_ARMS = List.of(
            new Condition("emotion-focused", 0.9, 0.75),
            new Condition("cbt", 0.7, 0.3),
            new Condition("waitlist", 0.4, 0.1));
    /** The bad rows of the acceptance manifest: a missing file, a file that is no EDF, a date that is no date. */
    public static final List<String> BAD_ROWS = List.of(
            "missing/s1.edf,ghost,s1,2026-02-01,cbt",
            "garbage.edf,broken,s1,2026-02-01,cbt",
            "late/s1.edf,late,s1,2026-13-40,cbt");
    public final Path dir;
    public final List<Session> sessions;

    private SimulatedCohort(Path dir, List<Session> sessions) {
        this.dir = dir;
        this.sessions = sessions;
    }

    /**
     * Simulates {@code subjectsPerCondition × sessionsPerSubject} sessions per condition into {@code dir}
     * (in parallel).
     */
    public static SimulatedCohort create(Path dir, List<Condition> conditions, int subjectsPerCondition,
                                  int sessionsPerSubject, long seed) throws IOException {
        List<Session> plan = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (Condition c : conditions) {
            for (int s = 1; s <= subjectsPerCondition; s++) {
                String subject = c.name() + "-" + s;
                for (int k = 1; k <= sessionsPerSubject; k++) {
                    List<Outcome> truth = rnd.nextDouble() < c.episodeChance()
                            ? List.of(rnd.nextDouble() < c.resolvedShare() ? Outcome.RESOLVED : Outcome.SUBSIDED)
                            : List.of();
                    plan.add(new Session(subject + "/s" + k + ".edf", subject, "s" + k,
                            LocalDate.of(2026, 1, 5).plusWeeks(k), c.name(), truth, SESSION_SEC));
                }
            }
        }
        IntStream.range(0, plan.size()).parallel().forEach(i -> write(dir, plan.get(i), seed * 1000 + i));
        return new SimulatedCohort(dir, plan);
    }

    /**
     * The acceptance cohort: 216 twelve-minute sessions (3 arms × 12 subjects × 6 sessions, seed 17) in
     * {@code dir}, with the files the {@link #BAD_ROWS} name.
     */
    public static SimulatedCohort acceptance(Path dir) throws IOException {
        SimulatedCohort cohort = create(Files.createDirectories(dir), THREE_ARMS, 12, 6, 17);
        Files.writeString(dir.resolve("garbage.edf"), "this is not an EDF file at all\n");
        Files.createDirectories(dir.resolve("late"));
        Files.copy(dir.resolve(cohort.sessions.get(0).file()), dir.resolve("late/s1.edf"));
        return cohort;
    }

    /** The acceptance manifest: every session, then the {@link #BAD_ROWS}. */
    public Path writeAcceptanceManifest(Path target) throws IOException {
        return writeManifest(target, BAD_ROWS);
    }

    /** The recording name the cohort gives {@code s} ({@code SUBJECT_SESSION}). */
    public static String name(Session s) {
        return s.subject() + "_" + s.session();
    }

    private static void write(Path dir, Session s, long seed) {
        SimulationConfig config = SimulationConfig.defaults().withDurationSec(s.durationSec())
                .withOutcomes(s.truth().toArray(new Outcome[0])).withSeed(seed)
                .withChannels(EnumSet.of(ChannelType.ECG, ChannelType.EDA))
                .withRateHz(ChannelType.ECG, 250).withRateHz(ChannelType.EDA, 8);
        SimulatedSession simulated = SessionSimulator.simulate(config);
        List<Outcome> truth = simulated.truth().episodes().stream().map(TrueEpisode::outcome).toList();
        if (!truth.equals(s.truth())) {
            throw new IllegalStateException("the simulator did not script " + s.truth());
        }
        try {
            Path file = dir.resolve(s.file());
            Files.createDirectories(file.getParent());
            EdfWriter.write(simulated.recording(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a manifest of every session plus {@code extraRows} (CSV lines, paths relative to the manifest). */
    public Path writeManifest(Path target, List<String> extraRows) throws IOException {
        return writeManifest(target, sessions, extraRows);
    }

    public Path writeManifest(Path target, List<Session> rows, List<String> extraRows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("recording,subject,session,date,condition");
        Path base = target.toAbsolutePath().getParent();
        for (Session s : rows) {
            // recordings are named relative to the manifest's folder, as a researcher would
            lines.add(base.relativize(dir.toAbsolutePath().resolve(s.file())) + "," + s.subject() + "," + s.session()
                    + "," + s.date() + "," + s.condition());
        }
        lines.addAll(extraRows);
        return Files.write(target, lines);
    }

    /** The true share of episodes with {@code outcome} in {@code condition}. */
    public double trueShare(String condition, Outcome outcome) {
        List<Outcome> all = sessions.stream().filter(s -> s.condition().equals(condition))
                .flatMap(s -> s.truth().stream()).toList();
        return all.stream().filter(o -> o == outcome).count() / (double) all.size();
    }

    /** The true episodes per hour in {@code condition}. */
    public double trueEpisodesPerHour(String condition) {
        List<Session> in = sessions.stream().filter(s -> s.condition().equals(condition)).toList();
        return in.stream().mapToInt(s -> s.truth().size()).sum() / (in.size() * SESSION_SEC / 3600);
    }

    public Map<String, List<Session>> byCondition() {
        return sessions.stream().collect(Collectors.groupingBy(Session::condition));
    }
}
