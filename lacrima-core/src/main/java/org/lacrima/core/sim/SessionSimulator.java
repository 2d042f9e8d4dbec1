package org.lacrima.core.sim;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.BeatAnnotation;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;

/**
 * Simulates a therapy session with known episodes: a physiological model driven by latent
 * sympathetic arousal and vagal tone, rendered into ECG, PPG, EDA, respiration and optionally a
 * 3-axis accelerometer, or the RR intervals a chest strap exports, with the ground truth every
 * detector is scored against. Optionally with everyday confounders ({@link ConfounderKind}), widened
 * episode ranges and spells of bouts ({@link EpisodeVariety}, {@link EpisodeSpec#spell()}), and a
 * wearable device's channels ({@link DevicePreset}).
 *
 * <pre>{@code
 * SimulatedSession s = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(7));
 * Recording recording = s.recording();      // channels, intervention events, reference beats, source "simulator"
 * List<TrueEpisode> truth = s.truth().episodes();
 * }</pre>
 *
 * <p>Deterministic: the same configuration gives identical samples (on one Java runtime; other
 * runtimes may round {@code java.lang.Math} functions differently in the last bit). Each part of the
 * model draws from its own random stream, so leaving out a channel does not change the others.
 */
public final class SessionSimulator {
    /** Recording start stamped on every simulated session (the samples do not depend on it). */
    public static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 10, 0);

    private SessionSimulator() {
    }

    /**
     * Simulates one session.
     *
     * @throws IllegalArgumentException when the episodes do not fit the duration with their calm stretches
     */
    public static SimulatedSession simulate(SimulationConfig config) {
        long seed = config.seed();
        double duration = config.durationSec();
        LatentCurves latent = SessionScript.write(config);
        // widened sessions: the breathing rate may barely follow arousal (stable in many criers)
        double breathingGain = config.variety() == EpisodeVariety.WIDE
                ? RandomSource.forPart(seed, "breathing-gain").uniform(0, 0.6) : 0.6;
        RespirationModel breathing = RespirationModel.breathe(latent, duration, breathingGain,
                config.naturalBreathing() ? RespirationModel.NATURAL : RespirationModel.REGULAR,
                RandomSource.forPart(seed, "breathing"), RandomSource.forPart(seed, "laughter"));
        double ectopicPerHour = config.ectopicBeatsPerHour() > 0 || !config.confounders().contains(ConfounderKind.ECTOPIC_BEAT)
                ? config.ectopicBeatsPerHour() : ConfounderKind.ECTOPIC_BEAT.perHour();
        // widened sessions: a client whose heart rises little, or whose palmar skin conductance sits high (Reactivity)
        boolean wide = config.variety() == EpisodeVariety.WIDE;
        Reactivity drawn = wide ? Reactivity.widened(seed, Double.NaN, Double.NaN, breathingGain) : null;
        BreathingModeRsa breathingMode = config.breathingModeRsa()
                ? BreathingModeRsa.of(breathing, latent, RandomSource.forPart(seed, "breathing-mode-rsa"))
                : BreathingModeRsa.none(breathing);
        HeartModel.Heartbeats heart = HeartModel.beat(latent, breathing, config.deepBreathRsa() || config.naturalBreathing(),
                breathingMode, duration,
                ectopicPerHour,
                drawn != null && drawn.lowCardiacResponder() ? drawn.heartBpmPerArousal() : Double.NaN,
                RandomSource.forPart(seed, "heart"), RandomSource.forPart(seed, "ectopic"));
        double edaSiteScale = config.device().wristEda() ? RandomSource.forPart(seed, "skin-site").uniform(0.1, 0.2) : 1;
        ElectrodermalModel skin = ElectrodermalModel.of(latent, duration, edaSiteScale,
                drawn != null && drawn.highPalmarScl() ? drawn.restingSclMicrosiemens() : Double.NaN,
                RandomSource.forPart(seed, "skin"), RandomSource.forPart(seed, "skin-confounders"));
        Reactivity reactivity = new Reactivity(heart.sympatheticGainBpm(), drawn != null && drawn.lowCardiacResponder(),
                skin.restingMicrosiemens() / edaSiteScale, drawn != null && drawn.highPalmarScl(), breathingGain);
        // widened sessions: crying's own movements (wiping, tissues, the sobs' shaking), from a stream of their own
        CryingMovements crying = CryingMovements.draw(latent, duration, wide, config.motionArtefacts(),
                RandomSource.forPart(seed, "crying-movements"));
        // a wrist-worn sensor moves with the seated hand (SeatedFidgeting), from a stream of its own
        List<CryingMovements.Gesture> fidgets = config.seatedFidgeting() && config.device() == DevicePreset.WRIST
                && config.motionArtefacts() ? SeatedFidgeting.draw(duration, RandomSource.forPart(seed, "seated-fidgeting"))
                : List.of();
        MotionModel motion = MotionModel.of(latent, breathing, duration, config.noiseLevel(), config.motionArtefacts(),
                RandomSource.forPart(seed, "motion"), RandomSource.forPart(seed, "motion-confounders"), crying, fidgets);
        SignalRenderer renderer = new SignalRenderer(config, latent, breathing, heart, skin, motion, edaSiteScale);
        RrExport rr = RrExport.of(heart.timesSec(), latent.confounders(), RandomSource.forPart(seed, "rr-export"));

        List<Channel> channels = new ArrayList<>();
        if (config.includes(ChannelType.ECG)) {
            channels.add(channel("ECG", ChannelType.ECG, "mV", config, renderer.ecg()));
        }
        if (config.includes(ChannelType.PPG)) {
            channels.add(channel("PPG", ChannelType.PPG, "a.u.", config, renderer.ppg()));
        }
        if (config.includes(ChannelType.EDA)) {
            channels.add(channel("EDA", ChannelType.EDA, "uS", config, renderer.eda()));
        }
        if (config.includes(ChannelType.RSP)) {
            channels.add(channel("RSP", ChannelType.RSP, "a.u.", config, renderer.respiration()));
        }
        if (config.includes(ChannelType.ACC)) {
            double[][] acc = renderer.acc();
            String[] axes = {"ACC_X", "ACC_Y", "ACC_Z"};
            for (int axis = 0; axis < 3; axis++) {
                if (config.includes(ChannelType.RR)) {
                    // a strap's accelerometer reaches the phone over the link its beats take
                    rr.loseDropouts(acc[axis], config.rateHz(ChannelType.ACC));
                }
                channels.add(channel(axes[axis], ChannelType.ACC, "g", config, acc[axis]));
            }
        }

        if (config.includes(ChannelType.RR)) {
            channels.add(Channel.irregular("RR", ChannelType.RR, "s", Samples.wrap(rr.timesSec()),
                    Samples.wrap(rr.intervalsSec())));
        }

        RecordingMetadata metadata = new RecordingMetadata(Optional.of(START), "simulator", "SIM-" + seed,
                config.device().accelerometerSite());
        Recording recording = new Recording(metadata, channels, latent.interventions(), referenceBeats(heart));
        GroundTruth truth = new GroundTruth(latent.episodes(), Samples.copyOf(heart.timesSec()),
                Samples.wrap(heart.timesSec(true)), skin.scrs(),
                Samples.wrap(breathing.onsetsSec()),
                latentSeries("arousal", latent.arousal()), latentSeries("vagal", latent.vagal()),
                motion.artefacts(), confounders(latent, heart, rr, config), reactivity, latent.responses());
        return new SimulatedSession(recording, truth);
    }

    /** Every confounder in time order: the planned ones, each ectopic beat, and the RR export's artefacts. */
    private static List<Confounder> confounders(LatentCurves latent, HeartModel.Heartbeats heart, RrExport rr,
                                                SimulationConfig config) {
        List<Confounder> all = new ArrayList<>(latent.confounders().events());
        for (double t : heart.timesSec(true)) {
            all.add(new Confounder(ConfounderKind.ECTOPIC_BEAT, t, t));
        }
        if (config.includes(ChannelType.RR)) {
            all.addAll(rr.artefacts());
        }
        all.sort(java.util.Comparator.comparingDouble(Confounder::startSec));
        return all;
    }

    /** Every beat as a reference annotation: "N" for sinus beats, "V" for ectopic ones. */
    private static List<BeatAnnotation> referenceBeats(HeartModel.Heartbeats heart) {
        List<BeatAnnotation> beats = new ArrayList<>(heart.timesSec().length);
        for (int k = 0; k < heart.timesSec().length; k++) {
            beats.add(new BeatAnnotation(heart.timesSec()[k], heart.ectopic()[k] ? "V" : "N"));
        }
        return beats;
    }

    private static Channel channel(String label, ChannelType type, String unit, SimulationConfig config, double[] values) {
        return Channel.regular(label, type, unit, config.rateHz(type), 0, Samples.wrap(values));
    }

    private static RegularSeries latentSeries(String name, double[] values) {
        return new RegularSeries(name, "a.u.", 0, GroundTruth.LATENT_RATE_HZ, Samples.copyOf(values));
    }
}
