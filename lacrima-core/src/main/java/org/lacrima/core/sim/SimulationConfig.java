package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;

/**
 * What to simulate. Immutable; start from {@link #defaults()} and change fields with the
 * {@code withX} methods:
 * <pre>{@code
 * SimulationConfig cfg = SimulationConfig.defaults()
 *         .withDurationSec(40 * 60)
 *         .withEpisodes(List.of(EpisodeSpec.of(Outcome.RESOLVED), new EpisodeSpec(Outcome.SUBSIDED, true)))
 *         .withSeed(7)
 *         .withRateHz(ChannelType.EDA, 4);
 * }</pre>
 *
 * @param durationSec     session length in seconds
 * @param episodes        the episodes in session order; they are placed without overlap after a calm
 *                        baseline of at least 3 minutes, separated by calm stretches of at least 3.5 minutes
 * @param seed            the same seed (with the same other fields) gives identical samples
 * @param ratesHz         sampling rate in hertz per channel type; every type in {@code channels} needs one
 * @param noiseLevel      measurement noise and baseline wander: 0 is clean, 1 is a typical ambulatory
 *                        recording, larger is poor; also scales how often motion artefacts occur
 * @param channels        which channel types to generate (ECG, PPG, EDA, RSP, ACC)
 * @param mainsHumHz      mains interference frequency in hertz added to ECG, e.g. 50 or 60; 0 for none
 * @param motionArtefacts whether movements happen (seen on ACC, and corrupting EDA and PPG a little)
 * @param dropouts        stretches where a sensor reads flat zero
 * @param ectopicBeatsPerHour premature ventricular beats per hour (0: none); they appear in the ECG,
 *                        as weak pulses in the PPG, and in the truth and the recording's reference beats
 *                        with symbol "V"
 * @param variety         the ranges episodes are drawn from ({@link EpisodeVariety#CLASSIC} by default;
 *                        bouts of a spell always come from the widened ranges)
 * @param confounders     which everyday confounders happen (talking, walks, startles, beat artefacts, ...);
 *                        each is recorded in {@link GroundTruth#confounders()}
 * @param device          the recording device: {@link DevicePreset#WRIST} makes skin conductance weak;
 *                        {@link DevicePreset#applyTo} also sets its channels and rates
 * @param deepBreathRsa   whether the heart's swing with each breath (RSA) grows with the breath's volume, so a sigh,
 *                        a laugh's deep refills or a speech inhalation swing it by their own volume (Hirsch &amp; Bishop
 *                        1981); off by default: the acceptance's targets stand on the model without it, and
 *                        {@code DeepBreathRsaTest} measures what it does (docs/DETECTOR-HISTORY.md, eleventh session)
 * @param shiftsWhileTalking whether a posture shift may come while the client talks (everyday or emotional talk), as
 *                        clients shift in the chair mid-sentence; off by default and in the acceptance (behavioural
 *                        confounders then keep 10 s apart): with emotional talk it doubles the false episodes of
 *                        {@code EmotionalTalkingTest} (docs/DETECTOR-HISTORY.md, thirteenth session)
 * @param naturalBreathing whether ordinary breaths vary in length and depth as much as real resting breathing does
 *                        ({@link RespirationModel#NATURAL}) and the heart's swing follows each breath's volume and length (as
 *                        {@code deepBreathRsa}); off by default and in the acceptance: the regular breathing of the
 *                        model without it gives an RSA index 2-4 times steadier than real recordings do, and
 *                        {@code NaturalBreathingTest} measures what the natural one does to the detector
 *                        (docs/DETECTOR-HISTORY.md, fourteenth session)
 * @param gesturesWhileTalking whether half the talks (everyday, emotional or while crying) come with the hands moving
 *                        most of the time: gestures of 2-8 s with pauses of 0.5-3 s, as an animated talker's; off by
 *                        default and in the acceptance, whose wrist gestures are brief; {@code GesturesWhileTalkingTest}
 *                        measures what they do (docs/DETECTOR-HISTORY.md, sixteenth session)
 * @param breathingExercises whether the therapist leads breathing exercises outside the episodes: about two an hour,
 *                        each marked as a calming intervention and followed by 1-4 minutes of slow paced breathing that
 *                        raises vagal tone without any build-up or release ({@link ConfounderKind#PACED_BREATHING}); off
 *                        by default and in the acceptance; {@code BreathingExercisesTest} measures what they do
 *                        (docs/DETECTOR-HISTORY.md, seventeenth session)
 * @param arrival         whether the client has just walked in when the recording starts: the heart coming down from
 *                        walking, settling into the chair, and a check-in talk of 1.5-5 minutes, so that the first
 *                        minutes are unsettled ({@link ConfounderKind#ARRIVAL}); off by default and in the acceptance;
 *                        {@code ArrivalTest} measures what it does (docs/DETECTOR-HISTORY.md, eighteenth session)
 * @param restingWander   whether the resting state itself wanders over the session: resting heart rate by a few bpm and
 *                        the tonic skin conductance level by a tenth over several minutes ({@link RestingWander}), so that
 *                        the first minutes' baseline no longer stands for every later calm stretch; off by default and in
 *                        the acceptance; {@code RestingWanderTest} measures what it does (docs/DETECTOR-HISTORY.md,
 *                        nineteenth session)
 * @param breathingModeRsa whether the heart's swing with each breath (RSA) shrinks while the breathing itself is not
 *                        a resting client's: while talking (the HF power of heart period falls when people speak,
 *                        Bernardi et al. 2000, J Am Coll Cardiol 35: 1462-1469; Beda et al. 2007, Psychophysiology 44:
 *                        767-778), while laughing (LF/HF rose at once when laughter began and fell back right after
 *                        it, Sakuragi, Sugiyama &amp; Takeuchi 2002, J Physiol Anthropol 21: 159-165) and on exertion's
 *                        faster breaths (RSA falls about in proportion to the breathing period, Hirsch &amp; Bishop
 *                        1981), each time with no change of vagal
 *                        tone; off by default, on in the acceptance's suite since the twenty-second session (before,
 *                        its RSA followed the latent vagal tone whatever the breathing; docs/DETECTOR-HISTORY.md)
 * @param responseFractionation whether each episode draws which systems carry its build-up
 *                        ({@link ResponseFractionation}): in about a quarter of episodes the heart's sympathetic rise is
 *                        weak, in about a quarter the skin's, independently, as the same person's systems do not rise
 *                        together from one emotional moment to the next; off by default and in the acceptance;
 *                        {@code ResponseFractionationTest} measures what it does (docs/DETECTOR-HISTORY.md,
 *                        twenty-third session)
 * @param pulseTimingJitter whether each pulse reaches the PPG sensor a little early or late, beat by beat
 *                        ({@link PulseTimingJitter}): a wrist pulse's arrival time varies by 6-16 ms (standard deviation,
 *                        drawn per session) around the heart's beat plus the transit time, as pulse intervals measured at
 *                        the wrist do against the heart's (pulse transit time varies beat to beat, and the wrist's pulse
 *                        wave is weak and changes shape); off by default and in the acceptance;
 *                        {@code PulseTimingJitterGapTest} measures what it does (docs/DETECTOR-HISTORY.md, twenty-fifth
 *                        session)
 * @param seatedFidgeting  whether a wrist-worn sensor's hand moves while the client sits ({@link SeatedFidgeting}): 30-200
 *                        short, slow movements an hour (drawn per session), from the still client of an instructed
 *                        relaxation to a restless reader, as real wrists move (3-27 % of the seconds); the wrist preset
 *                        only; off by default and in the acceptance (docs/DETECTOR-HISTORY.md, twenty-fifth session)
 * @param tonicDecline     whether the tonic skin conductance level comes down over the first minutes of the session as the
 *                        client settles ({@link TonicDecline}): it starts 1.2-4 times its resting level and falls towards
 *                        it with a time constant of 3-12 minutes, at every site; off by default and in the acceptance;
 *                        {@code TonicDeclineTest} measures what it does (docs/DETECTOR-HISTORY.md, twenty-sixth session)
 * @param quietCrying      whether a share of the widened bouts ({@link #QUIET_CRYING_SHARE}) cry without sobbing: tears
 *                        and the arousal's rise and release, but a breath that stays as it was (many criers' breathing
 *                        does not change, Sharman et al. 2020; sobbing is the intense end of crying, Gross et al. 1994);
 *                        off by default and in the acceptance; {@code QuietCryingTest} measures what it does
 *                        (docs/DETECTOR-HISTORY.md, twenty-eighth session)
 * @param conversation     whether the client talks through the calm stretches in turns, as a therapy session is a
 *                        conversation ({@link ConfounderKind#TALKING} and {@link ConfounderKind#EMOTIONAL_TALKING}
 *                        turns of {@value #CONVERSATION_TURN_MIN_SEC}-{@value #CONVERSATION_TURN_MAX_SEC} s taking a
 *                        third to three fifths of the time): off by default and in the acceptance;
 *                        {@code ConversationTest} measures what it does (docs/DETECTOR-HISTORY.md, twenty-ninth session)
 */
public record SimulationConfig(double durationSec, List<EpisodeSpec> episodes, long seed,
                               Map<ChannelType, Double> ratesHz, double noiseLevel, Set<ChannelType> channels,
                               double mainsHumHz, boolean motionArtefacts, List<Dropout> dropouts,
                               double ectopicBeatsPerHour, EpisodeVariety variety, Set<ConfounderKind> confounders,
                               DevicePreset device, boolean deepBreathRsa, boolean shiftsWhileTalking,
                               boolean naturalBreathing, boolean gesturesWhileTalking,
                               boolean breathingExercises, boolean arrival, boolean restingWander,
                               boolean breathingModeRsa, boolean responseFractionation, boolean pulseTimingJitter,
                               boolean seatedFidgeting, boolean tonicDecline, boolean quietCrying,
                               boolean conversation) {

    /**
     * The channel types the simulator can generate. RR is the beat-to-beat interval series a chest
     * strap exports (irregular, stamped at each closing beat, with the strap's missed and split beats
     * when those confounders are on); it needs no sampling rate.
     */
    public static final Set<ChannelType> SUPPORTED_CHANNELS = Set.copyOf(EnumSet.of(ChannelType.ECG, ChannelType.PPG,
            ChannelType.EDA, ChannelType.RSP, ChannelType.ACC, ChannelType.RR));

    /** The same configuration as the original ten-field form: classic episodes, no confounders, lab device. */
    public SimulationConfig(double durationSec, List<EpisodeSpec> episodes, long seed, Map<ChannelType, Double> ratesHz,
                            double noiseLevel, Set<ChannelType> channels, double mainsHumHz, boolean motionArtefacts,
                            List<Dropout> dropouts, double ectopicBeatsPerHour) {
        this(durationSec, episodes, seed, ratesHz, noiseLevel, channels, mainsHumHz, motionArtefacts, dropouts,
                ectopicBeatsPerHour, EpisodeVariety.CLASSIC, Set.of(), DevicePreset.LAB, false, false, false, false, false, false, false,
                false, false, false, false, false, false, false);
    }

    public SimulationConfig {
        episodes = List.copyOf(episodes);
        ratesHz = Map.copyOf(ratesHz);
        channels = Set.copyOf(channels);
        dropouts = List.copyOf(dropouts);
        confounders = Set.copyOf(confounders);
        Objects.requireNonNull(variety, "variety");
        Objects.requireNonNull(device, "device");
        if (!(durationSec > 0) || Double.isInfinite(durationSec)) {
            throw new IllegalArgumentException("duration must be positive, got " + durationSec + " s");
        }
        if (!(noiseLevel >= 0) || Double.isInfinite(noiseLevel)) {
            throw new IllegalArgumentException("noise level must be >= 0, got " + noiseLevel);
        }
        if (!(mainsHumHz >= 0) || Double.isInfinite(mainsHumHz)) {
            throw new IllegalArgumentException("mains hum frequency must be >= 0 Hz, got " + mainsHumHz);
        }
        if (!(ectopicBeatsPerHour >= 0) || !(ectopicBeatsPerHour <= 600)) {
            throw new IllegalArgumentException("ectopic beats per hour must be in 0..600, got " + ectopicBeatsPerHour);
        }
        for (ChannelType type : channels) {
            if (!SUPPORTED_CHANNELS.contains(type)) {
                throw new IllegalArgumentException("the simulator cannot generate " + type
                        + " channels (supported: ECG, PPG, EDA, RSP, ACC, RR)");
            }
            if (type == ChannelType.RR) {
                continue;
            }
            Double rate = ratesHz.get(type);
            if (rate == null || !(rate > 0) || rate.isInfinite()) {
                throw new IllegalArgumentException("sampling rate of " + type + " must be positive, got " + rate);
            }
        }
    }

    /**
     * A 40-minute session with one episode of each outcome (resolved, subsided, sustained), seed 1,
     * ECG 500 Hz, PPG 100 Hz, EDA 50 Hz, RSP 50 Hz (ACC 50 Hz when enabled; rates that all divide the
     * ECG rate, so the session also fits one CSV row grid), noise level 0.2,
     * 50 Hz mains hum, motion artefacts on, no dropouts, no ectopic beats.
     */
    public static SimulationConfig defaults() {
        Map<ChannelType, Double> rates = new EnumMap<>(ChannelType.class);
        rates.put(ChannelType.ECG, 500.0);
        rates.put(ChannelType.PPG, 100.0);
        rates.put(ChannelType.EDA, 50.0);
        rates.put(ChannelType.RSP, 50.0);
        rates.put(ChannelType.ACC, 50.0);
        return new SimulationConfig(40 * 60, List.of(EpisodeSpec.of(Outcome.RESOLVED), EpisodeSpec.of(Outcome.SUBSIDED),
                EpisodeSpec.of(Outcome.SUSTAINED)), 1, rates, 0.2,
                EnumSet.of(ChannelType.ECG, ChannelType.PPG, ChannelType.EDA, ChannelType.RSP), 50, true, List.of(), 0);
    }

    /**
     * The defaults recorded with a device: {@link DevicePreset#applyTo} on {@link #defaults()}
     * (chest: ECG 250 Hz, EDA 32 Hz, RSP 25 Hz, ACC 32 Hz; wrist: BVP 64 Hz, EDA 4 Hz, ACC 32 Hz;
     * rr: RR intervals only).
     */
    public static SimulationConfig preset(DevicePreset device) {
        return device.applyTo(defaults());
    }

    /** Sampling rate of a channel type in hertz. */
    public double rateHz(ChannelType type) {
        Double rate = ratesHz.get(type);
        if (rate == null) {
            throw new IllegalArgumentException("no sampling rate configured for " + type);
        }
        return rate;
    }

    /** Whether channels of this type are generated. */
    public boolean includes(ChannelType type) {
        return channels.contains(type);
    }

    /** A builder starting from this configuration's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy with another session length in seconds. */
    public SimulationConfig withDurationSec(double newDurationSec) {
        return toBuilder().durationSec(newDurationSec).build();
    }

    /** A copy with other episodes, in session order. */
    public SimulationConfig withEpisodes(List<EpisodeSpec> newEpisodes) {
        return toBuilder().episodes(newEpisodes).build();
    }

    /** A copy with episodes of these outcomes (none interrupted), in session order. */
    public SimulationConfig withOutcomes(Outcome... outcomes) {
        return withEpisodes(Arrays.stream(outcomes).map(EpisodeSpec::of).toList());
    }

    /** A copy with another seed. */
    public SimulationConfig withSeed(long newSeed) {
        return toBuilder().seed(newSeed).build();
    }

    /** A copy with the sampling rate of one channel type changed, in hertz. */
    public SimulationConfig withRateHz(ChannelType type, double rateHz) {
        return toBuilder().rateHz(type, rateHz).build();
    }

    /** A copy with another noise level (0 clean, 1 typical ambulatory). */
    public SimulationConfig withNoiseLevel(double newNoiseLevel) {
        return toBuilder().noiseLevel(newNoiseLevel).build();
    }

    /** A copy generating only these channel types. */
    public SimulationConfig withChannels(Set<ChannelType> newChannels) {
        return toBuilder().channels(newChannels).build();
    }

    /** A copy with or without the three accelerometer channels. */
    public SimulationConfig withAcc(boolean includeAcc) {
        return toBuilder().acc(includeAcc).build();
    }

    /** A copy with mains hum at this frequency in hertz (0: none). */
    public SimulationConfig withMainsHumHz(double newMainsHumHz) {
        return toBuilder().mainsHumHz(newMainsHumHz).build();
    }

    /** A copy with motion artefacts switched on or off. */
    public SimulationConfig withMotionArtefacts(boolean on) {
        return toBuilder().motionArtefacts(on).build();
    }

    /** A copy with other sensor dropouts. */
    public SimulationConfig withDropouts(List<Dropout> newDropouts) {
        return toBuilder().dropouts(newDropouts).build();
    }

    /** A copy with one more sensor dropout. */
    public SimulationConfig withDropout(Dropout dropout) {
        return toBuilder().dropout(dropout).build();
    }

    /** A copy with premature ventricular beats at this rate per hour. */
    public SimulationConfig withEctopicBeatsPerHour(double perHour) {
        return toBuilder().ectopicBeatsPerHour(perHour).build();
    }

    /** A copy drawing episodes from these ranges. */
    public SimulationConfig withVariety(EpisodeVariety newVariety) {
        return toBuilder().variety(newVariety).build();
    }

    /** A copy with these confounders happening. */
    public SimulationConfig withConfounders(Set<ConfounderKind> kinds) {
        return toBuilder().confounders(kinds).build();
    }

    /** A copy in which a posture shift may or may not come while the client talks. */
    public SimulationConfig withShiftsWhileTalking(boolean on) {
        return toBuilder().shiftsWhileTalking(on).build();
    }

    /** A copy in which the client's hands do or do not move through half the talks ({@link #gesturesWhileTalking()}). */
    public SimulationConfig withGesturesWhileTalking(boolean on) {
        return toBuilder().gesturesWhileTalking(on).build();
    }

    /** A copy in which the therapist does or does not lead breathing exercises between the episodes ({@link #breathingExercises()}). */
    public SimulationConfig withBreathingExercises(boolean on) {
        return toBuilder().breathingExercises(on).build();
    }

    /** A copy in which the client has or has not just walked in when the recording starts ({@link #arrival()}). */
    public SimulationConfig withArrival(boolean on) {
        return toBuilder().arrival(on).build();
    }

    /** A copy in which the resting state does or does not wander over the session ({@link #restingWander()}). */
    public SimulationConfig withRestingWander(boolean on) {
        return toBuilder().restingWander(on).build();
    }

    /** A copy whose ordinary breaths do or do not vary as real resting breathing does ({@link #naturalBreathing()}). */
    public SimulationConfig withNaturalBreathing(boolean on) {
        return toBuilder().naturalBreathing(on).build();
    }

    /** A copy whose RSA swing does or does not shrink while the client talks, laughs or exerts ({@link #breathingModeRsa()}). */
    public SimulationConfig withBreathingModeRsa(boolean on) {
        return toBuilder().breathingModeRsa(on).build();
    }

    /**
     * A copy in which each episode does or does not draw which systems carry its build-up
     * ({@link #responseFractionation()}).
     */
    public SimulationConfig withResponseFractionation(boolean on) {
        return toBuilder().responseFractionation(on).build();
    }

    /** A copy whose pulses do or do not reach the PPG sensor with a beat-to-beat jitter ({@link #pulseTimingJitter()}). */
    public SimulationConfig withPulseTimingJitter(boolean on) {
        return toBuilder().pulseTimingJitter(on).build();
    }

    /** A copy whose wrist-worn sensor's hand does or does not move while the client sits ({@link #seatedFidgeting()}). */
    public SimulationConfig withSeatedFidgeting(boolean on) {
        return toBuilder().seatedFidgeting(on).build();
    }

    /**
     * A copy whose tonic skin conductance level does or does not come down as the client settles
     * ({@link #tonicDecline()}).
     */
    public SimulationConfig withTonicDecline(boolean on) {
        return toBuilder().tonicDecline(on).build();
    }

    /** Share of widened bouts that cry without sobbing when {@link #quietCrying()} is on. */
    public static final double QUIET_CRYING_SHARE = 0.5;

    /** A copy in which a share of the widened bouts do or do not cry without sobbing ({@link #quietCrying()}). */
    public SimulationConfig withQuietCrying(boolean on) {
        return toBuilder().quietCrying(on).build();
    }

    /**
     * Shortest and longest client turn of a {@link #conversation()}, seconds: from a few sentences to a few minutes of
     * an account, as a therapy client's turns run.
     */
    public static final double CONVERSATION_TURN_MIN_SEC = 20;
    public static final double CONVERSATION_TURN_MAX_SEC = 180;
    /**
     * Lowest and highest share of a session's calm time a {@link #conversation()} client talks, drawn per session:
     * practice guidance has clients hold 40-70 % of the talk time (client-led work more, therapist-led less), and with
     * the therapist's turns and the pauses between them that is about a third to three fifths of the clock.
     */
    public static final double CONVERSATION_SHARE_MIN = 0.33;
    public static final double CONVERSATION_SHARE_MAX = 0.6;

    /** A copy in which the client does or does not talk through the calm stretches in turns ({@link #conversation()}). */
    public SimulationConfig withConversation(boolean on) {
        return toBuilder().conversation(on).build();
    }

    /** A copy whose RSA swing does or does not grow with each breath's volume. */
    public SimulationConfig withDeepBreathRsa(boolean on) {
        return toBuilder().deepBreathRsa(on).build();
    }

    /**
     * Collects changes to a configuration; {@link #build()} validates them. Obtain one from
     * {@link SimulationConfig#toBuilder()} (e.g. {@code SimulationConfig.defaults().toBuilder()}).
     */
    public static final class Builder {
        private double durationSec;
        private List<EpisodeSpec> episodes;
        private long seed;
        private final Map<ChannelType, Double> ratesHz = new EnumMap<>(ChannelType.class);
        private double noiseLevel;
        private final Set<ChannelType> channels = EnumSet.noneOf(ChannelType.class);
        private double mainsHumHz;
        private boolean motionArtefacts;
        private final List<Dropout> dropouts = new ArrayList<>();
        private double ectopicBeatsPerHour;
        private EpisodeVariety variety;
        private final Set<ConfounderKind> confounders = EnumSet.noneOf(ConfounderKind.class);
        private DevicePreset device;
        private boolean deepBreathRsa;
        private boolean shiftsWhileTalking;
        private boolean naturalBreathing;
        private boolean gesturesWhileTalking;
        private boolean breathingExercises;
        private boolean arrival;
        private boolean restingWander;
        private boolean breathingModeRsa;
        private boolean responseFractionation;
        private boolean pulseTimingJitter;
        private boolean seatedFidgeting;
        private boolean tonicDecline;
        private boolean quietCrying;
        private boolean conversation;

        private Builder(SimulationConfig from) {
            durationSec = from.durationSec;
            episodes = from.episodes;
            seed = from.seed;
            ratesHz.putAll(from.ratesHz);
            noiseLevel = from.noiseLevel;
            channels.addAll(from.channels);
            mainsHumHz = from.mainsHumHz;
            motionArtefacts = from.motionArtefacts;
            dropouts.addAll(from.dropouts);
            ectopicBeatsPerHour = from.ectopicBeatsPerHour;
            variety = from.variety;
            confounders.addAll(from.confounders);
            device = from.device;
            deepBreathRsa = from.deepBreathRsa;
            shiftsWhileTalking = from.shiftsWhileTalking;
            naturalBreathing = from.naturalBreathing;
            gesturesWhileTalking = from.gesturesWhileTalking;
            breathingExercises = from.breathingExercises;
            arrival = from.arrival;
            restingWander = from.restingWander;
            breathingModeRsa = from.breathingModeRsa;
            responseFractionation = from.responseFractionation;
            pulseTimingJitter = from.pulseTimingJitter;
            seatedFidgeting = from.seatedFidgeting;
            tonicDecline = from.tonicDecline;
            quietCrying = from.quietCrying;
            conversation = from.conversation;
        }

        /** Whether the resting heart rate and skin conductance level wander over the session. */
        public Builder restingWander(boolean value) {
            restingWander = value;
            return this;
        }

        /** Whether the client has just walked in when the recording starts. */
        public Builder arrival(boolean value) {
            arrival = value;
            return this;
        }

        /** Whether the therapist leads breathing exercises between the episodes. */
        public Builder breathingExercises(boolean value) {
            breathingExercises = value;
            return this;
        }

        /** Whether the client's hands move through half the talks. */
        public Builder gesturesWhileTalking(boolean value) {
            gesturesWhileTalking = value;
            return this;
        }

        /** Whether ordinary breaths vary as real resting breathing does, the heart's swing following each one. */
        public Builder naturalBreathing(boolean value) {
            naturalBreathing = value;
            return this;
        }

        /** Whether a posture shift may come while the client talks. */
        public Builder shiftsWhileTalking(boolean value) {
            shiftsWhileTalking = value;
            return this;
        }

        /** Whether the RSA swing shrinks while the client talks, laughs or exerts (see {@link #breathingModeRsa()}). */
        public Builder breathingModeRsa(boolean value) {
            breathingModeRsa = value;
            return this;
        }

        /** Whether each episode draws which systems carry its build-up (see {@link #responseFractionation()}). */
        public Builder responseFractionation(boolean value) {
            responseFractionation = value;
            return this;
        }

        /** Whether each pulse's arrival at the PPG sensor jitters beat to beat (see {@link #pulseTimingJitter()}). */
        public Builder pulseTimingJitter(boolean value) {
            pulseTimingJitter = value;
            return this;
        }

        /** Whether a wrist-worn sensor's hand moves while the client sits (see {@link #seatedFidgeting()}). */
        public Builder seatedFidgeting(boolean value) {
            seatedFidgeting = value;
            return this;
        }

        /** Whether a share of the widened bouts cry without sobbing (see {@link #quietCrying()}). */
        public Builder quietCrying(boolean value) {
            quietCrying = value;
            return this;
        }

        /** Whether the client talks through the calm stretches in turns (see {@link #conversation()}). */
        public Builder conversation(boolean value) {
            conversation = value;
            return this;
        }

        /** Whether the tonic skin conductance level comes down as the client settles (see {@link #tonicDecline()}). */
        public Builder tonicDecline(boolean value) {
            tonicDecline = value;
            return this;
        }

        /** Whether the RSA swing grows with each breath's volume. */
        public Builder deepBreathRsa(boolean value) {
            deepBreathRsa = value;
            return this;
        }

        /** The ranges episodes are drawn from. */
        public Builder variety(EpisodeVariety value) {
            variety = Objects.requireNonNull(value, "variety");
            return this;
        }

        /** Replace the confounders that happen. */
        public Builder confounders(Set<ConfounderKind> value) {
            confounders.clear();
            confounders.addAll(value);
            return this;
        }

        /** The recording device (only the skin-conductance site follows from it; channels and rates are set apart). */
        public Builder device(DevicePreset value) {
            device = Objects.requireNonNull(value, "device");
            return this;
        }

        /** Session length in seconds. */
        public Builder durationSec(double value) {
            durationSec = value;
            return this;
        }

        /** The episodes in session order. */
        public Builder episodes(List<EpisodeSpec> value) {
            episodes = List.copyOf(value);
            return this;
        }

        /** The random seed. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** The sampling rate of one channel type in hertz. */
        public Builder rateHz(ChannelType type, double value) {
            ratesHz.put(Objects.requireNonNull(type, "type"), value);
            return this;
        }

        /** The noise level (0 clean, 1 typical ambulatory). */
        public Builder noiseLevel(double value) {
            noiseLevel = value;
            return this;
        }

        /** Generate exactly these channel types. */
        public Builder channels(Set<ChannelType> value) {
            channels.clear();
            channels.addAll(value);
            return this;
        }

        /** Add or remove the three accelerometer channels. */
        public Builder acc(boolean include) {
            if (include) {
                channels.add(ChannelType.ACC);
            } else {
                channels.remove(ChannelType.ACC);
            }
            return this;
        }

        /** Mains hum frequency in hertz, 0 for none. */
        public Builder mainsHumHz(double value) {
            mainsHumHz = value;
            return this;
        }

        /** Whether body movements (and their artefacts) happen. */
        public Builder motionArtefacts(boolean value) {
            motionArtefacts = value;
            return this;
        }

        /** Replace the sensor dropouts. */
        public Builder dropouts(List<Dropout> value) {
            dropouts.clear();
            dropouts.addAll(value);
            return this;
        }

        /** Add one sensor dropout. */
        public Builder dropout(Dropout value) {
            dropouts.add(Objects.requireNonNull(value, "dropout"));
            return this;
        }

        /** Premature ventricular beats per hour. */
        public Builder ectopicBeatsPerHour(double value) {
            ectopicBeatsPerHour = value;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException naming the first invalid value
         */
        public SimulationConfig build() {
            return new SimulationConfig(durationSec, episodes, seed, ratesHz, noiseLevel, channels, mainsHumHz,
                    motionArtefacts, dropouts, ectopicBeatsPerHour, variety, confounders, device, deepBreathRsa,
                    shiftsWhileTalking, naturalBreathing, gesturesWhileTalking, breathingExercises, arrival, restingWander,
                    breathingModeRsa, responseFractionation, pulseTimingJitter, seatedFidgeting, tonicDecline, quietCrying,
                    conversation);
        }
    }
}
