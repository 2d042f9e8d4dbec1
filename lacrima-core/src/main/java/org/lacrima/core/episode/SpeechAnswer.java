package org.lacrima.core.episode;

/**
 * A bout that is the heart's and the skin's answer to speech, seen on the respiration belt: it rose as the client began
 * to talk, turned while they talked or as they stopped, and nothing of crying's own breath was in it.
 *
 * <p>Speaking raises heart rate and blood pressure within seconds of speech onset, holds them while the client speaks
 * and lets them fall back within about a minute when they stop to listen (Lynch et al. 1980, J Nerv Ment Dis 168;
 * Lynch et al. 1981, Psychosom Med 43: 25-33); talking about personally relevant, emotional material moves nearly every
 * autonomic index, skin conductance too, far more than neutral speech (Linden 1987; Le Pailleur et al. 2001). To the
 * axes such a talk is a build-up and a release: S steps up with the speech, and when it ends heart rate drops fast and
 * vagal tone, withdrawn while speaking, comes back. {@link TalkingStep} recognises the time course on the heart alone;
 * where a respiration belt shows the speech ({@code SpeechBreathingDetector}: quick inspirations and long expirations
 * carrying the words), the talk itself can be matched against the bout:
 * <ul>
 *   <li>the rise starts with a speech stretch: the bout's onset lies no more than {@link #LEAD_SEC} before and
 *       {@link #LAG_SEC} after the stretch's start;</li>
 *   <li>the bout turns within the talk or its after-effect: its release (its peak when it has none) lies before the
 *       talk's end plus {@link #TAIL_SEC} (the talk: its stretches joined across pauses of up to
 *       {@link #PAUSE_SEC});</li>
 *   <li>it came out resolved: the end of a talk is a step down of the heart, which the classifier reads as a fast
 *       drop (a build-up that drifts down over minutes, or a plateau, is not the talking effect's time course);</li>
 *   <li>nothing of crying is in it: the breath never sobbed from the onset on (the irregularity test of
 *       {@link OutcomeClassifier#sobbedBetween}, over {@link #SOB_STRETCH_SEC}).</li>
 * </ul>
 * Speech alone never vetoes a bout: clients talk through the build-up of half their crying episodes, and the sobbing
 * that comes at the peak of crying (and ends the speech breathing) keeps those bouts. A client who talks about the
 * hurt, feels the step of the heart and stops without crying is what is dropped.
 */
final class SpeechAnswer {
    /**
     * Seconds the onset may lie before the speech stretch's start: the axes are smoothed with a centred 12-s median (a
     * rise shows up to 6 s early), and the detector finds the first phrase a breath late (a speech breath lasts 2-7 s;
     * the breath that ends in it began in quiet breathing), so an onset at the first words lies up to about 15 s
     * before the stretch found.
     */
    static final double LEAD_SEC = 15;
    /**
     * Seconds the onset may lie after the stretch's start: the heart's step completes within about 8 s of speech
     * onset (Lynch et al. 1980: within 30 s, in the simulator's and most measurements within 10 s), and the onset is
     * the 30 % crossing of that step.
     */
    static final double LAG_SEC = 10;
    /**
     * Seconds after the speech stretch's end within which the bout must have turned: the detector ends a stretch a
     * breath or two early or late (two quiet breaths end it), and the smoothing spreads the turn by 6 s.
     */
    static final double TAIL_SEC = 20;
    /**
     * Longest pause that does not end a talk: the belt's detector ends a stretch at two breaths that are not speech-like
     * (a pause to think, a deeper breath before a long sentence); the heart's step holds through a few seconds of
     * silence (its fall after speech has a time constant of about 15 s).
     */
    static final double PAUSE_SEC = 10;
    /**
     * Seconds over which the breath must have been sobbing for more than half: crying's sobbing spans its peak, from
     * some 10-30 s before it to 30-90 s after the release (the sobbing breath goes on as long as the crying), while a
     * sigh, one deep breath with a long expiration, makes the irregularity index (its cycles over a centred 20-s
     * window) uneven for about that window only; over 60 s, more than 30 s of uneven breath is sobbing, not a sigh.
     */
    static final double SOB_STRETCH_SEC = 60;

    private SpeechAnswer() {
    }

    /**
     * Whether the bout from {@code onset} that turned at {@code turn} (its release, or its peak) and was decided at
     * {@code now} as {@code verdict} is the answer to a speech stretch seen on the belt, without sobbing.
     */
    static boolean answersSpeech(AxisHistory h, OutcomeClassifier classifier, OutcomeClassifier.Verdict verdict,
                                 int onset, int turn, int now) {
        if (verdict.outcome() != Outcome.RESOLVED || onset < 0 || turn <= onset) {
            return false;
        }
        int[] talk = talkAround(h, onset);
        if (talk == null) {
            return false;
        }
        if (turn > talk[1] + h.samples(TAIL_SEC)) {
            return false;
        }
        return !classifier.sobbedBetween(h, onset, onset, now, SOB_STRETCH_SEC);
    }

    /**
     * The talk (grid indices {start, end}) whose start lies from {@link #LAG_SEC} before {@code onset} to
     * {@link #LEAD_SEC} after it, its stretches joined across pauses of up to {@link #PAUSE_SEC}; {@code null} when
     * there is none.
     */
    static int[] talkAround(AxisHistory h, int onset) {
        int n = h.speech.length();
        int from = Math.max(0, onset - h.samples(LAG_SEC));
        int to = Math.min(n, onset + h.samples(LEAD_SEC) + 1);
        int start = -1;
        for (int k = from; k < to && start < 0; k++) {
            if (speaking(h, k) && (k == 0 || !speaking(h, k - 1))) {
                start = k; // a talk that was already going on before the window did not start the rise
            }
        }
        if (start < 0) {
            return null;
        }
        int end = start;
        int pause = h.samples(PAUSE_SEC);
        int k = start;
        while (k < n) {
            if (speaking(h, k)) {
                end = k + 1;
                k++;
            } else if (k - end < pause) {
                k++;
            } else {
                break;
            }
        }
        return new int[] {start, end};
    }

    private static boolean speaking(AxisHistory h, int k) {
        return h.speech.get(k) >= 0.5;
    }
}
