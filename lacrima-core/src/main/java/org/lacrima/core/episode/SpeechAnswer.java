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
 *       {@link #HALF_AFTER_SEC} after it, and it came out resolved: the end of a talk is a step down of the heart,
 *       which the classifier reads as a fast drop;</li>
 *   <li>or the whole rise was spoken: the client was talking by the bout's onset and went on to its top, turn after
 *       turn with listening pauses shorter than {@link #LISTENING_PAUSE_SEC} ({@link #talkThrough}), resolved or
 *       subsided, unless vagal tone then held a rebound over where it sat (a
 *       release; the end of a talk only lets it back): talk about a grievance builds arousal over minutes and lets it
 *       down slowly after (anger recall: Ironson et al. 1992; Glynn, Christenfeld &amp; Gerin 2002);</li>
 *   <li>either way the bout turns within the talk or its after-effect: its release (its peak when it has none) lies
 *       before the talk's end plus {@link #TAIL_SEC} (the talk: its stretches joined across pauses of up to
 *       {@link #PAUSE_SEC}); a plateau that outlasts the talk (sustained) is not the talk's;</li>
 *   <li>nothing of crying is in it: the breath never sobbed from the onset on (the irregularity test of
 *       {@link OutcomeClassifier#sobbedBetween}, over {@link #SOB_STRETCH_SEC}).</li>
 * </ul>
 * Speech alone never vetoes a bout: clients talk through the build-up of half their crying episodes, and the sobbing
 * that comes at the peak of crying (and ends the speech breathing) keeps those bouts. A client who talks about the
 * hurt, feels the step of the heart and stops without crying is what is dropped, and so is a client who gets heated
 * over a grievance and calms down without crying. The price: a build-up toward tears that the client talks through
 * from its start to its top and that is cut short without a sob, a release or a marked intervention looks the same
 * to every channel, and is dropped too (docs/DETECTOR-HISTORY.md, twenty-eighth session).
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
     * Longest listening pause across which a rise spoken turn after turn is still the talk's ({@link #talkThrough}): the
     * heart's answer to speech falls back within about a minute when the speaker stops to listen (Lynch et al. 1980,
     * 1981), so a turn that follows a shorter pause starts from what the last one left and carries the rise on. In a
     * therapy conversation the client's turns are separated by the therapist's and by pauses of seconds to a minute.
     */
    static final double LISTENING_PAUSE_SEC = 60;
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
     * {@code now} as {@code verdict} is the answer to a speech stretch seen on the belt, without sobbing;
     * {@code heldRebound}: vagal tone held a rebound over its resting level after it (a release's sign).
     */
    static boolean answersSpeech(AxisHistory h, OutcomeClassifier classifier, OutcomeClassifier.Verdict verdict,
                                 int onset, int top, int turn, int now, double preLevel, boolean heldRebound) {
        if (verdict.outcome() == Outcome.SUSTAINED || onset < 0 || turn <= onset) {
            return false;
        }
        int[] rise = rise(h, onset, top, preLevel);
        int[] step = verdict.outcome() == Outcome.RESOLVED ? talkAround(h, rise) : null;
        // a release lifts vagal tone over where it sat; the end of a talk only lets it back
        int[] through = heldRebound ? null : talkThrough(h, onset, rise[0], top);
        boolean answered = step != null && turn <= step[1] + h.samples(TAIL_SEC)
                || through != null && turn <= through[1] + h.samples(TAIL_SEC);
        return answered && !classifier.sobbedBetween(h, onset, onset, now, SOB_STRETCH_SEC);
    }

    /**
     * The talk (grid indices {start of its part from the rise on, end}) the client kept up from the rise's start
     * (grid index {@code riseStart}, or beginning within {@link #START_BEFORE_SEC} after it) to the top at grid index
     * {@code top}, turn after turn with no listening pause longer than {@link #LISTENING_PAUSE_SEC} (a conversation's
     * turns carry a rise on; the top itself within {@link #PAUSE_SEC} of speech; the end returned is that of the turn
     * going on at the top), and had begun by the bout's onset (grid index {@code onset}, give or take
     * {@link #START_BEFORE_SEC}); {@code null} when there is none. Talking about a
     * grievance can build arousal over minutes rather than step it up (anger recall: Ironson et al. 1992), and its rise
     * then starts well into the talk; a rise that began and topped out while the client talked, with no sob in it, is
     * the talk's arousal, whether it fell fast when the talk ended or drifted down after it. A build-up the client
     * began to talk into once it was under way is not the talk's: its arousal came first.
     */
    private static int[] talkThrough(AxisHistory h, int onset, int riseStart, int top) {
        int first = nextTurn(h, Math.max(0, riseStart), Math.min(top, riseStart + h.samples(START_BEFORE_SEC)));
        if (first < 0) {
            return null;
        }
        if (talkStart(h, first) > onset + h.samples(START_BEFORE_SEC)) {
            return null;
        }
        int[] talk = talkFrom(h, first);
        // turn after turn up to the top; the talk the bout must turn with is the one going on at the top
        while (talk[1] < top && top - talk[1] >= h.samples(PAUSE_SEC)) {
            int next = nextTurn(h, talk[1], Math.min(top, talk[1] + h.samples(LISTENING_PAUSE_SEC)));
            if (next < 0) {
                return null;
            }
            talk = new int[] {talk[0], talkFrom(h, next)[1]};
        }
        return talk;
    }

    /**
     * The rise to the top at grid index {@code top} (grid indices {start, half done}): S's last up-crossing of
     * {@link #START_LEVEL} of its excess over {@code preLevel} before its first reach of {@link #HALF_LEVEL}, from
     * {@code onset} on, whatever slow drift before it placed the onset early.
     */
    private static int[] rise(AxisHistory h, int onset, int top, double preLevel) {
        double excess = h.s(top) - preLevel;
        int done = onset;
        while (done < top && !(h.s(done) >= preLevel + HALF_LEVEL * excess)) {
            done++;
        }
        int rise = done;
        while (rise > onset && !(h.s(rise - 1) <= preLevel + START_LEVEL * excess)) {
            rise--;
        }
        return new int[] {rise, done};
    }

    /**
     * The talk (grid indices {start, end}) whose start lies from {@link #HALF_AFTER_SEC} before the rise (grid indices
     * {start, half done}, {@link #rise}) was half done to {@link #START_BEFORE_SEC} after it started, its stretches joined
     * across pauses of up to {@link #PAUSE_SEC}; {@code null} when there is none.
     */
    private static int[] talkAround(AxisHistory h, int[] rise) {
        int n = h.speech.length();
        int from = Math.max(0, rise[1] - h.samples(HALF_AFTER_SEC));
        int to = Math.min(n, rise[0] + h.samples(START_BEFORE_SEC) + 1);
        for (int k = from; k < to; k++) {
            if (speaking(h, k) && (k == 0 || !speaking(h, k - 1))) {
                return talkFrom(h, k); // a talk that was already going on before the window did not start the rise
            }
        }
        return null;
    }

    /** Where the talk that is going on at grid index {@code k} began, across pauses up to {@link #PAUSE_SEC}. */
    private static int talkStart(AxisHistory h, int k) {
        int start = k;
        int pause = h.samples(PAUSE_SEC);
        for (int j = k - 1; j >= 0 && start - j <= pause; j--) {
            if (speaking(h, j)) {
                start = j;
            }
        }
        return start;
    }

    /** The first grid index from {@code from} to {@code to} (inclusive) at which the client speaks, or -1. */
    private static int nextTurn(AxisHistory h, int from, int to) {
        for (int k = from; k <= to && k < h.speech.length(); k++) {
            if (speaking(h, k)) {
                return k;
            }
        }
        return -1;
    }

    /** The talk from grid index {@code start} on (grid indices {start, end}), joined across pauses up to {@link #PAUSE_SEC}. */
    private static int[] talkFrom(AxisHistory h, int start) {
        int n = h.speech.length();
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
