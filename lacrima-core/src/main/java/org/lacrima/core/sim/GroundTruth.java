package org.lacrima.core.sim;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.model.Samples;

/**
 * Everything the simulated signals were generated from. Times in seconds from the recording start.
 *
 * @param episodes        the scripted episodes (bouts) in time order, each with its spell number
 * @param beatTimesSec    R-peak times of every heart beat (sinus and ectopic), ascending
 * @param ectopicBeatTimesSec R-peak times of the premature ventricular beats among them, ascending
 * @param scrs            every skin conductance response: onset, peak, amplitude in microsiemens,
 *                        rise time, half-recovery time
 * @param breathOnsetsSec start of every inspiration, ascending
 * @param arousal         latent sympathetic arousal at 4 Hz ("arousal", dimensionless): about 0 at
 *                        rest, calm fluctuation stays within about ±0.15 apart from blips shorter than
 *                        a minute, episode peaks reach 0.35–1.0 (widened: 0.25–1.0) above their
 *                        pre-episode level; confounders (a startle, laughter) add brief excursions
 * @param vagalTone       latent vagal tone at 4 Hz ("vagal", dimensionless): 1 at rest, withdrawn
 *                        (0.5–0.85) during build-ups, above 1 during a rebound
 * @param motionArtefacts body movements that corrupt EDA and PPG, in time order
 * @param confounders     everyday confounders (talking, posture shifts, laughter, sighs, startles,
 *                        walks, electrode settling, wrist motion) and beat artefacts (each ectopic beat;
 *                        missed and split beats of an RR export), in order of their start
 * @param reactivity      how the client's channels express arousal ({@link Reactivity}); {@code null} when not recorded
 * @param responses       which systems carried each episode's build-up, in the order of {@code episodes}
 *                        ({@link ResponseFractionation}; {@link ResponseFractionation#WHOLE} for every episode when the
 *                        session was simulated without fractionation or the truth does not record it)
 */
public record GroundTruth(List<TrueEpisode> episodes, Samples beatTimesSec, Samples ectopicBeatTimesSec,
                          List<Scr> scrs, Samples breathOnsetsSec,
                          RegularSeries arousal, RegularSeries vagalTone, List<MotionArtefact> motionArtefacts,
                          List<Confounder> confounders, Reactivity reactivity, List<ResponseFractionation> responses) {

    /** Truth without each episode's response shares recorded (the ten-field form): every system carries the whole rise. */
    public GroundTruth(List<TrueEpisode> episodes, Samples beatTimesSec, Samples ectopicBeatTimesSec, List<Scr> scrs,
                       Samples breathOnsetsSec, RegularSeries arousal, RegularSeries vagalTone,
                       List<MotionArtefact> motionArtefacts, List<Confounder> confounders, Reactivity reactivity) {
        this(episodes, beatTimesSec, ectopicBeatTimesSec, scrs, breathOnsetsSec, arousal, vagalTone, motionArtefacts,
                confounders, reactivity, Collections.nCopies(episodes.size(), ResponseFractionation.WHOLE));
    }

    /** Truth without the client's reactivity recorded (the original nine-field form): an ordinary client. */
    public GroundTruth(List<TrueEpisode> episodes, Samples beatTimesSec, Samples ectopicBeatTimesSec, List<Scr> scrs,
                       Samples breathOnsetsSec, RegularSeries arousal, RegularSeries vagalTone,
                       List<MotionArtefact> motionArtefacts, List<Confounder> confounders) {
        this(episodes, beatTimesSec, ectopicBeatTimesSec, scrs, breathOnsetsSec, arousal, vagalTone, motionArtefacts,
                confounders, null);
    }

    /** Truth without confounders (the original eight-field form). */
    public GroundTruth(List<TrueEpisode> episodes, Samples beatTimesSec, Samples ectopicBeatTimesSec, List<Scr> scrs,
                       Samples breathOnsetsSec, RegularSeries arousal, RegularSeries vagalTone,
                       List<MotionArtefact> motionArtefacts) {
        this(episodes, beatTimesSec, ectopicBeatTimesSec, scrs, breathOnsetsSec, arousal, vagalTone, motionArtefacts,
                List.of());
    }

    /**
     * Which systems carried {@code episode}'s build-up: its entry in {@link #responses()}.
     *
     * @throws IllegalArgumentException when {@code episode} is not one of this truth's episodes
     */
    public ResponseFractionation responseOf(TrueEpisode episode) {
        int k = episodes.indexOf(episode);
        if (k < 0) {
            throw new IllegalArgumentException("not an episode of this session: " + episode);
        }
        return responses.get(k);
    }

    /** Latent arousal above this (0..1 scale) counts as raised; calm stretches exceed it only in blips under a minute. */
    public static final double RAISED_AROUSAL = 0.25;

    /** Sampling rate of the latent curves in hertz. */
    public static final double LATENT_RATE_HZ = 4.0;

    public GroundTruth {
        episodes = List.copyOf(episodes);
        scrs = List.copyOf(scrs);
        motionArtefacts = List.copyOf(motionArtefacts);
        confounders = List.copyOf(confounders);
        responses = List.copyOf(responses);
        if (responses.size() != episodes.size()) {
            throw new IllegalArgumentException("one response per episode: " + responses.size() + " for "
                    + episodes.size() + " episodes");
        }
        Objects.requireNonNull(beatTimesSec, "beatTimesSec");
        Objects.requireNonNull(ectopicBeatTimesSec, "ectopicBeatTimesSec");
        Objects.requireNonNull(breathOnsetsSec, "breathOnsetsSec");
        Objects.requireNonNull(arousal, "arousal");
        Objects.requireNonNull(vagalTone, "vagalTone");
    }
}
