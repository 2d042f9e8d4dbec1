package org.lacrima.core.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Locomotion and other sustained gross movement (standing up and walking, pacing) from the
 * accelerometer's moving stretches ({@link MotionTracker}), and the time the heart takes to come back
 * from it. While a person walks, heart rate, breathing, skin conductance and RSA follow the metabolic
 * demand of the muscles, not emotion; they are therefore not evidence of a build-up, nor their return
 * of a release. The stretch is the movement plus {@link #RECOVERY_SEC}, the longest recovery: heart rate is shown
 * again as soon as the heart is back within its pre-movement spread ({@code analysis.HeartRecovery}), which after a
 * seated gesture is within seconds and after a walk takes one to two minutes.
 *
 * <p>Sustained means {@link #MIN_SEC} or more of movement with pauses no longer than
 * {@link #MAX_PAUSE_SEC}: a gesture, a posture shift or a startle's jolt lasts 0.5-4 s, the shaking of
 * sobbing stays below the motion threshold ({@link MotionDetector}), a walk across a room takes well
 * over a quarter of a minute.
 */
public final class ExertionDetector {
    /**
     * Shortest sustained movement, seconds: four times the longest posture shift (about 4 s), and long enough
     * for the heart to start following the muscles (the exercise heart-rate response rises within 10-30 s).
     */
    public static final double MIN_SEC = 15;
    /** Pauses up to this long (stopping at a door, turning round) do not end a walk, seconds. */
    public static final double MAX_PAUSE_SEC = 3;
    /**
     * Seconds after the movement during which the indices other than heart rate are still its after-effect, and the
     * longest heart rate is left out after it: the fast, vagal phase of
     * heart-rate recovery after light exercise has a time constant of 30-60 s, so after 90 s most of a 15-30 bpm
     * rise is gone (under about 2-3 bpm, within the baseline's spread) and the skin conductance of the effort has
     * largely recovered.
     */
    public static final double RECOVERY_SEC = 90;

    private ExertionDetector() {
    }

    /**
     * The exertion stretches (movement plus recovery) among {@code moving}, in time order, attributed to
     * {@code label}. {@code moving} must be in time order (as {@link MotionTracker#moving()} gives them).
     */
    public static List<BadInterval> detect(List<BadInterval> moving, String label) {
        return detect(moving, label, StepEvidence.ALWAYS);
    }

    /**
     * As {@link #detect(List, String)}, keeping only the sustained movements that {@code steps} says were stepping:
     * exertion is locomotion. A hand that gestures for half a minute while its owner talks moves small muscles, which
     * raise the heart by a few beats at most, and its artefacts in skin conductance and the pulse are masked per
     * channel as any movement's are ({@link MotionDetector#widen}); blanking every index for the movement and a
     * walk's recovery would hide a build-up that the talk carries.
     */
    public static List<BadInterval> detect(List<BadInterval> moving, String label, StepEvidence steps) {
        List<BadInterval> out = new ArrayList<>();
        double start = Double.NaN;
        double end = Double.NaN;
        for (BadInterval m : moving) {
            if (!Double.isNaN(end) && m.startSec() - end <= MAX_PAUSE_SEC) {
                end = Math.max(end, m.endSec());
                continue;
            }
            add(out, start, end, label, steps);
            start = m.startSec();
            end = m.endSec();
        }
        add(out, start, end, label, steps);
        return out;
    }

    private static void add(List<BadInterval> out, double start, double end, String label, StepEvidence steps) {
        if (!Double.isNaN(start) && end - start >= MIN_SEC && steps.stepped(start, end)) {
            out.add(new BadInterval(label, start, end + RECOVERY_SEC, QualityIssue.EXERTION));
        }
    }
}
