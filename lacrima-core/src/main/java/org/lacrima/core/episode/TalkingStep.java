package org.lacrima.core.episode;

/**
 * A bout whose S rose as a step and held it as a plateau until it fell: the time course of talking, not of a crying
 * build-up and its release.
 *
 * <p>Speaking raises heart rate and blood pressure within seconds of speech onset (within 30 s: Lynch et al. 1980,
 * J Nerv Ment Dis 168: 526-534; Lynch et al. 1981, Psychosom Med 43: 25-33), holds them while the client speaks, and
 * lets them fall back within about a minute when the speaker stops to listen; an emotional topic moves the heart far
 * more than a neutral one (Linden 1987; Le Pailleur et al. 2001), by up to a fifth of its rate. On the heart, talking
 * thus makes a step up, a plateau as long as the speech turn (tens of seconds to minutes), and a step down, and the
 * step down looks like a release: heart rate drops fast and vagal tone, withdrawn while speaking, comes back. A crying
 * build-up is another time course: it climbs over 20 s to 10 minutes to a peak (issue 12), and a resolved or subsided
 * bout turns there, the release or the drift beginning at the peak (DESIGN.md section 1). So a bout that
 * <ul>
 *   <li>rose from {@link #START_LEVEL} to {@link #STEP_LEVEL} of its excess within {@code minBuildUpSec} (a step:
 *       the heart's response to speech completes within about 10 s, and the indices' 12-s smoothing spreads a step
 *       over about that; the tracker already calls a rise that fast a step, but measures it from the onset to the
 *       peak, and on a plateau the peak, the first point near the maximum, wanders late with the noise), and</li>
 *   <li>then stayed at or above {@link #HOLD_LEVEL} of its excess for {@link #HOLD_SEC} or more before falling (a
 *       plateau: even the slowest release of a brief bout, a time constant of about a minute, takes S below that level
 *       within about 20 s of its peak),</li>
 * </ul>
 * and did not stay high (not sustained: overwhelm holds its plateau for minutes and is decided on it) is talking, or
 * another held step of the heart, and not kept — when no respiration belt is behind S ({@link AxisHistory#speechUnseen}:
 * an RR strap, with or without an accelerometer, or a wrist's heart and skin), and no intervention was marked in the
 * build-up (calming can bring a fast fall to a build-up it cut short, {@link HeartAloneBout}). On a chest the belt sees
 * the speech itself ({@link SpeechAnswer}). At the wrist the skin answers weakly (tenths of a microsiemens, issue 19)
 * and a talk brings its own responses (a few SCRs), so a talk's step carries the wrist's S as it carries the strap's;
 * only where the skin rose with the heart by the agreement rise is it a second witness of a build-up, and the time
 * course is then not judged. First for the heart alone; widened to the wrist in the twenty-ninth session, when the
 * simulator's clients began to talk through a third to three fifths of the session as therapy clients do
 * ({@code SimulationConfig#conversation}): the wrist's false episodes in those hours 122 to 105 in 40 h (94 without the
 * skin's exception), the acceptance unchanged (no crying bout of it rose as such a step).
 */
final class TalkingStep {
    /** Fraction of the excess where a step starts. */
    static final double START_LEVEL = 0.2;
    /** Fraction of the excess a step reaches within {@code minBuildUpSec} of its start. */
    static final double STEP_LEVEL = 0.8;
    /** Fraction of the excess a plateau stays at or above. */
    static final double HOLD_LEVEL = 0.7;
    /** Seconds a plateau holds. */
    static final double HOLD_SEC = 30;
    /** Levels are medians over this many seconds (a breath or two), as where channels are compared for agreement. */
    static final double MEDIAN_SEC = 10;

    private TalkingStep() {
    }

    /**
     * Whether the bout from {@code onset}, judged with the data before {@code now}, rose as a step and held it as a
     * plateau. Levels are {@link #MEDIAN_SEC} medians of S, so a beat's noise sets neither the top nor the fall.
     *
     * @param preLevel S before the onset
     * @param stepSec  longest rise from {@link #START_LEVEL} to {@link #STEP_LEVEL} of the excess that is a step
     *                 ({@code minBuildUpSec}: the indices are smoothed over 12 s, so a step completes in about that)
     */
    static boolean stepAndPlateau(AxisHistory h, int onset, int now, double preLevel, double stepSec) {
        if (onset < 0 || now - onset < h.samples(HOLD_SEC)) {
            return false;
        }
        double[] m = medians(h, onset, now);
        double top = Double.NEGATIVE_INFINITY;
        for (double v : m) {
            top = Double.isFinite(v) ? Math.max(top, v) : top;
        }
        double excess = top - preLevel;
        if (!(excess > 0)) {
            return false;
        }
        int reached = -1;
        for (int i = 0; i < m.length; i++) {
            if (m[i] >= preLevel + STEP_LEVEL * excess) {
                reached = i;
                break;
            }
        }
        int start = reached;
        while (start > 0 && !(m[start - 1] <= preLevel + START_LEVEL * excess)) {
            start--;
        }
        if (reached < 0 || reached - start > h.samples(stepSec)) {
            return false;
        }
        int i = reached;
        while (i < m.length && !(m[i] < preLevel + HOLD_LEVEL * excess)) { // a left-out stretch (NaN) does not end it
            i++;
        }
        return i < m.length && i - reached >= h.samples(HOLD_SEC);
    }

    /** Medians of S over {@link #MEDIAN_SEC} centred on each grid point from {@code from} to {@code to} (exclusive). */
    private static double[] medians(AxisHistory h, int from, int to) {
        int half = h.samples(MEDIAN_SEC / 2);
        double[] out = new double[to - from];
        double[] buf = new double[2 * half + 1];
        for (int k = from; k < to; k++) {
            int n = 0;
            for (int i = Math.max(from, k - half); i <= Math.min(to - 1, k + half); i++) {
                double v = h.s(i);
                if (Double.isFinite(v)) {
                    buf[n++] = v;
                }
            }
            if (n == 0) {
                out[k - from] = Double.NaN;
            } else {
                java.util.Arrays.sort(buf, 0, n);
                out[k - from] = n % 2 == 1 ? buf[n / 2] : 0.5 * (buf[n / 2 - 1] + buf[n / 2]);
            }
        }
        return out;
    }
}
