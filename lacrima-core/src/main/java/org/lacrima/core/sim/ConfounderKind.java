package org.lacrima.core.sim;

import java.util.Locale;

/**
 * Everyday things in a therapy room that move the same signals as crying, or corrupt them.
 * Rates are per hour of session; behavioural confounders are placed in calm stretches (not within a
 * minute of an episode), artefacts anywhere.
 */
public enum ConfounderKind {
    /**
     * 30–120 s of speech on an everyday topic: quick inhalations and long irregular exhalations, HR +1–3 bpm, a few
     * SCRs (the motor act of speaking moves the heart little: Linden 1987); see {@link #EMOTIONAL_TALKING}.
     */
    TALKING(5, true),
    /**
     * A change of sitting position: a 1–4 s movement of 0.3–0.7 g, new posture, EDA contact jump, and the heart's
     * muscle reflex (+2–8 bpm about 3 s in, gone within about 15 s) with the new posture's level (±2 bpm); a third are
     * effortful, with a second rise of 3–8 bpm about 11 s in, gone by about 22 s.
     */
    POSTURE_SHIFT(6, true),
    /** 5–20 s of laughter: laugh exhalations with 4–5 Hz pulses below FRC and deep refills, HR +3–7 bpm, an SCR, the body shakes. */
    LAUGHTER(3, true),
    /** One deep breath (2–3× a resting one) with a long exhalation, often with a small SCR. */
    SIGH(10, true),
    /** A startle (a door, a phone): sharp SCR, HR jump of 8–17 bpm, gone within about 10 s. */
    STARTLE(2, true),
    /**
     * Standing up and walking for 1–3 min: steps on the accelerometer, HR up within seconds of standing (the
     * orthostatic response) and +15–30 bpm while walking, vagal tone withdrawn, wrist artefacts.
     */
    WALK(1.5, true),
    /** EDA electrodes settling after they are put on: the level drifts up over the first 2–6 minutes. */
    ELECTRODE_SETTLING(0, false),
    /** Gestures and fidgeting of the wrist: brief small movements corrupting wrist EDA and BVP. */
    WRIST_MOTION(30, false),
    /** Premature ventricular beats (in ECG, as weak pulses in BVP, and in the RR series). */
    ECTOPIC_BEAT(20, false),
    /** A beat the device did not detect: two RR intervals merged into one (RR exports only). */
    MISSED_BEAT(12, false),
    /** A beat counted twice: one RR interval split into two (RR exports only). */
    SPLIT_BEAT(8, false),
    /**
     * The strap's Bluetooth link drops for 5-60 s (the phone moved away, a body between them): the Heart Rate Service's
     * notifications of those seconds are lost, not queued, so the export has no beats there and the next interval is the
     * next beat's own, and the strap's accelerometer loses its frames over the same stretch (RR exports only; not among
     * the suite's confounders, a test draws it). The rate is my reading of everyday use, not a measured figure.
     */
    BLUETOOTH_DROPOUT(2, false),
    /**
     * Talking while crying: a client talks through the hurt during the build-up (speech breathing, HR +1–3 bpm, in
     * widened sessions the emotional topic's step on top, a few SCRs, hands moving), as in TALKING but inside an episode; sobbing, when it comes, takes over the breath. Not a
     * rate per hour: each episode has it with probability {@link #WHILE_CRYING_SHARE}. Behavioural, but never in an
     * episode-free stretch, so it is not one of the confounders episodes are kept apart from.
     */
    TALKING_WHILE_CRYING(0, false),
    /**
     * 30–120 s of talking about emotional, personally relevant material without crying: as {@link #TALKING}, but the
     * heart steps up by about 4–14 bpm with vagal withdrawal (Linden 1987; Le Pailleur et al. 2001: the emotional
     * content makes the talking effect), and falls back within about a minute after speech ends. Half of a therapy
     * room's talk at {@link #TALKING}'s rate; kept apart from it so that a suite can draw it or leave it out.
     */
    EMOTIONAL_TALKING(2.5, true),
    /**
     * Electrode motion in a chest ECG: every movement of the trunk (a posture shift, standing up, the steps of a walk, a
     * startle's jolt, a gesture) stretches the skin under the electrodes and changes its potential, a noise of about
     * {@value MotionModel#ECG_MOTION_MV_PER_G} mV (standard deviation) per g of the movement in the QRS band while it
     * lasts (Tam &amp; Webster 1977; the MIT-BIH Noise Stress Test Database's "electrode motion" record). A sensor's
     * property, not an event: nothing is drawn for it, and an ECG without it is as clean as a resting lab recording.
     */
    ELECTRODE_MOTION(0, false),
    /**
     * A breathing exercise the therapist leads between episodes (with {@code SimulationConfig#breathingExercises}): a
     * calming intervention is marked, and 10-30 s later the client breathes at the therapist's pace, 5-7 breaths a
     * minute, for 1-4 minutes. Slow breathing swings the heart by resonance and raises vagal tone (Lehrer et al. 2000;
     * the simulator's paced breathing after an intervention in an episode), with no build-up and no release. Not a rate
     * drawn with the others, so that turning it on moves nothing else: {@link #EXERCISES_PER_HOUR}.
     */
    PACED_BREATHING(0, false),
    /**
     * The client has just walked in and sat down when the recording starts (with {@code SimulationConfig#arrival}): the
     * heart comes down from walking with the 40-s time constant of vagal heart-rate recovery, settling into the chair
     * brings a posture shift or two, and the session opens with a check-in talk of 1.5-5 minutes (how the week went).
     * The first minutes are then unsettled, as real sessions' are. Not a rate: once, at the start.
     */
    ARRIVAL(0, false),
    /**
     * 2-5 minutes of recounting a grievance or a conflict with rising anger or indignation, without crying: speech
     * breathing throughout, and arousal that builds over most of the talk rather than stepping up with it (anger recall
     * raises heart rate by about 5-15 bpm with skin conductance and blood pressure, more the longer the client dwells
     * on it: Ironson et al. 1992; Lampert et al. 2002), vagal tone withdrawn, a run of SCRs; after the talk arousal
     * comes down over one to three minutes (anger recovers slowly: Glynn, Christenfeld &amp; Gerin 2002). To a detector
     * that does not see the speech it is a build-up that subsides, or that resolves when the speech breath ends. Not in
     * the suite's rooms; a test draws it ({@code HeatedTalkTest}).
     */
    HEATED_TALKING(1, true);

    /** Breathing exercises per hour of session with {@code SimulationConfig#breathingExercises}. */
    public static final double EXERCISES_PER_HOUR = 2;

    /** Share of episodes during whose build-up the client talks, with {@link #TALKING_WHILE_CRYING}. */
    public static final double WHILE_CRYING_SHARE = 0.5;

    private final double perHour;
    private final boolean behavioural;

    ConfounderKind(double perHour, boolean behavioural) {
        this.perHour = perHour;
        this.behavioural = behavioural;
    }

    /** Mean occurrences per hour (0 for electrode settling, which happens once at the start). */
    public double perHour() {
        return perHour;
    }

    /** Whether this is something the client does (kept out of episodes) rather than a sensor artefact. */
    public boolean behavioural() {
        return behavioural;
    }

    /** Lower-case name with hyphens, as in the truth JSON and on the command line: "posture-shift". */
    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a {@link #token()} (case-insensitive, '-' or '_').
     *
     * @throws IllegalArgumentException naming the token and the known kinds
     */
    public static ConfounderKind parse(String token) {
        String t = token.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ConfounderKind k : values()) {
            if (k.name().equals(t)) {
                return k;
            }
        }
        StringBuilder known = new StringBuilder();
        for (ConfounderKind k : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(k.token());
        }
        throw new IllegalArgumentException("unknown confounder '" + token + "' (expected " + known + ")");
    }
}
