package org.lacrima.core.episode;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a candidate the episode tracker followed was not reported as an episode: the rule that turned it down, in the
 * language of the checks it failed. For researchers and for whoever traces a missed bout; the episode list itself only
 * holds what passed every check. Each reason carries a one-sentence {@link #description()} for reports, which says
 * what the signals showed, never what anyone should do.
 */
public enum DropReason {
    /** S fell back under the keep level before any hold confirmed the rise, and the rise and fall was no whole brief bout. */
    FELL_BACK("arousal rose but fell back before it held long enough to count as a build-up"),
    /**
     * S stayed over the keep level for {@code riseLookbackSec} after the candidate opened without ever holding its rise:
     * the low it rose from (often from the recording's unsettled first minutes) lies further back than any rise is
     * measured over, and S only sat over it.
     */
    NEVER_HELD("arousal stayed somewhat above an earlier low for minutes without building up"),
    /** S came back after a stretch without it (every index left out) on the heart alone: no build-up anyone saw. */
    LEFT_OUT("the heart rate came back high after a stretch left out of the analysis (a walk, paced breathing): no "
            + "build-up was seen"),
    /**
     * A brief bout, or a bout on the heart alone, that resolved held its height no longer than a reflex (a startle, a
     * laugh, a posture shift) holds one.
     */
    REFLEX_TOP("the rise held its height no longer than a reflex does (a startle, a laugh, a posture shift)"),
    /** A brief rise without the whole S-P sequence (a fast drop with a held vagal rebound) and no slow easing-off either. */
    NO_S_P_SEQUENCE("a brief rise without the whole release sequence (a fast drop with a held vagal rebound) and "
            + "without a slow easing-off"),
    /** The rise completed faster than {@code minBuildUpSec}: a step seen through the indices' smoothing, not a build-up. */
    STEP("the rise completed within seconds, a step (movement, posture, artefact) rather than a build-up"),
    /** On the heart alone, a long-path bout that fell fast without a release. */
    HEART_ALONE_NO_RELEASE("on the heart alone, the rise fell fast without a vagal release"),
    /**
     * Where no belt sees the speech (the heart alone, a wrist), a step held as a plateau before falling: talking's time
     * course.
     */
    TALKING_STEP("without a respiration belt, the rise was a step held as a plateau and then a fall: the time course "
            + "of talking"),
    /** The belt shows the rise came with a speech stretch (stepped up with it, or rose through it) without sobbing. */
    SPEECH_ANSWER("the respiration belt shows the rise came with speech and turned as it ended, without sobbing"),
    /**
     * A brief bout whose vagal rebound the next bout hid; it waited for that next bout to become an episode, which it
     * did not.
     */
    NEXT_BOUT_DROPPED("a brief bout whose vagal rebound the next rise hid; that next rise was not an episode either");

    private final String description;

    DropReason(String description) {
        this.description = description;
    }

    /** What the signals showed, in one sentence without a trailing period, for reports and the JSON output. */
    public String description() {
        return description;
    }

    /**
     * Whether the check runs once the rise is decided (its fall seen), rather than while it is still rising: the checks
     * a tears mark during the rise overrules ({@code TearsWitness}).
     */
    public boolean judgedOnDecision() {
        return switch (this) {
            case FELL_BACK, NEVER_HELD, LEFT_OUT, NEXT_BOUT_DROPPED -> false;
            case REFLEX_TOP, NO_S_P_SEQUENCE, STEP, HEART_ALONE_NO_RELEASE, TALKING_STEP, SPEECH_ANSWER -> true;
        };
    }

    /** The lower-case, hyphenated name used in JSON ("fell-back", "talking-step", ...). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The reason whose {@link #jsonName()} (or constant name) is {@code name}, case-insensitively, or empty when none is
     * (a name a later version added).
     */
    public static Optional<DropReason> ofJsonName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(r -> r.jsonName().equals(wanted)).findFirst();
    }

    /**
     * Parses a {@link #jsonName()} (or the constant's name), case-insensitively.
     *
     * @throws IllegalArgumentException naming {@code name} when no reason has it
     */
    public static DropReason fromName(String name) {
        return ofJsonName(name).orElseThrow(() -> new IllegalArgumentException("unknown drop reason \"" + name + "\""));
    }
}
