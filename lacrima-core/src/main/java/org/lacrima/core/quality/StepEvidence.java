package org.lacrima.core.quality;

/** Whether a sustained movement was locomotion: its wearer stepped over it ({@link ExertionDetector}). */
@FunctionalInterface
public interface StepEvidence {
    /** Evidence that takes every sustained movement for steps (a belt's stepping stretches are steps already). */
    StepEvidence ALWAYS = (fromSec, toSec) -> true;

    /** Whether the movement over {@code [fromSec, toSec)} (seconds from the recording start) was stepping. */
    boolean stepped(double fromSec, double toSec);
}
