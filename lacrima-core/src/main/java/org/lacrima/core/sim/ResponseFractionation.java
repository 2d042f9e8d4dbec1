package org.lacrima.core.sim;

/**
 * Which systems carry one episode's build-up ({@link SimulationConfig#responseFractionation()}): the share of the
 * episode's arousal that reaches the heart's sympathetic drive and the skin's sudomotor drive. 1 is the whole rise.
 *
 * <p>A person's autonomic systems do not rise together from one emotional moment to the next: heart rate and skin
 * conductance can move apart, even in opposite directions, within one person ("directional fractionation", Lacey
 * 1967), the pattern depends on the situation as much as on the person (stimulus-response specificity, Engel 1960),
 * and across studies of sadness and crying heart rate and skin conductance each rose in some and not in others
 * (Kreibig 2010, Biological Psychology 84: 394-421). The skin's responses also habituate when what moves them comes
 * again (Dawson, Schell &amp; Filion 2007), as the bouts of a spell do. {@link Reactivity} draws the person (a heart that
 * rises little in a third of clients); this draws the episode: in about {@value #WEAK_SHARE} of episodes the heart's
 * sympathetic rise is only {@value #MIN_HEART}–{@value #MAX_HEART} of the person's, in about as many, independently, the
 * skin's only {@value #MIN_SKIN}–{@value #MAX_SKIN}. No study gives the share of such episodes, so a quarter is a
 * choice, the one independent model 2 made too; the skin's range goes lower because a habituated or non-responding
 * skin barely moves, where vagal withdrawal still speeds a heart whose sympathetic rise is weak.
 *
 * <p>Vagal withdrawal, breathing, sobbing and the vessels' constriction follow the episode's whole arousal: only the
 * two drives that carry a build-up most visibly in a recording are fractionated.
 *
 * @param heartShare share of the episode's arousal in the heart's sympathetic drive, 0..1
 * @param skinShare  share of the episode's arousal in the skin's tonic level and SCR rate, 0..1
 */
public record ResponseFractionation(double heartShare, double skinShare) {
    /** Share of episodes drawn with a weak heart, and independently with a weak skin: a quarter. */
    static final double WEAK_SHARE = 0.25;
    static final double MIN_HEART = 0.3;
    static final double MAX_HEART = 0.6;
    static final double MIN_SKIN = 0.2;
    static final double MAX_SKIN = 0.5;

    /** Both systems carry the whole rise: an episode without fractionation. */
    public static final ResponseFractionation WHOLE = new ResponseFractionation(1, 1);

    public ResponseFractionation {
        if (!(heartShare >= 0 && heartShare <= 1) || !(skinShare >= 0 && skinShare <= 1)) {
            throw new IllegalArgumentException("response shares must be in 0..1, got heart " + heartShare + ", skin "
                    + skinShare);
        }
    }

    /** Whether either system carries only part of the rise. */
    public boolean fractionated() {
        return heartShare < 1 || skinShare < 1;
    }

    /**
     * One episode's draw from {@code rnd}: always four draws, so that the next episode's do not depend on this one's
     * outcome.
     */
    static ResponseFractionation draw(RandomSource rnd) {
        boolean weakHeart = rnd.chance(WEAK_SHARE);
        double heart = rnd.uniform(MIN_HEART, MAX_HEART);
        boolean weakSkin = rnd.chance(WEAK_SHARE);
        double skin = rnd.uniform(MIN_SKIN, MAX_SKIN);
        return new ResponseFractionation(weakHeart ? heart : 1, weakSkin ? skin : 1);
    }
}
