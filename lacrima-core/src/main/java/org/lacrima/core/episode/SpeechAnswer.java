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
 *   <li>the rise starts with a speech stretch: it started (S at {@link #START_LEVEL} of its excess) no more than
 *       {@link #START_BEFORE_SEC} before the talk's start and was half done ({@link #HALF_LEVEL}) within
 *       {@link #HALF_AFTER_SEC} after it;</li>
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
    /** Fraction of the excess where the rise is taken to start. */
    static final double START_LEVEL = 0.2;
    /** Fraction of the excess the rise has reached within {@link #HALF_AFTER_SEC} of the talk's start. */
    static final double HALF_LEVEL = 0.5;
    /**
     * Seconds the rise's start ({@link #START_LEVEL} of the excess) may lie before the talk's start as the belt finds
     * it: the detector finds the first phrase a breath late (the breath that ends in it began in quiet breathing; a
     * speech cycle lasts 2.5-7 s), and the axes' centred 12-s median shows a rise up to 6 s early.
     */
    static final double START_BEFORE_SEC = 10;
    /**
     * Seconds after the talk's start within which the rise is half done ({@link #HALF_LEVEL} of the excess): the heart's
     * step completes within about 8 s of speech onset (Lynch et al. 1980/1981: within 30 s, most of it within 10 s),
     * the talk's first SCRs rise within 2-6 s of a phrase, and the 12-s smoothing spreads both by 6 s. Skin conductance
     * goes on accumulating the talk's SCRs while the client speaks, so S's last part may come later; its first half
     * does not. A rise that started before the talk (by more than {@link #START_BEFORE_SEC}) or was half done only
     * later is no answer to the talk's start.
     */
    static final double HALF_AFTER_SEC = 20;
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
                                 int onset, int top, int turn, int now, double preLevel) {
        if (verdict.outcome() != Outcome.RESOLVED || onset < 0 || turn <= onset) {
            return false;
        }
        int[] talk = talkAround(h, onset, top, preLevel);
        if (talk == null) {
            return false;
        }
        if (turn > talk[1] + h.samples(TAIL_SEC)) {
            return false;
        }
        return !classifier.sobbedBetween(h, onset, onset, now, SOB_STRETCH_SEC);
    }

    /**
     * The talk (grid indices {start, end}) whose start lies from {@link #HALF_AFTER_SEC} before the rise was half done
     * to {@link #START_BEFORE_SEC} after it started (the rise: S's last up-crossing of {@link #START_LEVEL} of its excess
     * over {@code preLevel} before its first reach of {@link #HALF_LEVEL}, from {@code onset} on, whatever slow drift
     * before it placed the onset early), its stretches joined across pauses of up to {@link #PAUSE_SEC}; {@code null}
     * when there is none.
     */
    static int[] talkAround(AxisHistory h, int onset, int top, double preLevel) {
        double excess = h.s(top) - preLevel;
        int done = onset;
        while (done < top && !(h.s(done) >= preLevel + HALF_LEVEL * excess)) {
            done++;
        }
        int rise = done;
        while (rise > onset && !(h.s(rise - 1) <= preLevel + START_LEVEL * excess)) {
            rise--;
        }
        int n = h.speech.length();
        int from = Math.max(0, done - h.samples(HALF_AFTER_SEC));
        int to = Math.min(n, rise + h.samples(START_BEFORE_SEC) + 1);
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
