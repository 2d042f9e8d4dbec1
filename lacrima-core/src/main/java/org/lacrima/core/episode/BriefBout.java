package org.lacrima.core.episode;

import java.util.function.IntPredicate;

/**
 * The brief path: how a bout too short for the long path's minute is told from a blip of arousal. A build-up of crying
 * moves skin conductance, heart rate, breathing and RSA together (Gross et al. 1994), where a single channel's burst
 * (one SCR cluster, a sigh) moves one; so a brief bout needs independent systems to agree on its rise, each by
 * {@code agreementRise} (z, in each channel's own baseline units). Holds the agreement checks and the after-the-fact
 * test of a candidate that rose and fell before any hold could confirm it. Levels compared are medians over the
 * agreement window (a breath or two); grid indices throughout.
 */
final class BriefBout {
    /** A release loses about half the excess within this many seconds (DESIGN.md section 1). */
    private static final double RELEASE_MINUTE_SEC = 60;

    private final AxisHistory history;
    private final DetectorSettings settings;
    /** The agreement window, grid samples. */
    private final int window;

    /**
     * @param history the axes with each channel's own S contribution
     * @param settings thresholds ({@code agreementRise}, {@code briefConfirmSec})
     * @param window  the agreement window in grid samples
     */
    BriefBout(AxisHistory history, DetectorSettings settings, int window) {
        this.history = history;
        this.settings = settings;
        this.window = window;
    }

    /**
     * Whether a candidate that opened at grid index {@code candidateStart}, rising from S's low at grid index
     * {@code lowIndex}, and is falling back at {@code k} before any hold confirmed it, was a whole brief bout seen after
     * the fact. A bout of a spell can build up in 20 s and release within seconds (Gross et al. 1994: a minute or two
     * of crying, often in waves), so its rise is over before any hold could be measured; what makes it a bout is then
     * its shape:
     * <ul>
     *   <li>S's top came within {@code briefConfirmSec} of the entry (before a hold could have been judged; a rise
     *       still climbing longer than that is judged by the hold) and stood out there by the rise a bout needs over
     *       the low ({@code stoodOutAt}: an entry rise, or a spell's follow-on bout's witnessed rise);</li>
     *   <li>half of that rise was gone within {@link #RELEASE_MINUTE_SEC} of the top (a release: about half the
     *       excess gone within a minute, DESIGN.md section 1; a candidate drifting for minutes is no brief bout);</li>
     *   <li>P had withdrawn by {@code agreementRise} from its level before the rise (before {@code riseOnset}, where
     *       the rise started): the S-phase withdraws vagal tone (DESIGN.md section 1; more than nine in ten brief bouts
     *       of the simulator by that much), while an arousal blip (a question that touches something, a noise outside)
     *       lifts S with P unmoved; without a hold to judge the rise by, that withdrawal is the witness of an
     *       S-phase;</li>
     *   <li>at the top at least two independent witnesses agreed: the channels behind S by their rise, P by that
     *       withdrawal.</li>
     * </ul>
     * The tracker then judges it like every brief bout: an episode only with a build-up of at least
     * {@code minBuildUpSec} and the whole S-P sequence. A single channel's burst never gets here, and an orienting
     * response or a startle, over within seconds and without a rebound, is dropped at the decision.
     */
    boolean roseAndFell(int candidateStart, int lowIndex, int k, int riseOnset, IntPredicate stoodOutAt) {
        int top = history.s.argMax(candidateStart, k + 1);
        if (top < 0 || top - candidateStart > history.samples(settings.briefConfirmSec()) || !stoodOutAt.test(top)) {
            return false;
        }
        double low = history.s(lowIndex);
        int halfGoneAt = top;
        while (halfGoneAt < k && !(history.s(halfGoneAt) <= low + 0.5 * (history.s(top) - low))) {
            halfGoneAt++;
        }
        boolean withdrew = withdrawal(riseOnset, top) >= settings.agreementRise();
        // P counts as a witness by its withdrawal from before the rise (the channels' own rises are measured from the low)
        int witnesses = agreeingChannels(top, lowIndex, false)
                + (withdrew && history.parasympatheticIndependent() ? 1 : 0);
        return halfGoneAt - top <= history.samples(RELEASE_MINUTE_SEC) && withdrew && witnesses >= 2;
    }

    /**
     * Seconds the height of a crying bout outlasts a reflex's: a startle's cardiac acceleration is over within about
     * 10 s (Graham 1979; the cardiac defence response's first acceleration), a laugh's or a posture shift's heart
     * transient within about as long, and the indices' 12-s median shows a transient of a few seconds as a top about
     * as long as that median. The height of a bout is the crying itself, sobbing for tens of seconds (Gross et al.
     * 1994: a minute or two of crying). Twelve seconds is the indices' median window: a top held no longer than the
     * smoothing holds a transient is no height of a bout. An effortful posture shift lifts the heart longer, for
     * 20-25 s ({@link HeartAloneBout#REFLEX_SEC}): this bound does not cover it, and a wider one cost a seventh of the
     * heart-alone bouts, whose height is held for less than that often enough (docs/DETECTOR-HISTORY.md, thirty-fourth
     * session). Such a shift's top is left to the other checks of a bout.
     */
    static final double TOP_HELD_SEC = 12;
    /**
     * Seconds over which the top is taken as a median, so that one beat's artefact or a motion burst of a few seconds
     * riding on the top does not make the top (and a short spike is then measured instead of the bout's height).
     */
    static final double ROBUST_TOP_SEC = 8;
    /**
     * Share of the excess over the pre-onset level within which S counts as still at its top: a transient is as wide
     * at three quarters of its height as its top lasts (a startle's acceleration, a shift's heart response), where a
     * bout's height is a plateau of sobbing. Measured on the simulator's brief bouts and false episodes before the rule
     * was written, not chosen by an acceptance figure (docs/DETECTOR-HISTORY.md, fifteenth session).
     */
    private static final double AT_TOP_FRACTION = 0.75;
    /**
     * Share of the excess S must keep, for twice {@link #TOP_HELD_SEC}, to count as still at the bout's height under a
     * reflex's spike: the half-height width, the usual measure of a transient's duration, which a spike of seconds on
     * a held height does not shorten.
     */
    private static final double AT_HEIGHT_FRACTION = 0.5;

    /**
     * Whether the height of a brief bout was held longer than a reflex holds it: S stayed within a quarter of its
     * excess over {@code preLevel} of the top for {@link #TOP_HELD_SEC} in one stretch, or kept half that excess for
     * twice as long. The top is the highest {@link #ROBUST_TOP_SEC} median of S between grid indices {@code onset}
     * and {@code now} (exclusive). A startle, a laugh or a posture shift on top of a wander of S lifts S for seconds;
     * a chance vagal upswing after it can then look like the rebound of a release, where breathing makes P wander as
     * people's breathing does (docs/DETECTOR-HISTORY.md, fifteenth session). Crying's height does not come and go
     * within seconds. The second clause is for the same reflexes on a bout's height: people shift in the chair, reach
     * for a tissue or wipe their eyes while they cry (Gross et al. 1994), and the heart's or the skin's spike then
     * makes a top the height below it was held under (independent model 2's `rr-ep-06`: the heart held at 84 bpm
     * for 18 s, a posture shift lifts it to 90 for 6 s).
     */
    boolean topHeldLongerThanAReflex(int onset, int now, double preLevel) {
        int half = history.samples(ROBUST_TOP_SEC) / 2;
        double top = Double.NEGATIVE_INFINITY;
        int at = -1;
        for (int k = Math.max(0, onset); k < now; k++) {
            double level = history.s.median(k - half, Math.min(now, k + half + 1));
            if (level > top) {
                top = level;
                at = k;
            }
        }
        if (at < 0) {
            return false;
        }
        double excess = top - preLevel;
        return stretchAtOrAbove(at, now, preLevel + AT_TOP_FRACTION * excess) >= history.samples(TOP_HELD_SEC)
                || stretchAtOrAbove(at, now, preLevel + AT_HEIGHT_FRACTION * excess)
                    >= history.samples(2 * TOP_HELD_SEC);
    }

    /**
     * Grid samples in the one stretch around grid index {@code at} (ending before {@code now}) where S is at least
     * {@code level}.
     */
    private int stretchAtOrAbove(int at, int now, double level) {
        int from = at;
        int to = at;
        while (from > 0 && history.s(from - 1) >= level) {
            from--;
        }
        while (to + 1 < now && history.s(to + 1) >= level) {
            to++;
        }
        return to - from + 1;
    }

    /**
     * How many independent channels show a rise from S's low at grid index {@code lowIndex}: each channel behind S whose
     * own contribution rose by {@code agreementRise} from around the low to the agreement window at grid index
     * {@code k}, plus, when {@code withP}, P when it comes from RSA and fell by as much (vagal withdrawal). The window is
     * centred on {@code k} when it lies in the past (the top of a bout already falling), trailing at the newest point.
     */
    int agreeingChannels(int k, int lowIndex, boolean withP) {
        int after = Math.min(window / 2, history.length() - 1 - k);
        int before = window - after;
        int agreeing = 0;
        for (var channel : history.channelS) {
            if (channel.median(k - before, k + after + 1) - channel.median(lowIndex - window, lowIndex + window + 1)
                    >= settings.agreementRise()) {
                agreeing++;
            }
        }
        if (withP && history.parasympatheticIndependent() && vagalWithdrawal(k, lowIndex) >= settings.agreementRise()) {
            agreeing++;
        }
        return agreeing;
    }

    /**
     * How far P fell (z) from its level before the rise (the median over the agreement window before grid index
     * {@code onset}) to around grid index {@code at} (the median over as long, centred); {@code NaN} without P.
     */
    double withdrawal(int onset, int at) {
        return history.p.median(onset - window, onset + 1) - history.p.median(at - window / 2, at + window / 2 + 1);
    }

    /**
     * How far P fell (z) from around S's low at grid index {@code lowIndex} to the agreement window at {@code k}
     * (centred on {@code k} when it lies in the past); {@code NaN} without P.
     */
    private double vagalWithdrawal(int k, int lowIndex) {
        int after = Math.min(window / 2, history.length() - 1 - k);
        return history.p.median(lowIndex - window, lowIndex + window + 1)
                - history.p.median(k - (window - after), k + after + 1);
    }
}
