package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lacrima.core.eda.Scr;

/**
 * Skin conductance: a tonic level that follows arousal slowly, plus skin conductance responses
 * (SCRs) as impulse responses (a Bateman function, the SCR shape of Benedek &amp; Kaernbach 2010)
 * whose rate and amplitude rise with arousal.
 *
 * <ul>
 *   <li>Tonic level 2–8 µS at rest (widened sessions: 10–20 µS for a client with a high level, {@link Reactivity}), rising 2–4.5 µS per unit arousal (SCL +1–4 µS at a crying peak,
 *       Gross, Fredrickson &amp; Levenson 1994) through a first-order lag of 20–40 s (the tonic level
 *       moves over tens of seconds to minutes), with a slow habituation drift (and, when asked for, a wander of the
 *       resting level, {@link RestingWander}).</li>
 *   <li>Non-specific SCRs 1–3 per minute at rest, up to 10–15 per minute at a strong peak; amplitudes
 *       log-normal, median 0.08 µS at rest and about 0.5 µS at a peak; occasional isolated bursts of
 *       2–4 responses (a startle) during calm stretches.</li>
 *   <li>Each SCR rises over 1.2–3.1 s and recovers over 10–30 s (rise and decay time constants
 *       0.4–1.5 s and 3–8 s).</li>
 * </ul>
 */
final class ElectrodermalModel {
    private final List<Response> responses;
    private final double restingMicrosiemens;
    private final double gainMicrosiemens;
    private final double tonicTauSec;
    private final double habituationMicrosiemens;
    private final LatentCurves latent;

    /** One SCR with its impulse-response constants. */
    private record Response(double onsetSec, double amplitudeMicrosiemens, double riseTauSec, double decayTauSec) {
        /** Time from onset to peak of {@code exp(-t/decay) - exp(-t/rise)}. */
        double peakDelaySec() {
            return Math.log(decayTauSec / riseTauSec) * riseTauSec * decayTauSec / (decayTauSec - riseTauSec);
        }

        double unscaled(double t) {
            return Math.exp(-t / decayTauSec) - Math.exp(-t / riseTauSec);
        }

        /** Seconds from the peak until the response is down to half its amplitude. */
        double halfRecoverySec() {
            double peak = peakDelaySec();
            double half = unscaled(peak) / 2;
            double lo = peak;
            double hi = peak + 10 * decayTauSec;
            for (int i = 0; i < 50; i++) {
                double mid = (lo + hi) / 2;
                if (unscaled(mid) > half) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return (lo + hi) / 2 - peak;
        }

        Scr toScr() {
            double rise = peakDelaySec();
            return new Scr(onsetSec, onsetSec + rise, amplitudeMicrosiemens, rise, halfRecoverySec());
        }
    }

    private ElectrodermalModel(LatentCurves latent, List<Response> responses, double restingMicrosiemens,
                               double gainMicrosiemens, double tonicTauSec, double habituationMicrosiemens) {
        this.latent = latent;
        this.responses = responses;
        this.restingMicrosiemens = restingMicrosiemens;
        this.gainMicrosiemens = gainMicrosiemens;
        this.tonicTauSec = tonicTauSec;
        this.habituationMicrosiemens = habituationMicrosiemens;
    }

    /** Draws the skin's constants and every SCR of a session of {@code durationSec}, measured at the palm. */
    static ElectrodermalModel of(LatentCurves latent, double durationSec, RandomSource rnd) {
        return of(latent, durationSec, 1, Double.NaN, rnd, rnd);
    }

    /**
     * Draws the skin's constants and every SCR of a session of {@code durationSec}; {@code siteScale}
     * scales levels and responses (1 at the palm, about 0.1–0.2 at the wrist, where the eccrine glands
     * respond far more weakly). The confounders' responses (a startle, laughter, talking) are drawn
     * from {@code confounderRnd}. {@code palmarLevel}, when finite, replaces the drawn resting level at the palm
     * (µS, before the site's scaling: a client with a high level, {@link Reactivity}); the draw is still made, so every
     * later draw of {@code rnd} stays the same.
     */
    static ElectrodermalModel of(LatentCurves latent, double durationSec, double siteScale, double palmarLevel,
                                 RandomSource rnd, RandomSource confounderRnd) {
        double drawnLevel = rnd.uniform(2, 8);
        double resting = siteScale * (Double.isFinite(palmarLevel) ? palmarLevel : drawnLevel);
        double gain = siteScale * rnd.uniform(2, 4.5);
        double tau = rnd.uniform(20, 40);
        double habituation = siteScale * rnd.uniform(0, 0.6);
        double restRatePerMin = rnd.uniform(1, 3);
        double gainRatePerMin = rnd.uniform(9, 13);
        List<Response> responses = new ArrayList<>();
        // thinning of a Poisson process whose rate follows arousal
        double maxRatePerSec = (restRatePerMin + gainRatePerMin * 1.5) / 60;
        double t = rnd.exponential(1 / maxRatePerSec);
        while (t < durationSec) {
            double a = Math.min(1.5, Math.max(0, latent.electrodermalArousalAt(t)));
            double rate = (restRatePerMin + gainRatePerMin * a) / 60;
            if (rnd.chance(rate / maxRatePerSec)) {
                responses.add(response(t, siteScale * (0.08 + 0.4 * a), rnd));
            }
            t += rnd.exponential(1 / maxRatePerSec);
        }
        double burst = rnd.exponential(420);
        while (burst < durationSec) {
            int count = rnd.integer(2, 4);
            double at = burst;
            for (int i = 0; i < count && at < durationSec; i++) {
                responses.add(response(at, siteScale * 0.2, rnd));
                at += rnd.uniform(1.5, 4);
            }
            burst += rnd.exponential(420);
        }
        for (ConfounderPlan.Response r : latent.confounders().responses()) {
            responses.add(response(r.onsetSec(), siteScale * r.medianMicrosiemens(), confounderRnd));
        }
        responses.sort(Comparator.comparingDouble(Response::onsetSec));
        return new ElectrodermalModel(latent, List.copyOf(responses), resting, gain, tau, habituation);
    }

    private static Response response(double onsetSec, double medianMicrosiemens, RandomSource rnd) {
        double amplitude = Math.max(0.02 * Math.min(1, medianMicrosiemens / 0.08),
                Math.min(2.5, rnd.logNormal(medianMicrosiemens, 0.6)));
        return new Response(onsetSec, amplitude, rnd.uniform(0.4, 1.5), rnd.uniform(3, 8));
    }

    /** The resting level in µS at the site measured (the palm's level times the site's factor). */
    double restingMicrosiemens() {
        return restingMicrosiemens;
    }

    /** The SCRs as the ground truth reports them, in onset order. */
    List<Scr> scrs() {
        return responses.stream().map(Response::toScr).toList();
    }

    /** Renders skin conductance in microsiemens at {@code rateHz} for {@code length} samples. */
    double[] render(double rateHz, int length) {
        double[] out = new double[length];
        // tonic: first-order lag of arousal, integrated exactly per sample
        double dt = 1 / rateHz;
        double keep = Math.exp(-dt / tonicTauSec);
        double level = latent.electrodermalArousalAt(0);
        RestingWander wander = latent.confounders().restingWander();
        TonicDecline decline = latent.confounders().tonicDecline();
        for (int i = 0; i < length; i++) {
            double t = i * dt;
            level = keep * level + (1 - keep) * latent.electrodermalArousalAt(t);
            // habituation lowers the level over the first hour and then levels off; a settling client's excess
            // (TonicDecline) falls off within minutes
            out[i] = restingMicrosiemens * (wander.skinFactorAt(t) + decline.excessAt(t)) + gainMicrosiemens * level
                    - habituationMicrosiemens * (1 - Math.exp(-t / 3600));
        }
        for (Response r : responses) {
            addResponse(out, rateHz, r);
        }
        ConfounderPlan plan = latent.confounders();
        if (plan.includes(ConfounderKind.ELECTRODE_SETTLING)) {
            for (int i = 0; i < length; i++) {
                out[i] *= 1 - plan.settlingDeficitAt(i * dt);
            }
        }
        return out;
    }

    private static void addResponse(double[] out, double rateHz, Response r) {
        double scale = r.amplitudeMicrosiemens() / r.unscaled(r.peakDelaySec());
        int first = (int) Math.ceil(r.onsetSec() * rateHz);
        double t0 = first / rateHz - r.onsetSec();
        // the exponentials advance by a constant factor per sample
        double decayStep = Math.exp(-1 / (rateHz * r.decayTauSec()));
        double riseStep = Math.exp(-1 / (rateHz * r.riseTauSec()));
        double decay = Math.exp(-t0 / r.decayTauSec());
        double rise = Math.exp(-t0 / r.riseTauSec());
        int last = Math.min(out.length, first + (int) Math.ceil(10 * r.decayTauSec() * rateHz));
        for (int i = first; i < last; i++) {
            out[i] += scale * (decay - rise);
            decay *= decayStep;
            rise *= riseStep;
        }
    }
}
