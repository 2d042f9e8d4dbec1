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
