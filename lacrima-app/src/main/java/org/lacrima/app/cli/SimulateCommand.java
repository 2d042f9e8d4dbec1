package org.lacrima.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.Dropout;
import org.lacrima.core.sim.EpisodeVariety;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.app.sim.SimulationOutput;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lacrima simulate}: writes a simulated session (EDF+ or CSV, by the extension of
 * {@code --out}) and, optionally, its ground truth as JSON.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulate a therapy session with known episodes and write it as EDF+ or CSV,",
                "with its ground truth (episodes, beats, SCRs, breaths, latent arousal) as JSON."},
        footer = {"", "Example:",
                "  lacrima simulate --minutes 40 --episodes resolved,subsided,sustained",
                "      --seed 7 --out session.edf --truth truth.json",
                "  lacrima simulate --minutes 30 --preset wrist --wide --episodes spell:3,subsided-interrupted",
                "      --confounders all --out wrist.csv --truth truth.json"})
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--minutes", paramLabel = "MIN", description = "Session length in minutes (default: ${DEFAULT-VALUE}).")
    double minutes = 40;

    @Option(names = "--episodes", paramLabel = "LIST", split = ",",
            description = {"Episodes in session order: resolved, sustained, subsided, subsided-interrupted",
                    "(or subsided:interrupted), or a spell of bouts 1-3 min apart: spell:N (N = 2..6 resolved",
                    "bouts) or spell:resolved+resolved+subsided; 'none' for a calm session",
                    "(default: resolved,subsided,sustained)."})
    List<String> episodes = List.of("resolved", "subsided", "sustained");

    @Option(names = "--wide",
            description = {"Draw episodes from the widened ranges: build-ups 20 s - 10 min of several rise shapes,",
                    "small to large peaks, fast or slow releases, immediate, delayed or weak vagal rebound",
                    "(bouts of a spell always are)."})
    boolean wide;

    @Option(names = "--confounders", paramLabel = "LIST", split = ",",
            description = {"Everyday confounders, recorded in the truth: talking, posture-shift, laughter, sigh,",
                    "startle, walk, electrode-settling, electrode-motion (a chest ECG's noise while the trunk",
                    "moves), wrist-motion, ectopic-beat, missed-beat, split-beat, bluetooth-dropout (a strap",
                    "loses 5-60 s of beats, and of its accelerometer, in transit, about twice an hour),",
                    "talking-while-crying (in the build-up of half the episodes), emotional-talking (talk about",
                    "the hurt without crying: the heart steps up 4-14 bpm), heated-talking (2-5 min recounting",
                    "a grievance: arousal builds over the talk and outlasts it); 'all' for every one,",
                    "'none' (default)."})
    List<String> confounders = List.of();

    @Option(names = "--shifts-while-talking",
            description = {"Posture shifts may come while the client talks (clients shift in the chair",
                    "mid-sentence); otherwise behavioural confounders keep 10 s apart."})
    boolean shiftsWhileTalking;

    @Option(names = "--gestures-while-talking",
            description = {"Half the talks come with the hands moving through them (gestures of 2-8 s, pauses",
                    "of 0.5-3 s), as an animated talker's; otherwise wrist gestures are brief."})
    boolean gesturesWhileTalking;

    @Option(names = "--breathing-exercises",
            description = {"The therapist leads breathing exercises between the episodes (about two an hour):",
                    "a calming intervention is marked, then 1-4 min of slow paced breathing, no episode."})
    boolean breathingExercises;

    @Option(names = "--arrival",
            description = {"The client has just walked in when the recording starts: the heart comes down from",
                    "walking, a posture shift or two, and a check-in talk of 1.5-5 min before anything else."})
    boolean arrival;

    @Option(names = "--resting-wander",
            description = {"The resting state wanders over the session: resting heart rate by a few bpm and the",
                    "skin conductance level by a tenth, over 5-10 min, so later calm stretches sit off the baseline."})
    boolean restingWander;

    @Option(names = "--natural-breathing",
            description = {"Calm breaths vary in length and depth as much as people's do at rest (about 20-25 %%",
                    "breath to breath) and the heart's swing follows each breath's volume and length; otherwise",
                    "they are more regular than people breathe."})
    boolean naturalBreathing;

    @Option(names = "--breathing-mode-rsa",
            description = {"The heart swings less with the breath while the client talks, laughs or walks, at the",
                    "same vagal tone (RSA 0.5-0.8 of the resting swing over a talk, 0.3-0.7 over a laugh);",
                    "otherwise RSA follows vagal tone whatever the breathing. The acceptance suite runs with it."})
    boolean breathingModeRsa;

    @Option(names = "--response-fractionation",
            description = {"Each episode draws which systems carry its build-up: in about a quarter the heart's",
                    "sympathetic rise is 0.3-0.6 of the client's, in about a quarter (independently) the skin's",
                    "0.2-0.5, as one person's systems do not rise together every time. Each episode's shares",
                    "are written to the truth (heartShare, skinShare)."})
    boolean responseFractionation;

    @Option(names = "--pulse-timing-jitter",
            description = {"Each pulse reaches the PPG sensor a little early or late, beat by beat (6-16 ms standard",
                    "deviation, drawn per session), as pulse intervals measured at the wrist vary against the",
                    "heart's (11-18 ms on real E4 recordings)."})
    boolean pulseTimingJitter;

    @Option(names = "--seated-fidgeting",
            description = {"A wrist-worn sensor's hand moves while the client sits: 30-200 short, slow movements an",
                    "hour (drawn per session), from a client sitting still to a restless reader, as real wrists",
                    "move in 3-27 %% of the seconds (--preset wrist only)."})
    boolean seatedFidgeting;

    @Option(names = "--tonic-decline",
            description = {"The tonic skin conductance level comes down over the first minutes as the client settles:",
                    "it starts 1.2-4 times its resting level and falls towards it with a time constant of 3-12",
                    "minutes (real wrists came down from 6 and 12 times it within minutes)."})
    boolean tonicDecline;

    @Option(names = "--quiet-crying",
            description = {"Half the widened bouts cry without sobbing: the rise, the tears' release and the vagal",
                    "rebound, but a breath that stays as it was (many criers' breathing does not change)."})
    boolean quietCrying;

    @Option(names = "--conversation",
            description = {"The client talks through the calm stretches in turns of 20-180 s (half of them on what",
                    "hurts), over a third to three fifths of the time after the resting baseline, as a therapy",
                    "session is a conversation."})
    boolean conversation;

    @Option(names = "--preset", paramLabel = "DEVICE",
            description = {"Recording device: lab (default: ECG, PPG, EDA, RSP at --rate), chest (ECG 250 Hz,",
                    "EDA 32 Hz, RSP 25 Hz, ACC 32 Hz), chest-no-acc (the same without accelerometer, as lab",
                    "amplifiers export it), wrist (E4-like: BVP 64 Hz, weak wrist EDA 4 Hz, ACC 32 Hz),",
                    "rr (RR intervals only, Polar-like; write .txt), rr-acc (the strap's RR and its ACC at 50 Hz;",
                    "write a folder). --rate and --channels still override it."})
    String preset = "lab";

    @Option(names = "--seed", paramLabel = "N",
            description = "Random seed; the same seed gives the same file (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = {"Output recording: .edf (EDF+, interventions as annotations; not for the RR straps,",
                    "whose intervals EDF+ cannot hold), .csv (events in",
                    "the sidecar NAME.events.csv next to it), .zip (an Empatica E4 export: EDA, BVP, ACC,",
                    "events as tags; --preset wrist), .txt (a Polar Sensor Logger RR export, events in",
                    "the sidecar; --preset rr) or a name without extension (a Polar Sensor Logger session",
                    "folder: NAME_RR.txt, NAME_ACC.txt, events.csv; --preset rr-acc)."})
    Path out;

    @Option(names = "--truth", paramLabel = "FILE", description = "Write the ground truth as JSON to this file.")
    Path truth;

    @Option(names = "--rate", paramLabel = "TYPE=HZ",
            description = "Sampling rate of a channel type, repeatable, e.g. --rate ECG=250 --rate EDA=4"
                    + " (defaults: ECG=500 PPG=100 EDA=50 RSP=50 ACC=50).")
    Map<String, Double> rates = new LinkedHashMap<>();

    @Option(names = "--channels", paramLabel = "LIST", split = ",",
            description = "Channel types to generate, from ECG, PPG, EDA, RSP, ACC, RR (default: those of --preset).")
    List<String> channels;

    @Option(names = "--acc", description = "Also generate the 3-axis accelerometer (ACC_X, ACC_Y, ACC_Z).")
    boolean acc;

    @Option(names = "--noise", paramLabel = "LEVEL",
            description = "Noise level: 0 clean, 1 typical ambulatory recording (default: ${DEFAULT-VALUE}).")
    double noise = 0.2;

    @Option(names = "--mains-hz", paramLabel = "HZ",
            description = "Mains hum frequency on ECG, 0 for none (default: ${DEFAULT-VALUE}).")
    double mainsHz = 50;

    @Option(names = "--no-motion", description = "No body movements (and so no motion artefacts on EDA and PPG).")
    boolean noMotion;

    @Option(names = "--ectopic-per-hour", paramLabel = "N",
            description = "Premature ventricular beats per hour (default: ${DEFAULT-VALUE}).")
    double ectopicPerHour = 0;

    @Option(names = "--dropout", paramLabel = "TYPE=FROM:TO",
            description = "A sensor dropout (flat zero) in seconds, repeatable, e.g. --dropout EDA=600:630.")
    List<String> dropouts = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        SimulationConfig config = config();
        SimulatedSession session = SessionSimulator.simulate(config);
        SimulationOutput.write(session, config, out, truth);

        spec.commandLine().getOut().printf(Locale.ROOT, "%s: %.1f min, %d episodes, %d channels%s%s%n", out,
                config.durationSec() / 60, session.truth().episodes().size(), session.recording().channels().size(),
                SimulationOutput.eventsFile(out).map(f -> "; events in " + f).orElse(""),
                truth == null ? "" : "; truth in " + truth);
        return 0;
    }

    /** The simulation configuration the options describe. */
    SimulationConfig config() {
        SimulationConfig config = SimulationConfig.preset(DevicePreset.parse(preset))
                .withDurationSec(minutes * 60)
                .withVariety(wide ? EpisodeVariety.WIDE : EpisodeVariety.CLASSIC)
                .withConfounders(confounderKinds())
                .withEpisodes(episodeSpecs())
                .withSeed(seed)
                .withNoiseLevel(noise)
                .withMainsHumHz(mainsHz)
                .withMotionArtefacts(!noMotion)
                .withEctopicBeatsPerHour(ectopicPerHour)
                .withShiftsWhileTalking(shiftsWhileTalking)
                .withGesturesWhileTalking(gesturesWhileTalking)
                .withBreathingExercises(breathingExercises)
                .withArrival(arrival)
                .withRestingWander(restingWander)
                .withNaturalBreathing(naturalBreathing)
                .withBreathingModeRsa(breathingModeRsa)
                .withResponseFractionation(responseFractionation)
                .withPulseTimingJitter(pulseTimingJitter)
                .withSeatedFidgeting(seatedFidgeting)
                .withTonicDecline(tonicDecline)
                .withQuietCrying(quietCrying)
                .withConversation(conversation);
        for (Map.Entry<String, Double> rate : rates.entrySet()) {
            config = config.withRateHz(channelType(rate.getKey()), rate.getValue());
        }
        if (channels != null) {
            Set<ChannelType> types = EnumSet.noneOf(ChannelType.class);
            channels.forEach(c -> types.add(channelType(c)));
            config = config.withChannels(types);
        }
        if (acc) {
            config = config.withAcc(true);
        }
        for (String d : dropouts) {
            config = config.withDropout(dropout(d));
        }
        return config;
    }

    private List<EpisodeSpec> episodeSpecs() {
        if (episodes.size() == 1 && episodes.get(0).trim().equalsIgnoreCase("none")) {
            return List.of();
        }
        return EpisodeSpec.parseList(episodes);
    }

    private Set<ConfounderKind> confounderKinds() {
        Set<ConfounderKind> kinds = EnumSet.noneOf(ConfounderKind.class);
        for (String c : confounders) {
            String t = c.trim();
            if (t.equalsIgnoreCase("all")) {
                kinds.addAll(EnumSet.allOf(ConfounderKind.class));
            } else if (!t.isEmpty() && !t.equalsIgnoreCase("none")) {
                kinds.add(ConfounderKind.parse(t));
            }
        }
        return kinds;
    }

    private static ChannelType channelType(String name) {
        try {
            return ChannelType.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown channel type '" + name + "' (expected ECG, PPG, EDA, RSP, ACC or RR)", e);
        }
    }

    private static Dropout dropout(String text) {
        String[] typeAndSpan = text.split("=", 2);
        String[] span = typeAndSpan.length == 2 ? typeAndSpan[1].split(":", 2) : new String[0];
        if (span.length != 2) {
            throw new IllegalArgumentException("dropout '" + text + "' must look like TYPE=FROM:TO, e.g. EDA=600:630");
        }
        try {
            return new Dropout(channelType(typeAndSpan[0]), Double.parseDouble(span[0]), Double.parseDouble(span[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("dropout '" + text + "': FROM and TO must be seconds", e);
        }
    }
}
