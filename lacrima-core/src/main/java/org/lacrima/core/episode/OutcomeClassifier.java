package org.lacrima.core.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lacrima.core.model.Event;

/**
 * Decides how a confirmed build-up ended, from the axes up to the decision point, and collects the
 * evidence (DESIGN.md section 1).
 *
 * <ul>
 *   <li>{@code sustained}: at the decision, {@code sustainedSec} after S reached its top, S is still
 *       over {@link #HIGH_FRACTION} of its excess and not drifting down (it "stays high", {@link #holdsTop}: levels
 *       judged over a whole sobbing wave, the drift from one wave to the next; the top a plateau's crest,
 *       {@link #PLATEAU_SHARE_OF_TOP}), or it kept escalating; unless S fell fast after its top and vagal tone then
 *       held {@code agreementRise} over its resting level (a release, not a plateau's dip, whatever S did after
 *       it).</li>
 *   <li>{@code resolved}: a fast drop, with at least one more of a vagal rebound and settling near the
 *       pre-episode level, and P not below its pre-episode level. The fast drop is the largest share of
 *       the excess lost within 60 s from a point between the peak and a minute after the maximum (the release); at least
 *       {@code fastDropFraction} of it, i.e. about half the excess within a minute. Measuring from the
 *       release rather than the peak keeps a short crying peak (a hold before the turn) from hiding
 *       the drop. A slow drift, or vagal tone raised by paced breathing without such a drop, is no
 *       release.</li>
 *   <li>{@code subsided}: the rest: a decline without fast drop, or without rebound and settling.</li>
 * </ul>
 */
public final class OutcomeClassifier {
    /** S within a quarter of the excess of its top level (S's median over the last {@link #WAVE_SEC}) still counts as "high". */
    static final double HIGH_FRACTION = 0.75;
    /**
     * Overwhelm plateaus with repeated sobbing waves, surges and dips that recur every 40-90 s and swing S by a third
     * of its excess or more (sobbing breath, heart rate and SCRs surge together). Levels of a plateau (its top, where
     * it stands now, its drift) are therefore judged over the longest wave period, so that they are neither a crest
     * nor a dip.
     */
    static final double WAVE_SEC = 90;
    /**
     * A fall of S's median from one whole wave ({@link #WAVE_SEC}) to the next of more than this share of the excess
     * the earlier wave stood at ({@link #driftPerWave}) is a decline, not a plateau. A build-up cut short loses half its excess within 1.5-5 minutes: at that pace,
     * early in the decline, 19-50 % of it per 90 s; a plateau of overwhelm holds its level for minutes, sagging by
     * at most a few per cent per 90 s. An eighth lies between.
     */
    static final double DRIFT_PER_WAVE = 0.125;
    /**
     * The most breath-to-breath variability arousal alone brings: from about 8 % at rest to 20 % at a strong arousal
     * peak, breathing faster and less regularly in the S-phase (Gross, Fredrickson &amp; Levenson 1994; the simulator's
     * respiration model draws the same). The irregularity index is on that scale (the mean of the local coefficients of
     * variation of cycle length and depth); sobs, short and jerky breaths of varying depth with convulsive catches,
     * lie above it. A breath this irregular or less may be an aroused breath without any crying.
     */
    static final double AROUSED_BREATH_IRREGULARITY = 0.20;
    /** Settled: S back within this share of the excess of the pre-episode level 90-150 s after the release. */
    static final double SETTLED_FRACTION = 0.35;

    private final DetectorSettings settings;

    /** A classifier using these thresholds. */
    public OutcomeClassifier(DetectorSettings settings) {
        this.settings = settings;
    }

    /**
     * The verdict on an episode.
     *
     * @param outcome      the outcome
     * @param releaseIndex grid index of the start of the fast drop, or -1 when there was none
     * @param metrics      the evidence
     * @param confidence   0..1
     * @param warnings     what limited the call
     * @param heldRebound  the vagal rebound as a level held for {@link #HELD_REBOUND_SEC} (the highest median P over that
     *                     long within the rebound window, minus the pre-onset level; z, {@code NaN} without P): unlike
     *                     the maximum it is not raised by one noisy swing
     */
    public record Verdict(Outcome outcome, int releaseIndex, EpisodeMetrics metrics, double confidence,
                          List<String> warnings, double heldRebound) {
        /**
         * This verdict for a bout that a calming intervention marked in its build-up cut short: subsided, without a
         * release, however fast its fall and whatever vagal tone did after it. A build-up cut short before its peak by
         * a well-meant calming intervention subsides without release (DESIGN.md section 1: {@code interrupted} belongs
         * to {@code subsided}); the calming and the slow breathing a therapist paces then bring arousal down and lift
         * vagal tone by themselves (issue 19), so neither the fall nor the vagal rise after the mark witnesses a
         * release. Where the paced breathing is seen it is left out of every index ({@code hrv.SlowBreathingDetector});
         * a pulse sensor's noisy beat times can hide it, and vagal tone then rose over the fall as a rebound would.
         *
         * @param withoutSequence whether the fall also lacked the whole S-P sequence (a brief bout's fast drop and
         *                        held vagal rebound), which the explanation then says
         */
        Verdict cutShortByIntervention(boolean withoutSequence) {
            if (outcome != Outcome.RESOLVED) {
                return this;
            }
            List<String> why = new ArrayList<>(warnings);
            why.add(withoutSequence
                    ? "a calming intervention was marked in the build-up and the fall lacked a held vagal rebound:"
                            + " a build-up cut short, not a release"
                    : "a calming intervention was marked in the build-up: its calming, and the slow breathing often"
                            + " paced after it, bring arousal down and lift vagal tone by themselves, so the fall is"
                            + " read as a build-up cut short, not a release");
            return new Verdict(Outcome.SUBSIDED, -1, metrics, confidence, List.copyOf(why), heldRebound);
        }

        /**
         * This verdict for a rise kept because tears were marked during it ({@link TearsWitness}) although its signals
         * failed {@code failed}: the outcome stands, and the warnings say what kept it and what the signals lacked.
         */
        Verdict keptOnTears(Event mark, DropReason failed) {
            List<String> why = new ArrayList<>(warnings);
            why.add(String.format(Locale.ROOT, "kept because tears were marked at %.0f s (\"%s\"); on the signals alone"
                    + " it was turned down: %s", mark.onsetSec(), mark.label(), failed.description()));
            return new Verdict(outcome, releaseIndex, metrics, confidence, List.copyOf(why), heldRebound);
        }
    }

    /** A held rebound is P's median over this many seconds: RSA rises over the resolution of crying and stays up for minutes. */
    static final double HELD_REBOUND_SEC = 30;
    /**
     * Share of a span on which a series must have been measured to count as seen there: most of it (P over a held
     * rebound's span; a channel behind S over the top or the fall).
     */
    static final double MIN_SEEN_SHARE = 0.5;

    /**
     * Classifies the episode with onset {@code onset}, peak {@code peak} and maximum {@code top} (grid
     * indices) from the history up to grid index {@code now} (exclusive); {@code preLevel} is S before the onset.
     *
     * @param plateauElapsed whether the decision comes because S stayed at its top for {@code sustainedSec}
     *                       (or kept escalating), rather than after a drop
     * @param truncated      whether the recording ended before the normal decision point
     */
    public Verdict classify(AxisHistory h, int onset, int peak, int top, int now, double preLevel,
                            boolean plateauElapsed, boolean truncated, List<String> channelsUsed) {
        double peakS = h.s(top);
        double excess = Math.max(peakS - preLevel, 1e-9);
        int minute = h.samples(60);
        double gone60 = peak + minute < now ? clamp01((peakS - around(h, peak + minute)) / excess) : Double.NaN;

        int release = steepestDropStart(h, peak, Math.max(peak, top), now);
        double fastestDrop = release >= 0 ? clamp01(dropWithinMinute(h, release, now) / excess) : Double.NaN;
        int from = release >= 0 ? release : peak;
        double postMinusPre = postLevel(h, from, now) - preLevel;
        double pPre = restingP(h, onset);
        int pMax = h.p.argMax(from, Math.min(now, from + h.samples(settings.reboundWindowSec())));
        double rebound = pMax >= 0 ? h.p.get(pMax) - pPre : Double.NaN;
        double reboundLatency = Double.isFinite(rebound) ? (pMax - peak) / h.rateHz() : Double.NaN;

        double irregular = h.irregularity.median(peak - h.samples(30), peak + h.samples(30) + 1);

        List<String> warnings = new ArrayList<>();
        Boolean reboundSeen = Double.isFinite(rebound) ? rebound >= settings.reboundMin() : null;
        // Vagal rebound can come a minute or more after the release (Rottenberg et al. 2003): P still below its
        // pre-onset level vetoes a release only when the whole rebound window was seen, not when the next bout or
        // the end of the recording cut it short.
        boolean reboundCut = now < from + h.samples(settings.reboundWindowSec());
        if (reboundSeen == null) {
            warnings.add("no parasympathetic evidence (no usable ECG, RR or PPG): vagal rebound not assessed, "
                    + "resolved versus subsided judged from the drop and the settling alone");
        }
        boolean fastDrop = fastestDrop >= settings.fastDropFraction();
        int signs = fastDrop ? 1 : 0;
        int assessed = 1;
        if (Double.isFinite(postMinusPre)) {
            signs += postMinusPre <= SETTLED_FRACTION * excess ? 1 : 0;
            assessed++;
        }
        if (reboundSeen != null) {
            signs += reboundSeen ? 1 : 0;
            assessed++;
        }
        boolean high = holdsTop(h, onset, top, preLevel, now);
        double held = heldRebound(h, from, Math.min(now, from + h.samples(settings.reboundWindowSec()))) - pPre;
        // A fast drop after which vagal tone held over its resting level is a release, not a plateau's dip: through
        // overwhelm vagal tone stays withdrawn, and its rebound above rest marks resolution (Rottenberg et al. 2003).
        // S coming part-way back up afterwards (talk, the next hurt) over a narrow top's plateau level does not make
        // the bout a plateau that held.
        boolean released = fastDrop && held >= settings.agreementRise();
        Outcome outcome;
        if (high && (plateauElapsed || truncated) && !released) {
            outcome = Outcome.SUSTAINED;
            if (truncated && !plateauElapsed) {
                warnings.add("the recording ended " + Math.round((now - peak) / h.rateHz())
                        + " s after the peak with arousal still high: sustained is provisional");
            }
        } else if (fastDrop && signs >= 2 && (!(rebound < 0) || reboundCut)) {
            outcome = Outcome.RESOLVED;
            if (Boolean.FALSE.equals(reboundSeen)) {
                warnings.add(reboundCut
                        ? "no vagal rebound within the " + Math.round((now - from) / h.rateHz()) + " s after the release "
                        + (truncated ? "before the recording ended" : "before the next bout began")
                        + ": a delayed rebound could not be seen"
                        : "fast drop and settling without a clear vagal rebound");
            }
        } else {
            outcome = Outcome.SUBSIDED;
        }
        double quality = h.sQuality.mean(onset, now);
        double margin = switch (outcome) {
            case SUSTAINED -> 1.0;
            case RESOLVED -> (double) signs / assessed;
            case SUBSIDED -> 1.0 - (double) signs / assessed / 2;
        };
        double evidence = reboundSeen == null ? 0.7 : 1.0;
        double confidence = clamp01((Double.isFinite(quality) ? quality : 0) * margin * evidence * (truncated ? 0.7 : 1.0));
        if (Double.isFinite(quality) && quality < 0.5) {
            warnings.add("signal quality was low during the episode");
        }
        if (outcome != Outcome.SUSTAINED) {
            channelsChangedOverTheFall(h, top, from, now).ifPresent(warnings::add);
        }
        EpisodeMetrics metrics = new EpisodeMetrics((peak - onset) / h.rateHz(), peakS, gone60, Double.NaN, rebound,
                reboundLatency, postMinusPre, Double.NaN, irregular, channelsUsed, fastestDrop,
                plateauHeldFraction(h, top, preLevel, now), driftPerWave(h, top, preLevel, now));
        metrics = withTimeline(metrics, h, peak, top, preLevel, now - 1);
        return new Verdict(outcome, outcome == Outcome.RESOLVED ? release : -1, metrics, confidence, warnings, held);
    }

    /**
     * A warning when a channel behind S was measured over the top and not over the fall's minute after {@code from}, or
     * the other way round (a sensor lost to movement for longer than the axis holds its level, {@code AxisScorer}): S is
     * the mean of the channels measured, so part of the fall is then a change of channels, not of the body, and the
     * reader should know the call rests on what was left. Measured means on {@link #MIN_SEEN_SHARE} of the points of the
     * {@link #CHANNEL_LOOK_SEC} before the top, or of the minute after {@code from} (before {@code now}).
     */
    static Optional<String> channelsChangedOverTheFall(AxisHistory h, int top, int from, int now) {
        int fallEnd = Math.min(now, from + h.samples(60));
        if (fallEnd <= from) {
            return Optional.empty();
        }
        List<String> lost = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        for (int c = 0; c < h.channels().size(); c++) {
            boolean atTop = h.channelS.get(c).finiteFraction(top - h.samples(CHANNEL_LOOK_SEC), top + 1) >= MIN_SEEN_SHARE;
            boolean overFall = h.channelS.get(c).finiteFraction(from, fallEnd) >= MIN_SEEN_SHARE;
            if (atTop && !overFall) {
                lost.add(h.channels().get(c));
            } else if (!atTop && overFall) {
                joined.add(h.channels().get(c));
            }
        }
        if (lost.isEmpty() && joined.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("the fall was judged across a change of channels (");
        if (!lost.isEmpty()) {
            sb.append(String.join(", ", lost)).append(" not measured after the top");
        }
        if (!joined.isEmpty()) {
            sb.append(lost.isEmpty() ? "" : "; ").append(String.join(", ", joined)).append(" measured only after it");
        }
        return Optional.of(sb.append("): part of it may be the sensors, not the body").toString());
    }

    /** Seconds before the top over which a channel counts as measured at the top. */
    static final double CHANNEL_LOOK_SEC = 15;

    /**
     * Seconds before the pre-onset window over which a withdrawal of vagal tone may still have left P carrying its
     * rebound: the effects of crying fade within about four minutes (Hendriks et al. 2007).
     */
    static final double REBOUND_FADE_SEC = 240;

    /**
     * P's resting level before the onset, the reference of the vagal rebound: the median of P over
     * {@code preWindowSec} before the onset, but never above the baseline (0 z) where that minute may carry a previous
     * rebound. In a spell the minute before an onset often still carries the previous bout's rebound (its effects fade
     * over about 4 minutes, Hendriks et al. 2007), which would hide the next bout's rebound; Rottenberg et al. (2003)
     * measure the rebound against resting RSA. On the heart alone (an RR strap) the rebound is the only witness of a
     * release besides the heart rate it is read from, so there the cap applies only where vagal tone was withdrawn
     * ({@link #withdrawnLately}) in the {@link #REBOUND_FADE_SEC} before that minute; otherwise P sat where it sat, and
     * P merely coming back there after a talk or a posture shift (P falls while the breath is irregular) is no
     * rebound. {@code NaN} without P.
     */
    double restingP(AxisHistory h, int onset) {
        double pre = h.p.median(onset - h.samples(settings.preWindowSec()), onset + 1);
        return h.heartAlone() && !withdrawnLately(h, onset) ? pre : Math.min(pre, 0);
    }

    /**
     * Whether P's median over {@link #HELD_REBOUND_SEC} (stepped by 2 s) stood {@code agreementRise} or more under the
     * baseline at any time in the {@link #REBOUND_FADE_SEC} before the pre-onset window of {@code onset}: a withdrawal
     * (a bout's build-up, or on the heart alone a talk's irregular breath, which reads as one) after which P may stand
     * over rest there.
     */
    private boolean withdrawnLately(AxisHistory h, int onset) {
        int to = onset - h.samples(settings.preWindowSec());
        int w = h.samples(HELD_REBOUND_SEC);
        for (int a = Math.max(0, to - h.samples(REBOUND_FADE_SEC)); a + w <= to; a += h.samples(2)) {
            if (h.p.median(a, a + w) <= -settings.agreementRise()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The highest median of P over {@link #HELD_REBOUND_SEC} within {@code [from, to)} (stepped by 2 s), {@code NaN} if
     * none; only over spans where P was measured on at least {@link #MIN_SEEN_SHARE} of the points: a level held for half
     * a minute must be seen holding, not inferred from a few seconds at the edge of a blank (a wrist whose pulse is lost
     * to movement gives RSA values there that are the movement's).
     */
    private static double heldRebound(AxisHistory h, int from, int to) {
        int w = h.samples(HELD_REBOUND_SEC);
        double best = Double.NaN;
        for (int a = from; a + w <= to; a += h.samples(2)) {
            if (h.p.finiteFraction(a, a + w) < MIN_SEEN_SHARE) {
                continue;
            }
            double m = h.p.median(a, a + w);
            if (Double.isFinite(m) && !(m <= best)) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The metrics with the two that depend on where the episode ends, measured from the peak to grid index
     * {@code end} (inclusive): half recovery (first time S is back to half its excess) and the time at the
     * top (seconds S spent at or above {@link #HIGH_FRACTION} of the excess of its top level, the level the
     * sustained call tests). Different levels and different counts: the two are equal only by coincidence.
     */
    static EpisodeMetrics withTimeline(EpisodeMetrics m, AxisHistory h, int peak, int top, double preLevel, int end) {
        double excess = Math.max(h.s(top) - preLevel, 1e-9);
        double half = preLevel + 0.5 * excess;
        double high = preLevel + HIGH_FRACTION * (topLevel(h, top) - preLevel);
        int halfIndex = -1;
        int atTop = 0;
        for (int k = peak; k <= end; k++) {
            double s = h.s(k);
            if (halfIndex < 0 && s <= half) {
                halfIndex = k;
            }
            if (s >= high) {
                atTop++;
            }
        }
        return new EpisodeMetrics(m.buildUpSec(), m.peakS(), m.excessGoneFraction60s(),
                halfIndex >= 0 ? (halfIndex - peak) / h.rateHz() : Double.NaN, m.vagalReboundSize(),
                m.vagalReboundLatencySec(), m.postMinusPreLevel(), atTop / h.rateHz(), m.breathingIrregularityAtPeak(),
                m.channelsUsed(), m.releaseDropFraction(), m.plateauHeldFraction(), m.driftPerWave());
    }

    /**
     * The top as a level: S averaged over 40 s around its maximum (never above the maximum), so that one
     * artefact spike at the top does not make it look higher than it was.
     */
    static double topLevel(AxisHistory h, int top) {
        return Math.min(h.s(top), h.s.mean(top - h.samples(20), top + h.samples(20) + 1));
    }

    /**
     * The level a plateau holds: S averaged over one sobbing wave ({@link #WAVE_SEC}) centred on its maximum (never
     * above the {@link #topLevel}), so that the highest crest of a plateau with sobbing waves does not make the
     * plateau look low afterwards.
     */
    static double plateauLevel(AxisHistory h, int top) {
        int half = h.samples(WAVE_SEC / 2);
        return Math.min(topLevel(h, top), h.s.mean(top - half, top + half + 1));
    }

    /**
     * Whether S, just before {@code now}, still holds the top reached at {@code top}: its median over the last
     * {@link #WAVE_SEC} (a whole sobbing wave, crest and dip) is within a quarter of the excess of the
     * {@link #plateauLevel}, and it is not drifting down (a fall of at most {@link #DRIFT_PER_WAVE} of the excess the
     * wave before stood at). A plateau with sobbing waves holds its top; a slow drift down does not, even while it is still
     * over half its excess.
     */
    static boolean holdsTop(AxisHistory h, int top, double preLevel, int now) {
        return plateauHeldFraction(h, top, preLevel, now) >= HIGH_FRACTION
                && !(driftPerWave(h, top, preLevel, now) > DRIFT_PER_WAVE);
    }

    /**
     * {@link #holdsTop(AxisHistory, int, double, int)}, except that a fall from one wave to the next is no decline while
     * the client is still sobbing ({@link #stillSobbing}). Overwhelm is crying that does not resolve: its plateau carries
     * repeated sobbing waves, and the sobbing breath (uneven, gasping cycles) goes on as long as the plateau does; a
     * build-up cut short stops before the crying and drifts down with the breath as regular as at rest (DESIGN.md
     * section 1; the simulator draws sobbing on every surge of a plateau and none on a build-up that subsides). When
     * the breath shows sobbing over the last whole wave, a drop of S's wave median from the wave before is one of the
     * plateau's deeper dips (the sobbing surges swing S by a third of its excess or more), and only the level test is
     * left: S's median over that wave still within a quarter of the excess of the plateau's level.
     *
     * @param onset grid index of the onset: the breath before it is the client's resting breath
     */
    boolean holdsTop(AxisHistory h, int onset, int top, double preLevel, int now) {
        if (holdsTop(h, top, preLevel, now)) {
            return true;
        }
        return plateauHeldFraction(h, top, preLevel, now) >= HIGH_FRACTION && stillSobbing(h, onset, now);
    }

    /**
     * Whether the breath was sobbing over the last {@link #WAVE_SEC} before {@code now}: the breathing irregularity's
     * median over that wave is above every 30-s median of it in the {@code preWindowSec} before the onset (more
     * irregular than the client's resting breath ever was before the build-up) and above
     * {@link #AROUSED_BREATH_IRREGULARITY} (more irregular than arousal alone makes a breath: a build-up's faster, less
     * regular breathing is no sobbing). False without a respiration channel (no irregularity) or without breath seen
     * before the onset.
     */
    boolean stillSobbing(AxisHistory h, int onset, int now) {
        double last = h.irregularity.median(now - h.samples(WAVE_SEC), now);
        if (!Double.isFinite(last)) {
            return false;
        }
        double rest = restingIrregularity(h, onset);
        return Double.isFinite(rest) && last > Math.max(rest, AROUSED_BREATH_IRREGULARITY);
    }

    /**
     * Whether the breath sobbed anywhere from {@code from} to {@code to}: within some {@code stretchSec}, the breathing
     * irregularity was seen above every 30-s median of it in the {@code preWindowSec} before the onset and above
     * {@link #AROUSED_BREATH_IRREGULARITY} (the levels of {@link #stillSobbing}) for more than half of the time. Where
     * speech or laughter left the irregularity out, nothing is seen: a few uneven values at the edge of such a gap are
     * no sobbing stretch. Without breath seen before the onset, the threshold alone counts.
     *
     * @param stretchSec how long the breath must be that irregular for over half of it: longer than a sigh's reach
     */
    boolean sobbedBetween(AxisHistory h, int onset, int from, int to, double stretchSec) {
        double rest = restingIrregularity(h, onset);
        double bar = Double.isFinite(rest) ? Math.max(rest, AROUSED_BREATH_IRREGULARITY) : AROUSED_BREATH_IRREGULARITY;
        int window = h.samples(stretchSec);
        int over = 0;
        for (int k = from; k < to; k++) {
            over += h.irregularity.get(k) > bar ? 1 : 0;
            if (k - window >= from) {
                over -= h.irregularity.get(k - window) > bar ? 1 : 0;
            }
            if (2 * over > window) {
                return true;
            }
        }
        return false;
    }

    /** The highest 30-s median of the breathing irregularity in the {@code preWindowSec} before {@code onset}. */
    private double restingIrregularity(AxisHistory h, int onset) {
        int half = h.samples(15);
        double rest = Double.NaN;
        for (int c = onset - h.samples(settings.preWindowSec()) + half; c + half <= onset; c += h.samples(2)) {
            double m = h.irregularity.median(c - half, c + half);
            if (Double.isFinite(m) && !(m <= rest)) {
                rest = m;
            }
        }
        return rest;
    }

    /**
     * S's median over the last {@link #WAVE_SEC} before {@code now} over the pre-episode level, as a share of the
     * excess of the {@link #plateauLevel}: 1 at the plateau's level, {@code NaN} when S was not seen over most of that
     * wave ({@link #seenOverLastWave}) or when there is no plateau above the pre-episode level ({@link #plateauExcess}).
     */
    static double plateauHeldFraction(AxisHistory h, int top, double preLevel, int now) {
        if (!seenOverLastWave(h, now)) {
            return Double.NaN;
        }
        return (h.s.median(now - h.samples(WAVE_SEC), now) - preLevel) / plateauExcess(h, top, preLevel);
    }

    /**
     * The least share of its maximum's excess a plateau's level keeps ({@link #plateauExcess}). Overwhelm's maximum is
     * a crest of its plateau: sobbing waves that dip by a third of the excess still leave a whole wave around the crest
     * at about four fifths of it. A maximum S held for seconds only (a startle's or a posture shift's spike on the
     * heart, the heart's response to a change of posture being over within about 20 s, Borst et al. 1982), with S
     * around it averaging under half its height, is no plateau's crest.
     */
    static final double PLATEAU_SHARE_OF_TOP = 0.5;

    /**
     * The {@link #plateauLevel} over the pre-episode level, {@code NaN} where it is not above it or is under
     * {@link #PLATEAU_SHARE_OF_TOP} of the maximum's own excess: a narrow peak whose wave around the top lies at or
     * near the level before the onset has no plateau to hold or drift from, and a share of a vanishing excess is no
     * measure (it came out as billions in a real recording, WESAD S4).
     */
    private static double plateauExcess(AxisHistory h, int top, double preLevel) {
        double excess = plateauLevel(h, top) - preLevel;
        return excess > 0 && excess >= PLATEAU_SHARE_OF_TOP * (h.s(top) - preLevel) ? excess : Double.NaN;
    }

    /**
     * Whether S has values in at least half of the last {@link #WAVE_SEC} before {@code now}. Where it was left out (a
     * walk, a laugh, a paced breathing exercise) nothing says it held its top: a few values at the edge of the gap are
     * no whole wave.
     */
    private static boolean seenOverLastWave(AxisHistory h, int now) {
        int from = Math.max(0, now - h.samples(WAVE_SEC));
        int seen = 0;
        for (int k = from; k < now; k++) {
            seen += Double.isFinite(h.s(k)) ? 1 : 0;
        }
        return 2 * seen >= h.samples(WAVE_SEC);
    }

    /**
     * How much of the excess still there S lost from one whole wave to the next: its median over the
     * {@link #WAVE_SEC} before the last one minus its median over the last {@link #WAVE_SEC} before {@code now}, as a
     * share of the earlier wave's excess over the pre-episode level. Positive when S declines, about 0 on a plateau
     * with sobbing waves whichever crest or dip the windows meet, negative while S still climbs; {@code NaN} without
     * values or plateau ({@link #plateauExcess}), or where the earlier wave stood at or under the pre-episode level.
     * A share of what is left, not of the top's excess: a build-up cut short declines as arousal wanes, losing about
     * the same share of what is left in every wave ({@link #DRIFT_PER_WAVE} counts in those terms), so four minutes
     * into a slow decline a share of the top's excess would read as half the pace it keeps.
     */
    static double driftPerWave(AxisHistory h, int top, double preLevel, int now) {
        if (Double.isNaN(plateauExcess(h, top, preLevel))) {
            return Double.NaN;
        }
        int wave = h.samples(WAVE_SEC);
        double before = h.s.median(now - 2 * wave, now - wave) - preLevel;
        return before > 0 ? (before - (h.s.median(now - wave, now) - preLevel)) / before : Double.NaN;
    }

    /**
     * The release: the point from the peak to a minute after the maximum (and before {@code now}) from which S
     * fell most within the following minute; -1 if none. The peak is the first crest of the top; a later,
     * higher surge before the turn still belongs to it. Only data before {@code now} is used, so a bout closed
     * early by the next one is judged on its own release.
     */
    private static int steepestDropStart(AxisHistory h, int peak, int top, int now) {
        int best = -1;
        double bestDrop = 0;
        for (int r = peak; r < Math.min(now - 1, top + h.samples(60)); r++) {
            double drop = dropWithinMinute(h, r, now);
            if (drop > bestDrop) {
                bestDrop = drop;
                best = r;
            }
        }
        return best;
    }

    /** How far S fell (z) from grid index {@code r} to its lowest point within the next minute, before {@code now}. */
    private static double dropWithinMinute(AxisHistory h, int r, int now) {
        int low = h.s.argMin(r + 1, Math.min(now, r + h.samples(60) + 1));
        double drop = low >= 0 ? around(h, r) - around(h, low) : Double.NaN;
        return Double.isFinite(drop) ? drop : 0;
    }

    /**
     * S after the episode: the median 90-150 s after the release (or peak), where arousal has had time to
     * settle; when the data stop sooner (the next bout began, or the recording ended) the median of the last
     * 10 s before that.
     */
    private static double postLevel(AxisHistory h, int from, int now) {
        int start = from + h.samples(90);
        int stop = Math.min(now, from + h.samples(150));
        if (stop - start >= h.samples(10)) {
            return h.s.median(start, stop);
        }
        return now - from >= h.samples(10) ? h.s.median(now - h.samples(10), now) : Double.NaN;
    }

    /** S averaged over ±2 s around grid index {@code k}: one value less sensitive to jitter. */
    private static double around(AxisHistory h, int k) {
        return h.s.mean(k - h.samples(2), k + h.samples(2) + 1);
    }

    private static double clamp01(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
