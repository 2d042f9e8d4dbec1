package org.lacrima.core.sim;

/**
 * How one simulated client's body expresses arousal: which channels carry a build-up and which barely move. Drawn
 * once per session (a person, not an episode), from streams of their own, so every other draw of a session stays
 * what it was.
 *
 * <p>Criers differ in which systems respond (issue 19, "S must not rest on one channel"):
 * <ul>
 *   <li><b>Heart rate that rises little.</b> Crying raises heart rate only modestly (Gross, Fredrickson &amp; Levenson
 *       1994), and in Sharman et al. (2020; 71 criers) heart rate did not rise over the tearful stretch and even slowed
 *       just before the tears. In a third of widened sessions the sympathetic heart-rate gain is drawn from 2–6 bpm per
 *       unit arousal instead of 10–22 ({@link #LOW_CARDIAC_GAIN_BPM}); vagal withdrawal still speeds the heart as
 *       before (RSA still falls), so such a build-up raises heart rate by about 2–8 bpm at its peak.</li>
 *   <li><b>High palmar skin conductance level.</b> Tonic palmar SCL ranges from about 2 to 20 µS and more between
 *       people (Boucsein 2012; Dawson, Schell &amp; Filion 2007); a sudomotor burst adds conductance in parallel
 *       (more filled sweat ducts), so the microsiemens a build-up adds do not grow with the resting level. In a third
 *       of widened sessions the resting level is drawn from 10–20 µS ({@link #HIGH_PALMAR_SCL_MICROSIEMENS}) with the
 *       same tonic gain (2–4.5 µS per unit arousal): a 1-µS rise then sits on 15–20 µS. At the wrist both scale by
 *       the site's factor.</li>
 *   <li><b>Breathing rate that does not follow arousal</b> (Sharman et al. 2020: criers' breathing rate stayed
 *       stable): already drawn per widened session, a relative gain from 0 to 60 %.</li>
 * </ul>
 * The classic variety keeps the original model (none of these).
 *
 * @param heartBpmPerArousal    sympathetic heart-rate gain, bpm per unit arousal
 * @param lowCardiacResponder   whether that gain was drawn from the low range
 * @param restingSclMicrosiemens resting skin conductance level at the palm, µS (before the site's scaling)
 * @param highPalmarScl         whether that level was drawn from the high range
 * @param breathingRateGain     relative rise of the breathing rate at an arousal of 1
 */
public record Reactivity(double heartBpmPerArousal, boolean lowCardiacResponder, double restingSclMicrosiemens,
                         boolean highPalmarScl, double breathingRateGain) {
    /** Share of widened sessions drawn from each of the low-cardiac and high-SCL ranges: a third. */
    static final double SHARE = 1.0 / 3;
    /** Sympathetic heart-rate gain of a client whose heart rises little, bpm per unit arousal. */
    static final double[] LOW_CARDIAC_GAIN_BPM = {2, 6};
    /** Resting palmar skin conductance level of a client with a high level, µS. */
    static final double[] HIGH_PALMAR_SCL_MICROSIEMENS = {10, 20};
    /** A breathing-rate gain under this (10 % at full arousal) is a rate that does not follow arousal. */
    public static final double FLAT_BREATHING_GAIN = 0.1;

    /** Whether the breathing rate barely follows arousal (rises less than {@link #FLAT_BREATHING_GAIN}). */
    public boolean breathingFlat() {
        return breathingRateGain < FLAT_BREATHING_GAIN;
    }

    /**
     * The client of a widened session {@code seed}: a third have a heart that rises little, a third a high palmar level,
     * each drawn from a stream of its own; otherwise the model's ordinary draws stand ({@code NaN} here: the heart's and
     * the skin's streams draw them as before).
     */
    static Reactivity widened(long seed, double ordinaryHeartGain, double ordinaryRestingScl, double breathingGain) {
        RandomSource heart = RandomSource.forPart(seed, "heart-reactivity");
        boolean low = heart.chance(SHARE);
        double heartGain = heart.uniform(LOW_CARDIAC_GAIN_BPM[0], LOW_CARDIAC_GAIN_BPM[1]);
        RandomSource skin = RandomSource.forPart(seed, "skin-level");
        boolean high = skin.chance(SHARE);
        double level = skin.uniform(HIGH_PALMAR_SCL_MICROSIEMENS[0], HIGH_PALMAR_SCL_MICROSIEMENS[1]);
        return new Reactivity(low ? heartGain : ordinaryHeartGain, low, high ? level : ordinaryRestingScl, high,
                breathingGain);
    }
}
