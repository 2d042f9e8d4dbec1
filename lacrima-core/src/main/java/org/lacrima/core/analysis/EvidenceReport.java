package org.lacrima.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.episode.IncrementalEpisodeDetector;
import org.lacrima.core.model.ChannelType;

/** Says which evidence was missing from a session and how that limits the episodes and outcomes. */
final class EvidenceReport {
    private EvidenceReport() {
    }

    static List<String> warnings(ChannelSelection selection, IncrementalEpisodeDetector detector) {
        List<String> out = new ArrayList<>();
        boolean cardiac = selection.has(ChannelType.ECG) || selection.has(ChannelType.RR)
                || selection.has(ChannelType.PPG) || selection.has(ChannelType.HR);
        if (!selection.has(ChannelType.EDA)) {
            out.add("no EDA channel: skin conductance level and responses not assessed; "
                    + "the sympathetic axis rests on heart rate and breathing only");
        }
        if (!cardiac) {
            out.add("no ECG, RR or PPG channel: no heart rate and no RSA, so vagal rebound cannot be assessed; "
                    + "resolved and subsided are told apart by the speed of the drop alone");
        } else if (detector.parasympatheticFromRsa().map(rsa -> !rsa).orElse(false)) {
            out.add("no RSA: the parasympathetic axis uses inverted heart rate, a weaker sign of vagal rebound");
        }
        boolean belt = selection.hasBelt();
        if (selection.has(ChannelType.RSP) && !belt) {
            out.add("breathing drawn from the chest strap's accelerometer: it shows when the client talked; breathing "
                    + "rate and irregularity (sobbing) not assessed, and laughter cannot be told from a small build-up");
        } else if (!belt) {
            out.add("no respiration channel: breathing rate and irregularity (sobbing) not assessed");
        }
        // the heart's own step is judged on beats (HeartStage), not on a device's averaged heart-rate channel
        boolean heartAlone = !selection.has(ChannelType.EDA) && !belt
                && (selection.has(ChannelType.ECG) || selection.has(ChannelType.RR) || selection.has(ChannelType.PPG));
        if (heartAlone) {
            // RestingWanderTest: a resting heart rate wandering as people's does (1.5-4 bpm over minutes) gave about two
            // false episodes an hour on the strap alone, and nothing on the heart alone tells it from a subtle build-up
            out.add("heart rate alone carries the sympathetic axis: the resting heart's own slow wander (a few bpm over "
                    + "minutes) cannot be told from a subtle build-up of 7-15 bpm, so some episodes found may be that "
                    + "wander (about 2 an hour in simulated sessions whose resting heart wanders as people's does)");
        }
        // What tells everyday confounders from a build-up is missing: say so rather than guess. Slow paced breathing is
        // still looked for in the heart rhythm; talking, laughter and walking raise heart rate (and skin conductance)
        // as a small build-up does, and only the breath pattern and the accelerometer show them.
        if (cardiac && !selection.has(ChannelType.RSP)) { // derived breathing says so above
            out.add("no respiration channel: talking and laughter cannot be told from a small build-up "
                    + "(slow paced breathing is looked for in the heart rhythm)");
        }
        if (cardiac && selection.accelerometer().isEmpty()) {
            // an RR export usually comes from a chest strap whose accelerometer the logging app can export as well
            String strap = selection.has(ChannelType.RR)
                    ? "; a chest strap's accelerometer export, analysed with the RR file in one session folder, tells them"
                    : "";
            out.add(heartAlone
                    ? "no accelerometer: standing up or a short walk shows only in the heart rhythm; an abrupt, held "
                            + "heart-rate step is left out as one (a walk that starts gently cannot be told from a "
                            + "build-up, nor a build-up that starts with such a step" + strap + ")"
                    : belt
                    // BeltSteps: a walk's steps or jolts in the belt stand for the accelerometer's movement
                    ? "no accelerometer: a walk is seen only in the respiration belt (steps, or the trunk jolting for "
                            + "half a minute); standing up or a few steps cannot be told from a build-up (heart rate "
                            + "rises with both" + strap + ")"
                    : "no accelerometer: standing up or a short walk cannot be told from a build-up "
                            + "(heart rate rises with both" + strap + ")");
        }
        if (detector.baseline().isPresent() && !detector.sympatheticAvailable()) {
            out.add("no usable channel for the sympathetic axis (EDA, heart rate or breathing): "
                    + "episodes cannot be detected");
        }
        out.addAll(detector.warnings());
        return out;
    }
}
