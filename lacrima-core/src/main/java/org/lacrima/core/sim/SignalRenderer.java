package org.lacrima.core.sim;

import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.ChannelType;

/**
 * Turns the session's beats, breaths, skin responses and movements into sampled channels at the
 * configured rates, with sensor noise, baseline wander, mains hum and dropouts.
 *
 * <p>Noise amplitudes at noise level 1 (a typical ambulatory recording): ECG 0.035 mV white,
 * 0.15 mV wander plus 0.08 mV per breath depth of breathing-locked baseline shift; PPG 0.04 white, 0.1 wander (pulse amplitude about 1); EDA 0.012 µS white;
 * respiration 0.04 white, 0.15 wander (breath depth about 1).
 */
final class SignalRenderer {
    private final SimulationConfig config;
    private final LatentCurves latent;
    private final RespirationModel breathing;
    private final HeartModel.Heartbeats heart;
    private final double[] beats;
    private final double[] rr;
    private final ElectrodermalModel skin;
    private final MotionModel motion;
    private final double noise;

    private final double edaSiteScale;

    SignalRenderer(SimulationConfig config, LatentCurves latent, RespirationModel breathing,
                   HeartModel.Heartbeats heart, ElectrodermalModel skin, MotionModel motion, double edaSiteScale) {
        this.edaSiteScale = edaSiteScale;
        this.config = config;
        this.latent = latent;
        this.breathing = breathing;
        this.heart = heart;
        this.beats = heart.timesSec();
        this.skin = skin;
        this.motion = motion;
        this.noise = config.noiseLevel();
        this.rr = new double[beats.length];
        for (int k = 0; k < beats.length; k++) {
            rr[k] = k + 1 < beats.length ? beats[k + 1] - beats[k] : (k > 0 ? rr[k - 1] : 1);
        }
    }

    /**
     * ECG in millivolts: PQRST at every sinus beat (a wide ventricular complex at ectopic ones),
     * amplitude modulated by breathing (the heart's axis moves).
     */
    double[] ecg() {
        double rate = config.rateHz(ChannelType.ECG);
        double[] out = new double[length(rate)];
        double[] scales = new double[beats.length];
        for (int k = 0; k < beats.length; k++) {
            scales[k] = 1 + 0.06 * Math.sin(2 * Math.PI * breathing.phaseAt(beats[k]));
        }
        renderBeats(out, new BeatTemplateBank(new EcgWaveform(), rate), beats, scales, false);
        if (anyEctopic()) {
            renderBeats(out, new BeatTemplateBank(new PvcWaveform(), rate), beats, scales, true);
        }
        if (latent.confounders().includes(ConfounderKind.ELECTRODE_MOTION)) {
            motion.corruptEcg(out, rate, RandomSource.forPart(config.seed(), "electrode-motion"));
        }
        RandomSource rnd = noiseStream(ChannelType.ECG);
        SensorNoise.addWhite(out, 0.005 + 0.03 * noise, rnd);
        SensorNoise.addWander(out, rate, 0.15 * noise, 3, rnd);
        addBreathing(out, rate, 0.08 * noise); // the chest moves the electrodes
        SensorNoise.addHum(out, rate, config.mainsHumHz(), 0.01 + 0.04 * noise, rnd);
        return dropOut(out, rate, ChannelType.ECG);
    }

    /**
     * Pulse wave (a.u.): one pulse per beat after a pulse transit time of 200–260 ms at rest that
     * shortens by up to 50 ms with arousal (sympathetic stiffening of the arteries), with amplitude
     * falling by up to 35 % as arousal constricts the peripheral vessels. An ectopic beat ejects
     * little blood (short filling time), so its pulse is weak. With {@link SimulationConfig#pulseTimingJitter()} each
     * pulse arrives a little early or late ({@link PulseTimingJitter}).
     */
    double[] ppg() {
        double rate = config.rateHz(ChannelType.PPG);
        RandomSource shape = RandomSource.forPart(config.seed(), "pulse");
        double transitSec = shape.uniform(0.2, 0.26);
        double[] placements = new double[beats.length];
        double[] scales = new double[beats.length];
        PulseTimingJitter jitter = PulseTimingJitter.of(config);
        for (int k = 0; k < beats.length; k++) {
            double a = Math.min(1, Math.max(0, latent.arousalAt(beats[k])));
            placements[k] = beats[k] + transitSec - 0.05 * a + jitter.nextOffsetSec();
            scales[k] = (1 - 0.35 * a) * (1 + 0.08 * Math.sin(2 * Math.PI * breathing.phaseAt(beats[k])))
                    * (heart.ectopic()[k] ? 0.4 : 1);
        }
        double[] out = new double[length(rate)];
        BeatTemplateBank pulses = new BeatTemplateBank(new PpgWaveform(), rate);
        renderBeats(out, pulses, placements, scales, false);
        renderBeats(out, pulses, placements, scales, true);
        motion.corruptPpg(out, rate);
        RandomSource rnd = noiseStream(ChannelType.PPG);
        SensorNoise.addWhite(out, 0.005 + 0.035 * noise, rnd);
        SensorNoise.addWander(out, rate, 0.02 + 0.08 * noise, 5, rnd);
        addBreathing(out, rate, 0.06); // respiratory-induced intensity variation of venous blood
        return dropOut(out, rate, ChannelType.PPG);
    }

    /** Skin conductance in microsiemens, kept above 0.01 µS (a dry but attached electrode). */
    double[] eda() {
        double rate = config.rateHz(ChannelType.EDA);
        double[] out = skin.render(rate, length(rate));
        motion.corruptEda(out, rate, Math.min(1, 2 * edaSiteScale));
        SensorNoise.addWhite(out, (0.002 + 0.01 * noise) * Math.min(1, 3 * edaSiteScale), noiseStream(ChannelType.EDA));
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(0.01, out[i]);
        }
        return dropOut(out, rate, ChannelType.EDA);
    }

    private boolean anyEctopic() {
        for (boolean e : heart.ectopic()) {
            if (e) {
                return true;
            }
        }
        return false;
    }

    /** Respiration belt (a.u., a resting breath about 1). */
    double[] respiration() {
        double rate = config.rateHz(ChannelType.RSP);
        double[] out = breathing.render(rate, length(rate));
        motion.corruptBelt(out, rate); // a walk's steps jolt the trunk the belt is strapped round
        RandomSource rnd = noiseStream(ChannelType.RSP);
        SensorNoise.addWhite(out, 0.005 + 0.035 * noise, rnd);
        SensorNoise.addWander(out, rate, 0.03 + 0.12 * noise, 20, rnd);
        return dropOut(out, rate, ChannelType.RSP);
    }

    /**
     * Accelerometer axes X, Y, Z in g. Worn on the chest, the sensor tilts with the breathing
     * ({@link #CHEST_TILT_MIN_RAD}-{@link #CHEST_TILT_MAX_RAD} rad per resting breath, drawn per session).
     */
    double[][] acc() {
        double rate = config.rateHz(ChannelType.ACC);
        double[] tilt = null;
        if (config.device().accelerometerSite() == BodySite.CHEST) {
            double radPerBreath = RandomSource.forPart(config.seed(), "chest-tilt")
                    .uniform(CHEST_TILT_MIN_RAD, CHEST_TILT_MAX_RAD);
            tilt = breathing.render(rate, length(rate));
            for (int i = 0; i < tilt.length; i++) {
                tilt[i] *= radPerBreath;
            }
        }
        double[][] axes = motion.renderAcc(rate, length(rate), noiseStream(ChannelType.ACC), tilt);
        for (double[] axis : axes) {
            dropOut(axis, rate, ChannelType.ACC);
        }
        return axes;
    }

    /**
     * The chest wall's tilt of a sensor strapped over it per resting breath, radians: the sternum moves a few millimetres
     * with a quiet breath (Cesareo et al. 2019, Sensors 19: 88, track breath-by-breath timing from this inclination
     * change at the thorax, seated and supine; Hughes et al. 2020, Front Physiol 11: 823, find the breathing in every
     * axis of a chest accelerometer), which over a strap's lever of some centimetres is a tilt of about a degree. The
     * range is my reading of those few millimetres, not a measured distribution: 0.6-1.1 degrees, so a resting breath
     * moves 10-20 mg between two axes, under the motion mask's 0.04 g even for a sob twice as deep.
     */
    static final double CHEST_TILT_MIN_RAD = 0.01;
    /** Upper end of the chest wall's tilt per resting breath, radians. */
    static final double CHEST_TILT_MAX_RAD = 0.02;

    /** Adds the respiration belt signal scaled by {@code gain}: a breathing-locked baseline shift. */
    private void addBreathing(double[] out, double rateHz, double gain) {
        if (gain <= 0) {
            return;
        }
        double[] belt = breathing.render(rateHz, out.length);
        for (int i = 0; i < out.length; i++) {
            out[i] += gain * belt[i];
        }
    }

    /** Adds the shapes of the sinus ({@code ectopicBeats} false) or the ectopic beats. */
    private void renderBeats(double[] out, BeatTemplateBank bank, double[] placementsSec, double[] scales,
                             boolean ectopicBeats) {
        for (int k = 0; k < placementsSec.length; k++) {
            if (heart.ectopic()[k] == ectopicBeats) {
                bank.add(out, placementsSec[k], rr[k], scales[k]);
            }
        }
    }

    private int length(double rateHz) {
        return (int) Math.floor(config.durationSec() * rateHz + 1e-9);
    }

    private RandomSource noiseStream(ChannelType type) {
        return RandomSource.forPart(config.seed(), "noise-" + type.name());
    }

    private double[] dropOut(double[] x, double rateHz, ChannelType type) {
        for (Dropout d : config.dropouts()) {
            if (d.type() == type) {
                int from = (int) Math.max(0, Math.ceil(d.fromSec() * rateHz));
                int to = (int) Math.min(x.length, Math.ceil(d.toSec() * rateHz));
                for (int i = from; i < to; i++) {
                    x[i] = 0;
                }
            }
        }
        return x;
    }
}
