package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The everyday confounders of one session, drawn before the signals are generated: when each
 * happens, and what it does to the latent curves, breathing, skin, heart and motion. Beat-level
 * artefacts (ectopic, missed and split beats) are placed later, on the beats themselves.
 *
 * <p>Behavioural confounders are Poisson events at their {@link ConfounderKind#perHour()} rate,
 * placed only in calm stretches (a minute away from any episode) and not overlapping each other.
 */
final class ConfounderPlan {
    private static final double DT = 1 / GroundTruth.LATENT_RATE_HZ;

    /** A movement to render on the accelerometer and as EDA/PPG artefacts. */
    record Motion(double onsetSec, double durationSec, double intensityG, boolean newPosture, double cadenceHz,
                  boolean hand) {
        /** A movement of the body: the trunk moves with it. */
        Motion(double onsetSec, double durationSec, double intensityG, boolean newPosture, double cadenceHz) {
            this(onsetSec, durationSec, intensityG, newPosture, cadenceHz, false);
        }

        /** A hand's gesture or fidget: the wrist moves, the trunk keeps its posture. */
        static Motion ofHand(double onsetSec, double durationSec, double intensityG) {
            return new Motion(onsetSec, durationSec, intensityG, false, 0, true);
        }
    }

    /** An extra skin conductance response, amplitude in palmar microsiemens (scaled at the wrist). */
    record Response(double onsetSec, double medianMicrosiemens) {
    }

    /** A breathing pattern other than quiet breathing. */
    enum BreathMode { SPEECH, LAUGHTER, EXERTION }

    /** A stretch of breathing in one mode. */
    record Breathing(TimeWindow window, BreathMode mode) {
    }

    /**
     * Standing up at {@code fromSec}, walking, sitting down at {@code toSec}: the heart's response on top of the
     * seated rate. Standing: the initial orthostatic response (a rise within seconds that overshoots, largest about
     * 8 s after standing: Wieling et al. 2007, Borst et al. 1982) settling to the standing level; walking: the
     * exercise rise with a time constant of about 20 s. On sitting down the orthostatic part goes within seconds
     * (the baroreflex) and the exercise part with the 40-s time constant of vagal heart-rate recovery.
     *
     * @param standingBpm  standing over seated heart rate, bpm
     * @param overshootBpm the initial response's overshoot above the standing level, bpm
     * @param walkingBpm   walking over standing heart rate, bpm
     */
    record Exertion(double fromSec, double toSec, double standingBpm, double overshootBpm, double walkingBpm) {
        /** Time constant of the heart's vagal recovery from walking, seconds. */
        static final double RECOVERY_TAU_SEC = 40;

        double bpmAt(double timeSec) {
            if (timeSec <= fromSec) {
                return 0;
            }
            double d = Math.min(timeSec, toSec) - fromSec;
            double upright = standingBpm * (1 - Math.exp(-d / 3)) + overshootBpm * (d / 8) * Math.exp(1 - d / 8);
            double walking = walkingBpm * (1 - Math.exp(-d / 20));
            if (timeSec <= toSec) {
                return upright + walking;
            }
            double after = timeSec - toSec;
            return upright * Math.exp(-after / 5) + walking * Math.exp(-after / RECOVERY_TAU_SEC);
        }
    }

    /**
     * The heart's answer to shifting in the chair at {@code onsetSec}: the muscle-heart reflex of a voluntary postural
     * effort (central command and muscle mechanoreceptors withdraw vagal tone within a beat or two) gives a transient
     * rise that peaks about 3 s after the movement starts and is gone within about 15 s, as the first peak of the
     * initial heart-rate response to standing (Borst et al. 1982; Wieling et al. 2007), scaled down for the smaller
     * effort of repositioning while seated; the new posture may hold the heart a little higher or lower (sitting up
     * straight against slumping back), drifting back over minutes as the client settles. An effortful shift (pulling
     * oneself up in the chair, leaning far forward to reach the tissues) moves blood as standing does, on a smaller
     * scale: the heart's second rise of the initial response to standing, largest about 12 s in and back to the seated
     * rate by about 20-25 s (Borst et al. 1982; Wieling et al. 2007: 15-30 bpm on standing), here a third of it, 3-8 bpm
     * ({@code effortBpm}) on top of the reflex and the shift's arousal.
     *
     * @param peakBpm   the transient's peak over the seated rate, bpm
     * @param stepBpm   the new posture's level over the old one, bpm (negative for a more relaxed posture)
     * @param effortBpm the second rise's peak of an effortful shift, bpm (0 for an ordinary one)
     */
    record PostureHeartResponse(double onsetSec, double peakBpm, double stepBpm, double effortBpm) {
        /** Seconds from the start of the shift to the reflex's peak. */
        static final double PEAK_SEC = 3;
        /** Time constant of the drift back from the new posture's level, seconds. */
        static final double SETTLE_SEC = 180;
        /** Seconds from the start of an effortful shift to its second rise's peak. */
        static final double EFFORT_PEAK_SEC = 11;
        /** Spread (standard deviation) of the second rise around its peak, seconds: back near zero by about 22 s. */
        static final double EFFORT_SPREAD_SEC = 5;
        /** Share of posture shifts that are effortful. */
        static final double EFFORTFUL_SHARE = 1.0 / 3;

        double bpmAt(double timeSec) {
            double d = timeSec - onsetSec;
            if (d <= 0) {
                return 0;
            }
            double reflex = peakBpm * (d / PEAK_SEC) * Math.exp(1 - d / PEAK_SEC);
            double posture = stepBpm * (1 - Math.exp(-d / PEAK_SEC)) * Math.exp(-d / SETTLE_SEC);
            double z = (d - EFFORT_PEAK_SEC) / EFFORT_SPREAD_SEC;
            double effort = effortBpm * Math.exp(-z * z / 2);
            return reflex + posture + effort;
        }
    }

    /**
     * Talking's heart response beyond its small arousal bump (widened sessions, {@link #talkingHeart}): a step up
     * within seconds of speech onset that holds while the client speaks and falls back with a 15-s time constant
     * (within about a minute) after speech ends.
     *
     * @param bpm the step, bpm over the seated rate
     */
    record SpeechHeart(double fromSec, double toSec, double bpm) {
        double bpmAt(double timeSec) {
            return bpm * SpeechHeart.levelAt(timeSec - fromSec, toSec - fromSec);
        }

        /** The step's shape {@code sinceOnsetSec} into a talk of {@code lengthSec}: 0 to 1 and back. */
        static double levelAt(double sinceOnsetSec, double lengthSec) {
            if (sinceOnsetSec <= 0) {
                return 0;
            }
            double on = sinceOnsetSec < SPEECH_RISE_SEC ? 0.5 * (1 - Math.cos(Math.PI * sinceOnsetSec / SPEECH_RISE_SEC)) : 1;
            if (sinceOnsetSec <= lengthSec) {
                return on;
            }
            double atEnd = lengthSec < SPEECH_RISE_SEC ? 0.5 * (1 - Math.cos(Math.PI * lengthSec / SPEECH_RISE_SEC)) : 1;
            return atEnd * Math.exp(-(sinceOnsetSec - lengthSec) / SPEECH_FALL_SEC);
        }
    }

    /** Time for talking's heart response to build after speech onset, s ("within 30 s", Lynch et al. 1980/1981). */
    static final double SPEECH_RISE_SEC = 8;
    /** Time constant of its fall after speech ends, s: back within about a minute (four time constants). */
    static final double SPEECH_FALL_SEC = 15;

    private final Set<ConfounderKind> kinds;
    private final List<Confounder> events = new ArrayList<>();
    private final List<Breathing> breathing = new ArrayList<>();
    private final List<Double> sighs = new ArrayList<>();
    private final List<Response> responses = new ArrayList<>();
    private final List<Motion> motions = new ArrayList<>();
    private final List<double[]> arousalBumps = new ArrayList<>(); // {from, riseSec, holdSec, fallSec, arousal, vagal}
    private final List<Exertion> exercise = new ArrayList<>();
    private final List<PostureHeartResponse> postureResponses = new ArrayList<>();
    /** Own stream for the posture shifts' heart responses, so that drawing them leaves every other draw as it was. */
    private RandomSource postureHeart;
    private final List<SpeechHeart> speech = new ArrayList<>();
    private final List<double[]> speechVagal = new ArrayList<>(); // {from, length, withdrawal}
    private double settlingFraction;
    private double settlingTauSec = 1;
    /** The resting state's slow wander over the session ({@link SimulationConfig#restingWander()}). */
    private RestingWander restingWander = RestingWander.NONE;
    /** The tonic skin conductance level's decline as the client settles ({@link SimulationConfig#tonicDecline()}). */
    private TonicDecline tonicDecline = TonicDecline.NONE;

    private ConfounderPlan(Set<ConfounderKind> kinds) {
        this.kinds = kinds;
    }

    /** No confounders at all. */
    static ConfounderPlan none() {
        return new ConfounderPlan(Set.of());
    }

    /**
     * Draws the confounders {@code config} asks for, keeping behavioural ones out of {@code busy}; talking while
     * crying goes into the build-ups of {@code episodes}.
     */
    static ConfounderPlan draw(SimulationConfig config, List<TimeWindow> busy, List<TrueEpisode> episodes,
                               RandomSource rnd) {
        ConfounderPlan plan = new ConfounderPlan(config.confounders());
        if (config.breathingExercises()) {
            // first, so that the client does not talk, laugh or walk while following the count
            plan.breathingExercises(config.durationSec(), busy, RandomSource.forPart(config.seed(), "breathing-exercises"));
        }
        plan.postureHeart = RandomSource.forPart(config.seed(), "posture-heart");
        List<Taken> taken = new ArrayList<>();
        for (TimeWindow w : busy) {
            taken.add(new Taken(new TimeWindow(w.fromSec() - 60, w.toSec() + 60), null));
        }
        for (BreathingExercise e : plan.breathingExercises) {
            taken.add(new Taken(new TimeWindow(e.interventionSec() - 10, e.paced().toSec() + 30), null));
        }
        if (config.restingWander()) {
            plan.restingWander = RestingWander.draw(config.durationSec(),
                    RandomSource.forPart(config.seed(), "resting-wander"));
        }
        if (config.tonicDecline()) {
            plan.tonicDecline = TonicDecline.draw(RandomSource.forPart(config.seed(), "tonic-decline"));
        }
        if (config.arrival()) {
            plan.arrival(config.durationSec(), busy, taken, RandomSource.forPart(config.seed(), "arrival"));
        }
        if (config.confounders().contains(ConfounderKind.HEATED_TALKING)) {
            plan.heatedTalks(config.durationSec(), taken, RandomSource.forPart(config.seed(), "heated-talk"));
        }
        if (config.conversation()) {
            plan.conversation(config.durationSec(), taken, RandomSource.forPart(config.seed(), "conversation"));
        }
        if (config.confounders().isEmpty()) {
            return plan.completed(config);
        }
        double duration = config.durationSec();
        for (ConfounderKind kind : ConfounderKind.values()) {
            if (!config.confounders().contains(kind)) {
                continue;
            }
            if (kind == ConfounderKind.ELECTRODE_SETTLING) {
                plan.settlingFraction = rnd.uniform(0.25, 0.6);
                plan.settlingTauSec = rnd.uniform(40, 120);
                plan.events.add(new Confounder(kind, 0, Math.min(duration, 3 * plan.settlingTauSec)));
                continue;
            }
            if (kind == ConfounderKind.TALKING_WHILE_CRYING || kind == ConfounderKind.HEATED_TALKING) {
                continue; // talking while crying goes into the episodes below, heated talk went in first
            }
            if (kind == ConfounderKind.WRIST_MOTION) {
                for (double t = rnd.exponential(3600 / kind.perHour()); t < duration; t += rnd.exponential(3600 / kind.perHour())) {
                    double length = rnd.uniform(0.5, 2.5);
                    plan.motions.add(Motion.ofHand(t, length, rnd.uniform(0.05, 0.3)));
                    plan.events.add(new Confounder(kind, t, t + length));
                }
                continue;
            }
            if (!kind.behavioural()) {
                continue; // beat artefacts are placed on the beats
            }
            for (double t = rnd.exponential(3600 / kind.perHour()); t < duration; t += rnd.exponential(3600 / kind.perHour())) {
                double length = plan.lengthOf(kind, rnd);
                double from = t;
                if (from + length > duration - 5 || clashes(taken, kind, from, length, config.shiftsWhileTalking())) {
                    continue;
                }
                taken.add(new Taken(new TimeWindow(from, from + length), kind));
                plan.place(kind, from, length, rnd);
                t += length;
            }
        }
        if (config.confounders().contains(ConfounderKind.TALKING_WHILE_CRYING)) {
            for (TrueEpisode e : episodes) {
                if (!rnd.chance(ConfounderKind.WHILE_CRYING_SHARE)) {
                    continue;
                }
                // from somewhere in the first half of the build-up, for 30-90 s: into the peak when the build-up is brief
                double from = e.onsetSec() + rnd.uniform(0, 0.5) * (e.peakSec() - e.onsetSec());
                double length = Math.min(rnd.uniform(30, 90), duration - 5 - from);
                if (length > 10) {
                    plan.place(ConfounderKind.TALKING_WHILE_CRYING, from, length, rnd);
                }
            }
        }
        if (config.gesturesWhileTalking()) {
            plan.gesturesWhileTalking(RandomSource.forPart(config.seed(), "talk-gestures"));
        }
        return plan.completed(config);
    }

    /** This plan once every confounder is placed: the talks' heart responses drawn, events and motions in time order. */
    private ConfounderPlan completed(SimulationConfig config) {
        talkingHeart(config.variety() == EpisodeVariety.WIDE, RandomSource.forPart(config.seed(), "talking-heart"));
        events.sort(Comparator.comparingDouble(Confounder::startSec));
        motions.sort(Comparator.comparingDouble(Motion::onsetSec));
        return this;
    }

    /**
     * A breathing exercise the therapist leads ({@link ConfounderKind#PACED_BREATHING}): the calming intervention marked
     * at {@code interventionSec}, and the client's slow paced breathing over {@code paced}, which lifts vagal tone by
     * {@code vagalLift} (latent units; as after an intervention in an episode, 0.15-0.35).
     */
    record BreathingExercise(double interventionSec, TimeWindow paced, double vagalLift) {
    }

    private final List<BreathingExercise> breathingExercises = new ArrayList<>();

    /**
     * Places breathing exercises ({@link ConfounderKind#EXERCISES_PER_HOUR}) outside the episodes: not within a minute of
     * {@code busy}, nor in the first three minutes (the baseline). Drawn from {@code rnd} alone, before the behavioural
     * confounders, which then keep out of them.
     */
    private void breathingExercises(double durationSec, List<TimeWindow> busy, RandomSource rnd) {
        List<TimeWindow> avoid = new ArrayList<>();
        for (TimeWindow w : busy) {
            avoid.add(new TimeWindow(w.fromSec() - 60, w.toSec() + 60));
        }
        double mean = 3600 / ConfounderKind.EXERCISES_PER_HOUR;
        for (double t = SessionScript.MIN_BASELINE_SEC + rnd.exponential(mean); t < durationSec; t += rnd.exponential(mean)) {
            double lead = rnd.uniform(10, 30);
            double length = rnd.uniform(60, 240);
            double lift = rnd.uniform(0.15, 0.35);
            TimeWindow paced = new TimeWindow(t + lead, t + lead + length);
            // vagal tone eases back over about a minute after the exercise: keep that minute clear too
            TimeWindow whole = new TimeWindow(t, paced.toSec() + 60);
            if (whole.toSec() > durationSec - 5 || avoid.stream().anyMatch(w -> w.overlaps(whole.fromSec(), whole.toSec()))) {
                continue;
            }
            breathingExercises.add(new BreathingExercise(t, paced, lift));
            events.add(new Confounder(ConfounderKind.PACED_BREATHING, paced.fromSec(), paced.toSec()));
            avoid.add(whole);
            t = whole.toSec();
        }
    }

    /**
     * Places heated talks ({@link ConfounderKind#HEATED_TALKING}, at its rate) where nothing is {@code taken} yet, before
     * the other behavioural confounders, which then keep out of them: minutes-long talks would otherwise find little
     * room between the others. Drawn from {@code rnd} alone, so that every other draw stays what it was.
     */
    private void heatedTalks(double durationSec, List<Taken> taken, RandomSource rnd) {
        double mean = 3600 / ConfounderKind.HEATED_TALKING.perHour();
        for (double t = SessionScript.MIN_BASELINE_SEC + rnd.exponential(mean); t < durationSec; t += rnd.exponential(mean)) {
            double length = lengthOf(ConfounderKind.HEATED_TALKING, rnd);
            // its arousal outlasts the talk by minutes: the next behavioural confounder keeps out of that too
            TimeWindow whole = new TimeWindow(t, t + length + HEATED_RECOVERY_SEC);
            if (t + length > durationSec - 5
                    || clashes(taken, ConfounderKind.HEATED_TALKING, t, length + HEATED_RECOVERY_SEC, false)) {
                continue;
            }
            place(ConfounderKind.HEATED_TALKING, t, length, rnd);
            taken.add(new Taken(whole, ConfounderKind.HEATED_TALKING));
            t = whole.toSec();
        }
    }

    /**
     * The client's turns of a therapy conversation ({@link SimulationConfig#conversation()}): from the end of the resting
     * baseline on, turns of {@link SimulationConfig#CONVERSATION_TURN_MIN_SEC} to
     * {@link SimulationConfig#CONVERSATION_TURN_MAX_SEC} s, half on what hurts (emotional talk, a step of arousal) and
     * half everyday, alternate with the therapist's turns and pauses, whose mean length leaves the client a share of the
     * clock drawn per session
     * ({@link SimulationConfig#CONVERSATION_SHARE_MIN}-{@link SimulationConfig#CONVERSATION_SHARE_MAX}). A turn that would
     * come within 10 s of something {@code taken} (an episode with its minute either side, a breathing exercise, a heated
     * talk) is not spoken. Placed before the other behavioural confounders, which keep out of the turns (posture shifts
     * may come mid-sentence as they always may), from {@code rnd} alone, so that every other draw stays what it was.
     */
    private void conversation(double durationSec, List<Taken> taken, RandomSource rnd) {
        double share = rnd.uniform(SimulationConfig.CONVERSATION_SHARE_MIN, SimulationConfig.CONVERSATION_SHARE_MAX);
        double meanTurn = (SimulationConfig.CONVERSATION_TURN_MIN_SEC + SimulationConfig.CONVERSATION_TURN_MAX_SEC) / 2;
        double meanListening = meanTurn * (1 - share) / share;
        for (double t = SessionScript.MIN_BASELINE_SEC + rnd.uniform(0, 2 * meanListening); t < durationSec;
             t += rnd.uniform(0, 2 * meanListening)) {
            double length = rnd.uniform(SimulationConfig.CONVERSATION_TURN_MIN_SEC,
                    SimulationConfig.CONVERSATION_TURN_MAX_SEC);
            ConfounderKind talk = rnd.chance(0.5) ? ConfounderKind.EMOTIONAL_TALKING : ConfounderKind.TALKING;
            if (t + length <= durationSec - 5 && !clashes(taken, talk, t, length, false)) {
                place(talk, t, length, rnd);
                taken.add(new Taken(new TimeWindow(t, t + length), talk));
            }
            t += length;
        }
    }

    /** Seconds after a heated talk kept clear of other behavioural confounders: its arousal's recovery. */
    private static final double HEATED_RECOVERY_SEC = 180;

    /**
     * The client's arrival ({@link ConfounderKind#ARRIVAL}): walked in for 1-3 minutes before the recording starts and
     * sits down at its first second (a standing-up-and-walking {@link Exertion} that ends at 0, its orthostatic part gone
     * within seconds, its exercise part with the 40-s time constant, and walking's vagal withdrawal easing over as long);
     * one to three posture shifts while settling into the chair in the first 90 s; and a check-in talk from 10-40 s on for
     * 1.5-5 minutes (half the time on what brought the client, as emotional talk), ending at least a minute before the
     * first episode (a talk shorter than 30 s is left out). Drawn from {@code rnd} alone; the behavioural confounders
     * drawn after keep out of the talk and the shifts ({@code taken}).
     */
    private void arrival(double durationSec, List<TimeWindow> busy, List<Taken> taken, RandomSource rnd) {
        walkingHeart(-rnd.uniform(60, 180), 0, rnd);
        motions.add(new Motion(0, 2.5, rnd.uniform(0.4, 0.7), true, 0)); // sitting down
        // the heart's recovery is about 95 % done after three time constants
        events.add(new Confounder(ConfounderKind.ARRIVAL, 0, 3 * Exertion.RECOVERY_TAU_SEC));
        for (int i = rnd.integer(1, 3); i > 0; i--) {
            double from = rnd.uniform(3, 90);
            double length = rnd.uniform(1, 4);
            place(ConfounderKind.POSTURE_SHIFT, from, length, rnd);
            taken.add(new Taken(new TimeWindow(from, from + length), ConfounderKind.POSTURE_SHIFT));
        }
        double firstBusy = busy.stream().mapToDouble(TimeWindow::fromSec).min().orElse(Double.POSITIVE_INFINITY);
        double from = rnd.uniform(10, 40);
        double length = Math.min(rnd.uniform(90, 300), Math.min(firstBusy - 60, durationSec - 5) - from);
        // what brought the client, half the time, moves the heart as emotional talk does
        ConfounderKind talk = rnd.chance(0.5) ? ConfounderKind.EMOTIONAL_TALKING : ConfounderKind.TALKING;
        if (length >= 30) {
            place(talk, from, length, rnd);
            taken.add(new Taken(new TimeWindow(from, from + length), talk));
        }
    }

    /**
     * Standing up at {@code fromSec} and walking until {@code toSec}: the heart's response ({@link Exertion}) and
     * walking's vagal withdrawal (RSA falls with light exercise, as in a build-up), easing after it as the heart recovers.
     */
    private void walkingHeart(double fromSec, double toSec, RandomSource rnd) {
        exercise.add(new Exertion(fromSec, toSec, rnd.uniform(8, 14), rnd.uniform(4, 10), rnd.uniform(6, 16)));
        arousalBumps.add(new double[] {fromSec, 20, toSec - fromSec - 20, Exertion.RECOVERY_TAU_SEC,
            rnd.uniform(0.03, 0.08), -rnd.uniform(0.1, 0.25)});
    }

    /** The breathing exercises the therapist leads, in time order. */
    List<BreathingExercise> breathingExercises() {
        return List.copyOf(breathingExercises);
    }

    /** Chance that a talk comes with the hands moving through it. */
    static final double GESTURING_TALK_SHARE = 0.5;

    /**
     * The hands of an animated talker ({@code SimulationConfig#gesturesWhileTalking}): in {@link #GESTURING_TALK_SHARE}
     * of the talks (everyday, emotional or while crying), gestures of 2-8 s follow each other with pauses of 0.5-3 s
     * from the talk's first seconds to its end, each strokes of 0.4-1.5 s as brief wrist movements are
     * ({@link ConfounderKind#WRIST_MOTION}, 0.05-0.3 g, each its own speed and direction, no new posture). Speakers gesture through most of their speech, and more the more they are engaged
     * (McNeill 1992); their hands then move for minutes without any step. Drawn from {@code rnd} alone, so every other
     * confounder stays where it was.
     */
    private void gesturesWhileTalking(RandomSource rnd) {
        for (Confounder talk : List.copyOf(events)) {
            if (!(isTalk(talk.kind()) || talk.kind() == ConfounderKind.TALKING_WHILE_CRYING)
                    || !rnd.chance(GESTURING_TALK_SHARE)) {
                continue;
            }
            for (double t = talk.startSec() + rnd.uniform(0, 3); t < talk.endSec(); t += rnd.uniform(0.5, 3)) {
                double length = Math.min(rnd.uniform(2, 8), talk.endSec() - t);
                // a gesture is strokes of its own speed and direction, one after the other, not a rhythm
                for (double stroke = t; stroke < t + length; ) {
                    double strokeSec = Math.min(rnd.uniform(0.4, 1.5), t + length - stroke);
                    motions.add(Motion.ofHand(stroke, strokeSec, rnd.uniform(0.05, 0.3)));
                    stroke += strokeSec;
                }
                events.add(new Confounder(ConfounderKind.WRIST_MOTION, t, t + length));
                t += length;
            }
        }
    }

    /**
     * Whether a {@code kind} at {@code [from, from + length)} comes within 10 s of a window already taken: an episode's
     * (with its minute either side) or another confounder's. With {@code shiftsWhileTalking}, a posture shift and a talk
     * (everyday or emotional) may overlap: clients shift in the chair mid-sentence.
     */
    private static boolean clashes(List<Taken> taken, ConfounderKind kind, double from, double length,
                                   boolean shiftsWhileTalking) {
        return taken.stream().anyMatch(t -> t.window().overlaps(from - 10, from + length + 10)
                && !(shiftsWhileTalking && shiftAndTalk(kind, t.kind())));
    }

    /** A stretch no other behavioural confounder may come near, and the confounder in it ({@code null}: an episode's). */
    private record Taken(TimeWindow window, ConfounderKind kind) {
    }

    private static boolean shiftAndTalk(ConfounderKind a, ConfounderKind b) {
        return a == ConfounderKind.POSTURE_SHIFT && isTalk(b) || b == ConfounderKind.POSTURE_SHIFT && isTalk(a);
    }

    private static boolean isTalk(ConfounderKind k) {
        return k == ConfounderKind.TALKING || k == ConfounderKind.EMOTIONAL_TALKING || k == ConfounderKind.HEATED_TALKING;
    }

    private double lengthOf(ConfounderKind kind, RandomSource rnd) {
        return switch (kind) {
            case TALKING, EMOTIONAL_TALKING -> rnd.uniform(30, 120);
            case HEATED_TALKING -> rnd.uniform(120, 300);
            case POSTURE_SHIFT -> rnd.uniform(1, 4);
            case LAUGHTER -> rnd.uniform(5, 20);
            case SIGH -> rnd.uniform(5, 8);
            case STARTLE -> rnd.uniform(6, 12);
            case WALK -> rnd.uniform(60, 180);
            default -> 1;
        };
    }

    private void place(ConfounderKind kind, double from, double length, RandomSource rnd) {
        events.add(new Confounder(kind, from, from + length));
        double to = from + length;
        switch (kind) {
            case TALKING, EMOTIONAL_TALKING, TALKING_WHILE_CRYING -> {
                breathing.add(new Breathing(new TimeWindow(from, to), BreathMode.SPEECH));
                arousalBumps.add(new double[] {from, 10, length - 10, 15, rnd.uniform(0.06, 0.12), -0.05});
                for (int i = rnd.integer(1, 3); i > 0; i--) {
                    responses.add(new Response(rnd.uniform(from, to), 0.15));
                }
                handsWhileTalking(from, to, rnd);
            }
            case HEATED_TALKING -> {
                breathing.add(new Breathing(new TimeWindow(from, to), BreathMode.SPEECH));
                // the anger builds over most of the talk and outlasts it (its recovery's time constant, 40-90 s)
                double build = length * rnd.uniform(0.5, 0.9);
                arousalBumps.add(new double[] {from, build, length - build, rnd.uniform(40, 90), rnd.uniform(0.25, 0.5),
                    -rnd.uniform(0.1, 0.25)});
                for (int i = rnd.integer(3, 8); i > 0; i--) {
                    responses.add(new Response(rnd.uniform(from, to), 0.2));
                }
                handsWhileTalking(from, to, rnd);
            }
            case POSTURE_SHIFT -> {
                motions.add(new Motion(from, length, rnd.uniform(0.3, 0.7), true, 0));
                arousalBumps.add(new double[] {from, 2, length, 8, rnd.uniform(0.03, 0.08), 0});
                postureResponses.add(new PostureHeartResponse(from, postureHeart.uniform(2, 8),
                        postureHeart.uniform(-2, 2), postureHeart.chance(PostureHeartResponse.EFFORTFUL_SHARE)
                                ? postureHeart.uniform(3, 8) : 0));
                if (rnd.chance(0.5)) {
                    responses.add(new Response(from + rnd.uniform(1, 3), 0.1));
                }
            }
            case LAUGHTER -> {
                breathing.add(new Breathing(new TimeWindow(from, to), BreathMode.LAUGHTER));
                arousalBumps.add(new double[] {from, 3, length - 3, 12, rnd.uniform(0.15, 0.25), -0.1});
                responses.add(new Response(from + rnd.uniform(1, 3), 0.3));
            }
            case SIGH -> {
                sighs.add(from);
                arousalBumps.add(new double[] {from, 2, 2, 6, 0.02, 0.05});
                if (rnd.chance(0.6)) {
                    responses.add(new Response(from + rnd.uniform(1, 2.5), 0.12));
                }
            }
            case STARTLE -> {
                // sharp: full within a second, gone within about ten
                arousalBumps.add(new double[] {from, 1, 1, length - 2, rnd.uniform(0.4, 0.6), -0.3});
                responses.add(new Response(from + rnd.uniform(0.5, 1.5), rnd.uniform(0.6, 1.2)));
                motions.add(new Motion(from, rnd.uniform(0.4, 1), rnd.uniform(0.3, 0.8), false, 0));
            }
            case WALK -> {
                breathing.add(new Breathing(new TimeWindow(from, to), BreathMode.EXERTION));
                walkingHeart(from, to, rnd);
                motions.add(new Motion(from, 2.5, rnd.uniform(0.4, 0.7), true, 0)); // standing up
                // steps at 1.6-2 Hz; at the wrist walking at an ordinary pace is moderate activity (ENMO about 100 mg and
                // more, Hildebrand et al. 2014), which these swings along gravity give
                motions.add(new Motion(from + 2.5, length - 5, rnd.uniform(0.35, 0.7), false, rnd.uniform(1.6, 2.0)));
                motions.add(new Motion(to - 2.5, 2.5, rnd.uniform(0.4, 0.7), true, 0)); // sitting down
                responses.add(new Response(from + rnd.uniform(2, 6), 0.2));
            }
            default -> throw new IllegalStateException("not behavioural: " + kind);
        }
    }

    /** The hands moving while the client talks: two to six gestures over the talk. */
    private void handsWhileTalking(double from, double to, RandomSource rnd) {
        for (int i = rnd.integer(2, 6); i > 0; i--) {
            motions.add(Motion.ofHand(rnd.uniform(from, to - 2), rnd.uniform(0.5, 2), rnd.uniform(0.05, 0.25)));
        }
    }

    /**
     * Talking's heart response as the literature reports it, rather than the 1–3 bpm its arousal bump gives. Speaking raises blood pressure and heart rate within seconds of speech onset (by more than 20 % within
     * 30 s in some people and settings: Lynch, Thomas, Long et al. 1980, "Human speech and blood pressure"; Lynch, Long,
     * Thomas et al. 1981, "The effects of talking on the blood pressure of hypertensive and normotensive individuals"),
     * and they fall back within about a minute after; the motor act of speaking (counting aloud) moves the heart
     * little, while talking about personally relevant, emotional material moves nearly every autonomic index far more
     * (Linden 1987; Le Pailleur et al. 2001: the emotional content is the cause of the talking effect; Tardy &amp; Allen
     * 1998: pulse-rate reactivity to speech differs between people and tasks). The rise is not blocked by beta-blockers
     * (Freed, Thomas, Lynch et al. 1989), so it is not scaled by the client's sympathetic heart-rate gain
     * ({@link Reactivity}): part is vagal withdrawal (RSA falls), the rest a direct step.
     *
     * <p>Each talk's response is drawn from its own stream, {@code rnd}, so every other draw of a session stays what it
     * was. On an emotional topic ({@link ConfounderKind#EMOTIONAL_TALKING} always; talking while crying in widened
     * sessions) vagal tone is withdrawn by a further 0.10–0.25 (1.2–3 bpm at 12 bpm per unit) and the heart steps up by
     * 2–8 bpm: with the arousal bump's share (0.06–0.12 arousal, vagal −0.05) about 4–14 bpm (up to a fifth of a resting
     * 70 bpm), in a step. {@link ConfounderKind#TALKING} keeps its arousal bump's 1–3 bpm, the neutral topic's (counting
     * aloud moves the heart little: Linden 1987). A neutral topic's step of 0–2 bpm more with 0–0.05 more vagal
     * withdrawal was tried (ninth session): the RR-only free-hour false episodes went from 4 to 16 in 40 h, and it stays
     * a measured gap rather than the default.
     *
     * @param widened whether the session is widened ({@link EpisodeVariety#WIDE})
     */
    private void talkingHeart(boolean widened, RandomSource rnd) {
        for (Confounder c : events) {
            boolean emotional = switch (c.kind()) {
                case EMOTIONAL_TALKING -> true;
                case TALKING_WHILE_CRYING -> widened;
                default -> false;
            };
            if (!emotional) {
                continue;
            }
            double withdrawal = rnd.uniform(0.10, 0.25);
            double bpm = rnd.uniform(2, 8);
            speech.add(new SpeechHeart(c.startSec(), c.endSec(), bpm));
            speechVagal.add(new double[] {c.startSec(), c.endSec() - c.startSec(), withdrawal});
        }
    }

    /** The resting state's slow wander ({@link RestingWander#NONE} unless the configuration asks for it). */
    RestingWander restingWander() {
        return restingWander;
    }

    /** The tonic skin conductance level's decline ({@link TonicDecline#NONE} unless the configuration asks for it). */
    TonicDecline tonicDecline() {
        return tonicDecline;
    }

    /** Extra heart rate from talking at {@code timeSec}, bpm ({@link #talkingHeart}; 0 in classic sessions). */
    double speechBpmAt(double timeSec) {
        double bpm = 0;
        for (SpeechHeart s : speech) {
            if (timeSec > s.fromSec() && timeSec < s.toSec() + 6 * SPEECH_FALL_SEC) {
                bpm += s.bpmAt(timeSec);
            }
        }
        return bpm;
    }

    /** Adds the confounders' arousal and vagal excursions to the latent curves (at the latent rate). */
    void addToLatent(double[] arousal, double[] vagal) {
        for (double[] b : arousalBumps) {
            double from = b[0];
            double rise = b[1];
            double hold = Math.max(0, b[2]);
            double fall = b[3];
            int i0 = (int) Math.ceil(from / DT);
            for (int i = Math.max(0, i0); i < arousal.length && i * DT < from + rise + hold + 5 * fall; i++) {
                double d = i * DT - from;
                double level = d < rise ? 0.5 * (1 - Math.cos(Math.PI * d / rise))
                        : d < rise + hold ? 1 : Math.exp(-(d - rise - hold) / fall);
                arousal[i] += b[4] * level;
                vagal[i] += b[5] * level;
            }
        }
        for (BreathingExercise e : breathingExercises) {
            int i0 = Math.max(0, (int) Math.ceil(e.paced().fromSec() / DT));
            for (int i = i0; i < vagal.length && i * DT < e.paced().toSec() + 6 * WideEpisodeShaper.PACED_FADE_SEC; i++) {
                vagal[i] += e.vagalLift() * WideEpisodeShaper.pacedEnvelope(e.paced(), i * DT);
            }
        }
        for (double[] w : speechVagal) { // {from, length, withdrawal}: talking's vagal withdrawal, as its heart step
            int i0 = Math.max(0, (int) Math.ceil(w[0] / DT));
            for (int i = i0; i < vagal.length && i * DT < w[0] + w[1] + 6 * SPEECH_FALL_SEC; i++) {
                vagal[i] -= w[2] * SpeechHeart.levelAt(i * DT - w[0], w[1]);
            }
        }
    }

    /**
     * Extra heart rate the muscles ask for at {@code timeSec}, bpm: standing up and walking ({@link Exertion#bpmAt})
     * and shifting in the chair ({@link PostureHeartResponse#bpmAt}).
     */
    double exerciseBpmAt(double timeSec) {
        double bpm = 0;
        for (Exertion e : exercise) {
            bpm += e.bpmAt(timeSec);
        }
        for (PostureHeartResponse p : postureResponses) {
            bpm += p.bpmAt(timeSec);
        }
        return bpm;
    }

    /** The breathing mode at {@code timeSec}, or {@code null} for quiet breathing. */
    BreathMode breathModeAt(double timeSec) {
        for (Breathing b : breathing) {
            if (b.window().contains(timeSec)) {
                return b.mode();
            }
        }
        return null;
    }

    /** Whether a sigh starts within this breath's span {@code [fromSec, toSec)}. */
    boolean sighWithin(double fromSec, double toSec) {
        for (double s : sighs) {
            if (s >= fromSec && s < toSec) {
                return true;
            }
        }
        return false;
    }

    /** Whether the body shakes with laughter at {@code timeSec}. */
    boolean laughingAt(double timeSec) {
        return breathModeAt(timeSec) == BreathMode.LAUGHTER;
    }

    /** Extra skin conductance responses. */
    List<Response> responses() {
        return responses;
    }

    /** Movements (posture shifts, gestures, steps), in onset order. */
    List<Motion> motions() {
        return motions;
    }

    /**
     * Electrode settling: the fraction of the skin conductance level still missing at {@code timeSec}
     * (0 when there is no settling): the reading starts low and drifts up as the gel wets the skin.
     */
    double settlingDeficitAt(double timeSec) {
        return settlingFraction * Math.exp(-timeSec / settlingTauSec);
    }

    /** Whether this kind of confounder was asked for. */
    boolean includes(ConfounderKind kind) {
        return kinds.contains(kind);
    }

    /** The confounders placed so far (behavioural, wrist motion, electrode settling), in time order. */
    List<Confounder> events() {
        return List.copyOf(events);
    }
}
