package org.lacrima.core.episode;

/**
 * A bout that follows another within a spell: when a new rise after the current bout's release counts as a new bout,
 * the levels its witnesses rise from, and the rise it needs to stand out. In a spell bouts follow each other by one to
 * three minutes (DESIGN.md section 1); duration is not what makes a bout: once half of a bout's excess is gone (its
 * release happened), a new rise counts as the next bout.
 *
 * <p>Why S may understate the next bout: a new S-phase raises heart rate and withdraws vagal tone within seconds, while
 * skin conductance's tonic level recovers from the previous bout over minutes (Boucsein 2012; DESIGN.md section 1: the
 * tonic level moves over tens of seconds to minutes). Between the bouts of a spell that slow recovery holds S's trough
 * up and keeps falling while the next bout builds, so S (a weighted mean of the channels) rises by less than its
 * fastest channels. Two systems rising by the same entry rise that S would need, each from its own level before the
 * rise ({@link PreRiseLevels}), is the same evidence measured where the slow channel cannot hide it; S must then still
 * stand the keep level ({@code riseKeepFraction} of an entry rise, what keeps any candidate alive). Levels are medians
 * over the agreement window (a breath or two); rises in z, grid indices throughout.
 */
final class FollowOnBout {
    private final AxisHistory history;
    private final DetectorSettings settings;
    /** The agreement window, grid samples. */
    private final int window;
    /** Each channel's lowest and P's highest level since the current bout's top. */
    private final WitnessLevels sinceTop;

    /**
     * @param history  the axes with each channel's own S contribution
     * @param settings thresholds ({@code riseEnter}, {@code riseKeepFraction}, {@code absoluteEnter})
     * @param window   the agreement window in grid samples
     */
    FollowOnBout(AxisHistory history, DetectorSettings settings, int window) {
        this.history = history;
        this.settings = settings;
        this.window = window;
        this.sinceTop = new WitnessLevels(history, window);
    }

    /**
     * Whether grid point {@code k} starts a new bout on S's own rise: half of the current bout's excess is gone
     * ({@code halfGone}, its release happened) and S, at {@code absoluteEnter}, has since risen by an entry rise over the
     * lowest point after the top (grid index {@code trough}).
     */
    boolean startsOnS(int k, int trough, boolean halfGone) {
        double s = history.s(k);
        return halfGone && s >= settings.absoluteEnter() && s - history.s(trough) >= settings.riseEnter();
    }

    /**
     * Whether grid point {@code k} starts a new bout witnessed by its channels where S's own rise over the trough falls
     * short of an entry rise ({@link #startsOnS} is false): half of the current bout's excess is gone ({@code halfGone}),
     * S stands at {@code absoluteEnter} and has risen the keep level over the trough (grid index {@code trough}), and at
     * least two systems each rose by a whole entry rise from their own extreme since the top (grid index {@code top};
     * {@link PreRiseLevels#systemsRisen}, medians over the agreement window ending at {@code k}). The tracker asks this
     * only after a resolved release (a resolved verdict at the cut, not merely {@link ReleaseBetweenBouts}'s fast drop:
     * on a misread plateau of overwhelm the breathing and vagal tone of each sobbing wave would otherwise witness a new
     * bout); isolated rises keep S's own entry rise.
     */
    boolean startsOnWitnesses(int k, int top, int trough, boolean halfGone) {
        double s = history.s(k);
        if (!Double.isFinite(s) || !halfGone || s < settings.absoluteEnter()
                || s - history.s(trough) < settings.keepRiseZ()) {
            return false;
        }
        return levelsSince(top, k).systemsRisen(history, k - window + 1, k + 1, settings.riseEnter()) >= 2;
    }

    /**
     * The levels a next bout's witnesses rise from at grid point {@code k}: each channel's lowest and P's highest level
     * since the current bout's top (grid index {@code top}), where the release left them.
     */
    PreRiseLevels levelsSince(int top, int k) {
        sinceTop.scan(top, k);
        return sinceTop.levels();
    }

    /**
     * Whether S stood out at grid index {@code at} by the rise a bout needs over {@code level}: an entry rise, or, for a
     * rise its witnesses carry ({@code witnessedFrom}, the levels they rose from; {@code null} for a rise on S alone),
     * the keep level with two systems each an entry rise over its own level ({@link #witnessedAround}). The one
     * definition of a bout's rise that entry, confirmation and the whole-sequence checks share.
     */
    boolean stoodOut(int at, double level, PreRiseLevels witnessedFrom) {
        double rise = history.s(at) - level;
        if (rise >= settings.riseEnter()) {
            return true;
        }
        return witnessedFrom != null && rise >= settings.keepRiseZ() && witnessedAround(at, witnessedFrom);
    }

    /**
     * Whether a rise its witnesses carry ({@code witnessedFrom}; {@code null} for a rise on S alone) held over grid range
     * {@code [from, to)}: S held the keep level ({@code heldRise}, its median rise there) while two systems held an entry
     * rise each over their own levels.
     */
    boolean heldOnWitnesses(int from, int to, double heldRise, PreRiseLevels witnessedFrom) {
        return witnessedFrom != null && heldRise >= settings.keepRiseZ()
                && witnessedFrom.systemsRisen(history, from, to, settings.riseEnter()) >= 2;
    }

    /**
     * Whether at least two systems stand an entry rise over {@code levels} around grid index {@code at} (medians over the
     * agreement window centred on it).
     */
    boolean witnessedAround(int at, PreRiseLevels levels) {
        return levels.systemsRisen(history, at - window / 2, at + window / 2 + 1, settings.riseEnter()) >= 2;
    }
}
