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
 *   <li>reached {@link #STEP_LEVEL} of its excess within {@link #STEP_SEC} of its onset (a step: the heart's
 *       response to speech completes within about 10 s, and the indices' 12-s smoothing spreads it over about as
 *       much again), and</li>
 *   <li>then stayed at or above {@link #HOLD_LEVEL} of its excess for {@link #HOLD_SEC} or more before falling (a
 *       plateau: even the slowest release of a brief bout, a time constant of about a minute, takes S below that level
 *       within about 20 s of its peak),</li>
 * </ul>
 * and did not stay high (not sustained: overwhelm holds its plateau for minutes and is decided on it) is talking, or
 * another held step of the heart, and not kept. Nothing here needs a respiration belt; it reads the shape of S alone,
 * so it applies to every device.
 */
final class TalkingStep {
    /** Seconds from the onset within which a step reaches {@link #STEP_LEVEL} of the excess. */
    static final double STEP_SEC = 20;
    /** Fraction of the excess (top over the pre-onset level) a step reaches within {@link #STEP_SEC}. */
    static final double STEP_LEVEL = 0.8;
    /** Fraction of the excess a plateau stays at or above. */
    static final double HOLD_LEVEL = 0.7;
    /** Seconds a plateau holds. */
    static final double HOLD_SEC = 30;

    private TalkingStep() {
    }

    /**
     * Whether the bout from {@code onset} to its maximum {@code top}, judged with the data before {@code now}, rose as a
     * step and held it as a plateau.
     *
     * @param preLevel S before the onset
     */
    static boolean stepAndPlateau(AxisHistory h, int onset, int top, int now, double preLevel) {
        double excess = h.s(top) - preLevel;
        if (!(excess > 0) || onset < 0 || top < onset) {
            return false;
        }
        double stepLevel = preLevel + STEP_LEVEL * excess;
        int reached = -1;
        for (int i = onset; i <= top && i < now; i++) {
            if (h.s(i) >= stepLevel) {
                reached = i;
                break;
            }
        }
        if (reached < 0 || reached - onset > h.samples(STEP_SEC)) {
            return false;
        }
        double holdLevel = preLevel + HOLD_LEVEL * excess;
        int i = reached;
        while (i < now && !(h.s(i) < holdLevel)) { // a left-out stretch (NaN) does not end the plateau
            i++;
        }
        return i < now && i - reached >= h.samples(HOLD_SEC);
    }
}
