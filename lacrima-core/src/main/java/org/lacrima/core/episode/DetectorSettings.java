package org.lacrima.core.episode;

/**
 * Thresholds of the episode detector. Axis values are in baseline-normalised units (robust z, see
 * {@link AxisComponent}); durations in seconds. The defaults follow the published time course of
 * crying (DESIGN.md section 1): a build-up of minutes, half the excess gone within about a minute of a
 * resolved peak, effects subsiding within about 4 minutes; they are deliberately generous so that
 * they do not fit one simulator's exact shapes. The thresholds that tell everyday confounders from
 * build-ups are documented, each with its physiological reason, where they are applied:
 * {@link ElectrodeSettling}, {@link BaselineFinder}, {@link AxisComponent} (floors),
 * {@code quality.ExertionDetector} (walking), {@code rsp.SpeechBreathingDetector} (talking),
 * {@code rsp.LaughterBreathingDetector} (laughter) and {@code hrv.SlowBreathingDetector} (paced slow breathing).
 *
 * @param riseLookbackSec       a rise is measured from the lowest sympathetic level of this many seconds before
 * @param riseEnter             rise over that low (z) that opens a candidate episode
 * @param absoluteEnter         level over the baseline (z) the axis must also exceed, so a return from an undershoot is no episode
 * @param riseKeepFraction      the candidate is dropped when the rise falls below this fraction of {@code riseEnter}
 * @param confirmSec            seconds the rise must last to be an episode (brief fluctuations and single SCR bursts are shorter)
 * @param minAreaZSec           area (z·s) of the rise over its low plus the keep level, since the candidate opened: a blip of arousal
 *                              under a minute stays well below it, the smallest build-up well above
 * @param fastDropFraction      fraction of the excess lost within 60 s (the steepest minute starting between the peak and a minute after the maximum) that counts as a fast drop
 * @param reboundMin            parasympathetic rise (z) over the resting level (the pre-onset level, never above the baseline)
 *                              that counts as a vagal rebound
 * @param reboundWindowSec      seconds after the peak in which the rebound is looked for
 * @param decisionSec           seconds after the peak at which an episode whose S fell below half its excess is classified
 * @param sustainedSec          seconds after the peak with the excess still over half that make it sustained
 * @param endFraction           the episode ends when the axis is back below pre-level plus this fraction of the excess
 * @param settleSec             ... or when it has stayed within a narrow band for this many seconds
 * @param preWindowSec          seconds before the onset that define the pre-episode level; the recording's first this-many
 *                              seconds (the client arriving) are no low a rise is measured from
 * @param interventionMarginSec an intervention this close before the onset or after the peak still counts as in the build-up
 * @param briefConfirmSec       seconds a rise must hold (in the median) to be a bout when at least two independent channels
 *                              agree on it. 20 s: a single skin conductance response rises within 0.5-5 s and is a
 *                              burst of 10-30 s, a startle's cardiac defence response is over within about 10 s; after
 *                              the indices' ±6 s smoothing a median held over 20 s needs the rise present for more than
 *                              10 s, which the shortest crying build-ups (about 20 s, issue 12) give and a single
 *                              response does not. Without agreement {@code confirmSec} and {@code minAreaZSec} apply.
 * @param agreementRise         rise (z, in each channel's own baseline units) that counts a channel as agreeing with a
 *                              build-up: one baseline spread of its slow variability, the smallest change that stands
 *                              out from the channel's own wander
 * @param spellGapSec           bouts whose gap (end of one to onset of the next) is at most this long form one spell:
 *                              the after-effects of a crying bout fade within about 4 minutes (Hendriks et al. 2007),
 *                              so a bout starting sooner begins before the previous one has worn off
 * @param minBuildUpSec         shortest build-up (onset to peak) of an episode: the indices are smoothed over 12 s, so a
 *                              rise that completes faster than that is a step (a walk, a posture shift, an electrode
 *                              or motion artefact) seen through the smoothing, not a build-up; the shortest crying
 *                              build-ups (about 20 s) still show 12 s or more from their 30 % crossing to the top
 * @param minRecordingSec       shortest recording in which episodes are looked for without a given baseline: a 3-minute
 *                              baseline plus 2 minutes, the least that holds a brief bout's build-up and release
 */
public record DetectorSettings(double riseLookbackSec, double riseEnter, double absoluteEnter, double riseKeepFraction,
                               double confirmSec, double minAreaZSec, double fastDropFraction, double reboundMin,
                               double reboundWindowSec, double decisionSec, double sustainedSec, double endFraction,
                               double settleSec, double preWindowSec, double interventionMarginSec,
                               double briefConfirmSec, double agreementRise, double spellGapSec, double minBuildUpSec,
                               double minRecordingSec) {

    /**
     * The keep level of a rise, in z: {@code riseKeepFraction} of an entry rise ({@code riseEnter}), the least a
     * candidate's rise may fall to and still be followed, and the least a bout must stand out by where its witnesses
     * carry it.
     */
    public double keepRiseZ() {
        return riseKeepFraction * riseEnter;
    }

    /** The defaults used by {@code analyze}. */
    public static DetectorSettings defaults() {
        return new DetectorSettings(300, 2.0, 1.5, 0.5, 60, 200, 0.45, 0.3, 180, 210, 240, 0.25, 60, 60, 20,
                20, 1.0, 240, 12, 300);
    }
}
