package org.lacrima.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.csv.CsvRecordingReader;
import org.lacrima.io.csv.EventsCsv;
import org.lacrima.io.edf.EdfReader;
import picocli.CommandLine;

class SimulateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = LacrimaCli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    private static final String[] SESSION = {"simulate", "--minutes", "25", "--episodes",
            "resolved,subsided-interrupted", "--seed", "7", "--acc", "--rate", "EDA=4", "--rate", "ECG=256",
            "--ectopic-per-hour", "30"};

    private String[] session(String... more) {
        String[] args = java.util.Arrays.copyOf(SESSION, SESSION.length + more.length);
        System.arraycopy(more, 0, args, SESSION.length, more.length);
        return args;
    }

    @Test
    void edfReadsBackToTheSimulatedSamplesAndAnnotations() throws Exception {
        Path edf = dir.resolve("session.edf");
        Path truth = dir.resolve("truth.json");

        assertThat(run(session("--out", edf.toString(), "--truth", truth.toString()))).isZero();

        SimulatedSession expected = SessionSimulator.simulate(configOf(session("--out", "x.edf")));
        Recording read = EdfReader.read(edf, ChannelTyping.byLabel()).recording();

        assertThat(read.channels()).hasSize(expected.recording().channels().size());
        for (Channel want : expected.recording().channels()) {
            Channel got = read.channel(want.label()).orElseThrow();
            assertThat(got.type()).isEqualTo(want.type());
            assertThat(got.rateHz()).isEqualTo(want.rateHz());
            assertThat(got.length()).isEqualTo(want.length());
            assertThat(largestDifference(got, want)).as(want.label()).isLessThanOrEqualTo(quantisationStep(want));
        }
        List<Event> wantEvents = expected.recording().events();
        assertThat(read.events()).hasSameSizeAs(wantEvents).isNotEmpty();
        for (int i = 0; i < wantEvents.size(); i++) {
            assertThat(read.events().get(i).label()).isEqualTo(wantEvents.get(i).label());
            assertThat(read.events().get(i).onsetSec()).isCloseTo(wantEvents.get(i).onsetSec(), within(1e-3));
        }
        assertThat(read.metadata().subjectCode()).isEqualTo("SIM-7");

        JsonNode json = new ObjectMapper().readTree(truth.toFile());
        assertThat(json.get("episodes")).hasSize(2);
        assertThat(json.get("episodes").get(0).get("outcome").asText()).isEqualTo("resolved");
        assertThat(json.get("episodes").get(1).get("releaseSec").isNull()).isTrue();
        assertThat(json.get("episodes").get(1).get("interrupted").asBoolean()).isTrue();
        assertThat(json.get("beatTimesSec")).hasSize(expected.truth().beatTimesSec().length());
        assertThat(json.get("beatTimesSec").get(10).asDouble()).isEqualTo(expected.truth().beatTimesSec().get(10));
        assertThat(json.get("arousal").get("rateHz").asDouble()).isEqualTo(4.0);
        JsonNode config = json.get("config");
        assertThat(config.get("episodes").toString()).isEqualTo("[\"resolved\",\"subsided-interrupted\"]");
        assertThat(config.get("ratesHz").get("ECG").asDouble()).isEqualTo(256.0);
        assertThat(config.get("ectopicBeatsPerHour").asDouble()).isEqualTo(30.0);
    }

    @Test
    void csvReadsBackToTheSimulatedSamplesWithEventsInTheSidecar() throws Exception {
        Path csv = dir.resolve("session.csv");
        String[] args = {"simulate", "--minutes", "25", "--episodes", "subsided:interrupted,resolved", "--seed", "3",
                "--rate", "EDA=10", "--out", csv.toString()};

        assertThat(run(args)).isZero();

        SimulatedSession expected = SessionSimulator.simulate(configOf(args));
        Recording read = CsvRecordingReader.read(csv, ReadOptions.defaults()).recording();
        assertThat(read.channels()).hasSize(expected.recording().channels().size());
        for (Channel want : expected.recording().channels()) {
            Channel got = read.firstChannel(want.type()).orElseThrow();
            assertThat(got.rateHz()).isCloseTo(want.rateHz(), within(1e-9));
            assertThat(got.length()).isEqualTo(want.length());
            assertThat(largestDifference(got, want)).as(want.label()).isZero();
        }
        List<Event> events = EventsCsv.read(dir.resolve("session.events.csv"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo("intervention: calming");
            assertThat(e.onsetSec()).isCloseTo(expected.recording().events().get(0).onsetSec(), within(1e-6));
        });
    }

    @Test
    void ratesWithoutACommonCsvGridAreRefusedWithoutOutput() throws Exception {
        int code = run("simulate", "--minutes", "10", "--episodes", "none", "--rate", "PPG=99.9",
                "--out", dir.resolve("s.csv").toString());

        assertThat(code).isEqualTo(1);
        // one line, naming the file once
        assertThat(err.toString().strip()).contains("PPG").doesNotContain("\n")
                .containsOnlyOnce("s.csv").endsWith("write EDF instead");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void postureShiftsWhileTalkingAreAskedForAndRecordedInTheTruth() throws Exception {
        Path truth = dir.resolve("rr-truth.json");
        assertSwitchAskedForAndRecorded(new String[] {"simulate", "--minutes", "30", "--preset", "rr", "--wide",
            "--episodes", "none", "--confounders", "talking,posture-shift", "--shifts-while-talking", "--seed", "3",
            "--out", dir.resolve("rr.csv").toString(), "--truth", truth.toString()}, truth,
                SimulationConfig::shiftsWhileTalking, "shiftsWhileTalking");
    }

    /** Switches that change the whole session and leave nothing of their own in the truth but the switch itself. */
    static Stream<Arguments> sessionSwitches() {
        return Stream.of(
                Arguments.of("--natural-breathing", (Predicate<SimulationConfig>) SimulationConfig::naturalBreathing,
                        "naturalBreathing"),
                Arguments.of("--resting-wander", (Predicate<SimulationConfig>) SimulationConfig::restingWander,
                        "restingWander"),
                Arguments.of("--breathing-mode-rsa", (Predicate<SimulationConfig>) SimulationConfig::breathingModeRsa,
                        "breathingModeRsa"),
                Arguments.of("--pulse-timing-jitter", (Predicate<SimulationConfig>) SimulationConfig::pulseTimingJitter,
                        "pulseTimingJitter"),
                Arguments.of("--seated-fidgeting", (Predicate<SimulationConfig>) SimulationConfig::seatedFidgeting,
                        "seatedFidgeting"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessionSwitches")
    void aSessionSwitchIsAskedForAndRecordedInTheTruth(String option, Predicate<SimulationConfig> on, String field)
            throws Exception {
        Path truth = dir.resolve("rr-truth.json");
        assertSwitchAskedForAndRecorded(new String[] {"simulate", "--minutes", "10", "--preset", "rr", "--episodes",
            "none", option, "--seed", "3", "--out", dir.resolve("rr.csv").toString(), "--truth", truth.toString()},
                truth, on, field);
    }

    @Test
    void responseFractionationIsAskedForAndEachEpisodesSharesRecordedInTheTruth() throws Exception {
        Path truth = dir.resolve("chest-truth.json");
        assertSwitchAskedForAndRecorded(new String[] {"simulate", "--minutes", "60", "--preset", "chest-no-acc",
            "--wide", "--episodes", "resolved,resolved,sustained,subsided,resolved", "--response-fractionation",
            "--seed", "5", "--out", dir.resolve("chest.edf").toString(), "--truth", truth.toString()}, truth,
                SimulationConfig::responseFractionation, "responseFractionation");

        JsonNode episodes = new ObjectMapper().readTree(truth.toFile()).get("episodes");
        assertThat(episodes).hasSize(5).allSatisfy(e -> {
            assertThat(e.get("heartShare").asDouble()).isBetween(0.3, 1.0);
            assertThat(e.get("skinShare").asDouble()).isBetween(0.2, 1.0);
        });
        assertThat(episodes).as("this seed draws a weak skin for one episode")
                .anySatisfy(e -> assertThat(e.get("skinShare").asDouble()).isLessThan(0.5));
    }

    @Test
    void gesturesWhileTalkingAreAskedForAndRecordedInTheTruth() throws Exception {
        Path truth = dir.resolve("wrist-truth.json");
        assertSwitchAskedForAndRecorded(new String[] {"simulate", "--minutes", "20", "--preset", "wrist", "--episodes",
            "none", "--confounders", "talking", "--gestures-while-talking", "--seed", "3", "--out",
            dir.resolve("wrist.zip").toString(), "--truth", truth.toString()}, truth,
                SimulationConfig::gesturesWhileTalking, "gesturesWhileTalking");
    }

    @Test
    void arrivalIsAskedForAndRecordedWithItsCheckInTalkInTheTruth() throws Exception {
        Path truth = dir.resolve("rr-truth.json");
        assertSwitchAskedForAndRecorded(episodeFreeRr("15", "--arrival", truth), truth, SimulationConfig::arrival,
                "arrival");

        JsonNode confounders = new ObjectMapper().readTree(truth.toFile()).get("confounders");
        assertThat(confounders).anySatisfy(c -> {
            assertThat(c.get("kind").asText()).isEqualTo("arrival");
            assertThat(c.get("startSec").asDouble()).isZero();
        });
        assertThat(confounders).anySatisfy(c -> {
            assertThat(c.get("kind").asText()).endsWith("talking");
            assertThat(c.get("startSec").asDouble()).isBetween(10.0, 40.0);
        });
    }

    @Test
    void conversationIsAskedForAndRecordedWithItsTurnsInTheTruth() throws Exception {
        Path truth = dir.resolve("rr-truth.json");
        assertSwitchAskedForAndRecorded(episodeFreeRr("30", "--conversation", truth), truth,
                SimulationConfig::conversation, "conversation");

        double talking = 0;
        for (JsonNode c : new ObjectMapper().readTree(truth.toFile()).get("confounders")) {
            if (c.get("kind").asText().endsWith("talking")) {
                double length = c.get("endSec").asDouble() - c.get("startSec").asDouble();
                assertThat(length).isBetween(SimulationConfig.CONVERSATION_TURN_MIN_SEC,
                        SimulationConfig.CONVERSATION_TURN_MAX_SEC);
                talking += length;
            }
        }
        // turns from the end of the 3-minute baseline on, a third to three fifths of the clock, give or take the draw
        assertThat(talking / (27 * 60)).isBetween(0.2, 0.72);
    }

    @Test
    void quietCryingIsAskedForAndRecordedInTheTruth() throws Exception {
        Path truth = dir.resolve("chest-truth.json");
        assertSwitchAskedForAndRecorded(new String[] {"simulate", "--minutes", "20", "--preset", "rr", "--episodes",
            "resolved", "--wide", "--quiet-crying", "--seed", "3", "--out", dir.resolve("rr.txt").toString(),
            "--truth", truth.toString()}, truth, SimulationConfig::quietCrying, "quietCrying");
    }

    @Test
    void breathingExercisesAreAskedForAndRecordedWithTheirInterventionsInTheTruth() throws Exception {
        Path truth = dir.resolve("rr-truth.json");
        assertSwitchAskedForAndRecorded(episodeFreeRr("60", "--breathing-exercises", truth), truth,
                SimulationConfig::breathingExercises, "breathingExercises");

        JsonNode root = new ObjectMapper().readTree(truth.toFile());
        List<JsonNode> exercises = new ArrayList<>();
        root.get("confounders").forEach(c -> {
            if (c.get("kind").asText().equals("paced-breathing")) {
                exercises.add(c);
            }
        });
        assertThat(exercises).isNotEmpty();
        assertThat(root.get("episodes")).isEmpty();
        for (JsonNode exercise : exercises) {
            double start = exercise.get("startSec").asDouble();
            // the therapist marks the intervention 10-30 s before the client starts breathing at her pace
            assertThat(root.get("events")).anySatisfy(e -> {
                assertThat(e.get("label").asText()).contains("intervention");
                assertThat(start - e.get("onsetSec").asDouble()).isBetween(10.0, 30.0);
            });
            assertThat(exercise.get("endSec").asDouble() - start).isBetween(60.0, 240.0);
        }
    }

    /**
     * {@code args}, which write their truth to {@code truth}, run; the switch read by {@code on} is set in their
     * configuration and off by default, and the truth's config records it as {@code field}.
     */
    /** {@code simulate}'s arguments for an episode-free RR strap session of {@code minutes} with {@code option} on. */
    private String[] episodeFreeRr(String minutes, String option, Path truth) {
        return new String[] {"simulate", "--minutes", minutes, "--preset", "rr", "--episodes", "none", option, "--seed",
            "3", "--out", dir.resolve("rr.txt").toString(), "--truth", truth.toString()};
    }

    private void assertSwitchAskedForAndRecorded(String[] args, Path truth, Predicate<SimulationConfig> on,
                                                 String field) throws Exception {
        assertThat(run(args)).isZero();

        assertThat(on.test(configOf(args))).isTrue();
        assertThat(on.test(configOf("simulate", "--out", "x.edf"))).isFalse();
        assertThat(new ObjectMapper().readTree(truth.toFile()).get("config").get(field).asBoolean()).isTrue();
    }

    @Test
    void sameSeedWritesTheSameBytes() throws Exception {
        Path a = dir.resolve("a.edf");
        Path b = dir.resolve("b.edf");
        Path c = dir.resolve("c.edf");

        assertThat(run(session("--out", a.toString()))).isZero();
        assertThat(run(session("--out", b.toString()))).isZero();
        String[] otherSeed = session("--out", c.toString());
        otherSeed[6] = "8";
        assertThat(run(otherSeed)).isZero();

        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--episodes=crying", "--rate=FOO=5", "--minutes=5", "--dropout=EDA=5", "--noise=-1",
        "--episodes=spell:9", "--confounders=dancing", "--preset=watch"})
    void badOptionsFailWithOneLineAndWriteNothing(String bad) throws Exception {
        Path out = dir.resolve("bad.edf");

        int code = run("simulate", "--out", out.toString(), bad);

        assertThat(code).isNotZero();
        assertThat(err.toString().strip()).startsWith("lacrima: ").doesNotContain("\n").doesNotContain("Exception");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void wristPresetWithSpellsAndConfoundersWritesItsChannelsAndTheirTruth() throws Exception {
        Path csv = dir.resolve("wrist.csv");
        Path truth = dir.resolve("truth.json");
        String[] args = {"simulate", "--minutes", "40", "--preset", "wrist", "--wide", "--episodes",
            "spell:3,subsided-interrupted", "--confounders", "all", "--seed", "4", "--out", csv.toString(),
            "--truth", truth.toString()};

        assertThat(run(args)).isZero();

        SimulationConfig config = configOf(args);
        assertThat(config.device()).isEqualTo(org.lacrima.core.sim.DevicePreset.WRIST);
        Recording read = CsvRecordingReader.read(csv, ReadOptions.defaults()).recording();
        assertThat(read.channels()).extracting(c -> c.type().name()).containsExactlyInAnyOrder("PPG", "EDA", "ACC",
                "ACC", "ACC");
        JsonNode json = new ObjectMapper().readTree(truth.toFile());
        assertThat(json.get("episodes")).hasSize(4);
        assertThat(json.get("episodes").get(0).get("spell").asInt()).isEqualTo(1);
        assertThat(json.get("episodes").get(2).get("spell").asInt()).isEqualTo(1);
        assertThat(json.get("episodes").get(3).get("spell").asInt()).isEqualTo(2);
        assertThat(json.get("config").get("confounders")).hasSize(org.lacrima.core.sim.ConfounderKind.values().length);
        assertThat(json.get("confounders")).isNotEmpty();
        assertThat(json.get("confounders").get(0).get("kind").asText()).isNotBlank();
    }

    @Test
    void rrPresetWritesOneIntervalPerExportedBeat() throws Exception {
        Path csv = dir.resolve("polar.csv");
        Path truth = dir.resolve("truth.json");
        assertThat(run("simulate", "--minutes", "20", "--preset", "rr", "--episodes", "resolved", "--confounders",
                "missed-beat,split-beat", "--out", csv.toString(), "--truth", truth.toString())).isZero();

        Recording read = CsvRecordingReader.read(csv, ReadOptions.defaults()).recording();
        assertThat(read.channels()).singleElement().satisfies(c -> assertThat(c.type().name()).isEqualTo("RR"));
        JsonNode json = new ObjectMapper().readTree(truth.toFile());
        long artefacts = 0;
        for (JsonNode c : json.get("confounders")) {
            artefacts += c.get("kind").asText().endsWith("-beat") ? 1 : 0;
        }
        long missed = 0;
        long split = 0;
        for (JsonNode c : json.get("confounders")) {
            missed += c.get("kind").asText().equals("missed-beat") ? 1 : 0;
            split += c.get("kind").asText().equals("split-beat") ? 1 : 0;
        }
        assertThat(artefacts).isEqualTo(missed + split);
        assertThat(read.channels().get(0).length()).isEqualTo(json.get("beatTimesSec").size() - 1 - missed + split);
    }

    @Test
    void devicePresetsWriteTheirDevicesExportFormats() throws Exception {
        Path zip = dir.resolve("wrist.zip");
        Path txt = dir.resolve("strap.txt");
        assertThat(run("simulate", "--minutes", "20", "--preset", "wrist", "--episodes", "subsided-interrupted",
                "--out", zip.toString())).isZero();
        assertThat(run("simulate", "--minutes", "20", "--preset", "rr", "--episodes", "subsided-interrupted",
                "--out", txt.toString())).isZero();

        Recording e4 = org.lacrima.io.RecordingReaders.read(zip, ReadOptions.defaults()).recording();
        assertThat(e4.channels()).extracting(Channel::label).containsExactlyInAnyOrder("EDA", "BVP", "ACC_X", "ACC_Y",
                "ACC_Z");
        assertThat(e4.events()).singleElement().satisfies(e -> assertThat(e.label()).isEqualTo("tag"));
        Recording polar = org.lacrima.io.RecordingReaders.read(txt, ReadOptions.defaults()).recording();
        assertThat(polar.channels()).singleElement().satisfies(c -> assertThat(c.label()).isEqualTo("RR"));
        assertThat(EventsCsv.read(dir.resolve("strap.events.csv"))).singleElement()
                .satisfies(e -> assertThat(e.label()).isEqualTo("intervention: calming"));
        assertThat(run("simulate", "--minutes", "20", "--preset", "rr", "--episodes", "none", "--out",
                dir.resolve("rr.zip").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("rr.zip").contains("--preset wrist");
    }

    @Test
    void strapWithAccelerometerWritesAPolarSessionFolderThatReadsAsOneRecording() throws Exception {
        Path strap = dir.resolve("strap");
        assertThat(run("simulate", "--minutes", "20", "--preset", "rr-acc", "--episodes", "subsided-interrupted",
                "--confounders", "walk", "--seed", "5", "--out", strap.toString())).isZero();

        try (var files = Files.list(strap)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("strap_RR.txt", "strap_ACC.txt", "events.csv");
        }
        Recording read = org.lacrima.io.RecordingReaders.read(strap, ReadOptions.defaults()).recording();
        assertThat(read.channels()).extracting(Channel::label).containsExactlyInAnyOrder("RR", "ACC_X", "ACC_Y", "ACC_Z");
        assertThat(read.durationSec()).isCloseTo(20 * 60, org.assertj.core.api.Assertions.within(2.0));
        assertThat(EventsCsv.read(strap.resolve("events.csv"))).singleElement()
                .satisfies(e -> assertThat(e.label()).isEqualTo("intervention: calming"));
        // a folder exists already: refused, nothing changed
        assertThat(run("simulate", "--minutes", "20", "--preset", "rr-acc", "--episodes", "none", "--out",
                strap.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("strap: the session folder exists already").doesNotContain("\tat ");
        assertThat(run("simulate", "--minutes", "20", "--preset", "wrist", "--episodes", "none", "--out",
                dir.resolve("wrist").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--preset rr-acc");
        assertThat(dir.resolve("wrist")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"session.edf", "strap.txt", "strap"})
    void anOutputInAMissingFolderNamesTheFolder(String name) throws Exception {
        Path missing = dir.resolve("no-such-folder");
        int code = run("simulate", "--minutes", "20", "--preset", name.equals("session.edf") ? "chest" : name.equals(
                "strap") ? "rr-acc" : "rr", "--episodes", "none", "--out", missing.resolve(name).toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("lacrima: " + missing.toAbsolutePath() + ": no such folder");
    }

    /** A strap's RR intervals cannot go into EDF+: refused with the formats that hold them, no file left. */
    @ParameterizedTest
    @ValueSource(strings = {"rr", "rr-acc"})
    void anRrStrapIsNotWrittenAsEdfWithoutItsHeart(String preset) throws Exception {
        int code = run("simulate", "--minutes", "10", "--preset", preset, "--episodes", "none", "--out",
                dir.resolve("strap.edf").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("lacrima: ").contains("strap.edf: EDF+ cannot hold RR intervals")
                .contains(".txt").doesNotContain("\tat ");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void unknownOutputExtensionIsRefused() throws Exception {
        int code = run("simulate", "--minutes", "10", "--episodes", "none", "--out", dir.resolve("s.wav").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("s.wav").contains("unsupported output format");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void edfFollowsTheEdfPlusLayout() throws Exception {
        Path edf = dir.resolve("layout.edf");
        assertThat(run(session("--out", edf.toString()))).isZero();
        byte[] bytes = Files.readAllBytes(edf);
        String fixed = new String(bytes, 0, 256, java.nio.charset.StandardCharsets.US_ASCII);
        int signals = Integer.parseInt(fixed.substring(252, 256).trim());
        int headerBytes = Integer.parseInt(fixed.substring(184, 192).trim());
        int records = Integer.parseInt(fixed.substring(236, 244).trim());
        double recordSec = Double.parseDouble(fixed.substring(244, 252).trim());
        String header = new String(bytes, 0, headerBytes, java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(fixed.substring(0, 8)).isEqualTo("0       ");
        assertThat(fixed.substring(8, 88).trim()).startsWith("SIM-7 ");
        assertThat(fixed.substring(88, 88 + 20)).isEqualTo("Startdate 05-JAN-2026".substring(0, 20));
        assertThat(fixed.substring(168, 184)).isEqualTo("05.01.2610.00.00");
        assertThat(fixed.substring(192, 197)).isEqualTo("EDF+C");
        assertThat(headerBytes).isEqualTo(256 * (signals + 1));
        assertThat(header.chars()).allMatch(ch -> ch >= 32 && ch <= 126);
        // ECG, PPG, EDA, RSP, three ACC axes and the annotation signal
        assertThat(signals).isEqualTo(8);
        int sampleSum = 0;
        int annotationSpr = 0;
        for (int k = 0; k < signals; k++) {
            String label = header.substring(256 + 16 * k, 256 + 16 * (k + 1)).trim();
            int sprOffset = 256 + signals * (16 + 80 + 8 + 8 + 8 + 8 + 8 + 80);
            int spr = Integer.parseInt(header.substring(sprOffset + 8 * k, sprOffset + 8 * (k + 1)).trim());
            sampleSum += spr;
            if (label.equals("EDF Annotations")) {
                annotationSpr = spr;
                assertThat(k).isEqualTo(signals - 1);
            }
        }
        assertThat(annotationSpr).isPositive();
        assertThat(records * recordSec).isEqualTo(25 * 60.0);
        assertThat((long) bytes.length).isEqualTo(headerBytes + (long) records * sampleSum * 2);
        // each record's annotation signal opens with its time-keeping TAL
        int annotationStart = headerBytes + (sampleSum - annotationSpr) * 2;
        String firstTal = new String(bytes, annotationStart, 6, java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(firstTal).startsWith("+0\u0014\u0014\u0000");
    }

    private static SimulationConfig configOf(String... args) {
        SimulateCommand command = new SimulateCommand();
        new CommandLine(command).parseArgs(java.util.Arrays.copyOfRange(args, 1, args.length));
        return command.config();
    }

    private static double largestDifference(Channel got, Channel want) {
        double largest = 0;
        for (int i = 0; i < want.length(); i++) {
            largest = Math.max(largest, Math.abs(got.values().get(i) - want.values().get(i)));
        }
        return largest;
    }

    /** The EDF writer spans each channel's data range with 65535 steps. */
    private static double quantisationStep(Channel c) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.length(); i++) {
            min = Math.min(min, c.values().get(i));
            max = Math.max(max, c.values().get(i));
        }
        return Math.max((max - min) / 65535, 1e-12) * 1.01;
    }
}
