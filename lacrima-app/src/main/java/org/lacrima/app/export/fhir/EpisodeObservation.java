package org.lacrima.app.export.fhir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.StringType;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Outcome;

/**
 * One episode as an Observation and back: phase times (seconds from the recording start, UCUM {@code s}),
 * the outcome as a coded concept of the Lacrima CodeSystem, whether it was interrupted, the confidence,
 * every metric with its UCUM unit, the channels used, and the episode's warnings as notes.
 */
public final class EpisodeObservation {
    private static final String[] PHASES = {"onset", "peak", "release", "end"};

    private EpisodeObservation() {
    }

    /** The Observation's code for an episode. */
    public static CodeableConcept code() {
        return LacrimaCodes.lacrima("episode", "Arousal build-up episode");
    }

    /** The episode's components and notes on {@code target} (subject, device and times are the caller's). */
    static Observation describe(Episode e, Observation target) {
        target.setStatus(Observation.ObservationStatus.FINAL).setCode(code());
        double[] times = {e.onsetSec(), e.peakSec(), e.releaseSec(), e.endSec()};
        for (int i = 0; i < PHASES.length; i++) {
            target.addComponent(FhirValues.quantityComponent(LacrimaCodes.lacrima(PHASES[i], phaseDisplay(PHASES[i])),
                    times[i], "s", "s"));
        }
        target.addComponent(new ObservationComponentComponent(LacrimaCodes.lacrima("outcome", "Episode outcome"))
                .setValue(outcome(e.outcome())));
        target.addComponent(new ObservationComponentComponent(
                LacrimaCodes.lacrima("interrupted", "Interrupted by an intervention")).setValue(new BooleanType(e.interrupted())));
        target.addComponent(FhirValues.quantityComponent(LacrimaCodes.lacrima("confidence", "Outcome confidence"),
                e.confidence(), "1", "1"));
        for (EpisodeMetric m : EpisodeMetric.values()) {
            target.addComponent(FhirValues.quantityComponent(LacrimaCodes.lacrima(m.code, m.display),
                    m.value.applyAsDouble(e.metrics()), m.ucum, m.unit));
        }
        target.addComponent(new ObservationComponentComponent(LacrimaCodes.lacrima("channels-used", "Channels used"))
                .setValue(new StringType(String.join(",", e.metrics().channelsUsed()))));
        e.warnings().forEach(w -> target.addNote().setText(w));
        return target;
    }

    /** The outcome as a coded concept of the Lacrima CodeSystem. */
    static CodeableConcept outcome(Outcome o) {
        String display = switch (o) {
            case RESOLVED -> "Resolved (therapeutic release)";
            case SUSTAINED -> "Sustained (overwhelm)";
            case SUBSIDED -> "Subsided (incomplete)";
        };
        return LacrimaCodes.lacrima(o.jsonName(), display);
    }

    /**
     * The episode an Observation written by this class describes.
     *
     * @throws IllegalArgumentException if it is not a Lacrima episode or misses a component
     */
    public static Episode read(Observation o) {
        if (!"episode".equals(LacrimaCodes.codeIn(o.getCode(), LacrimaCodes.SYSTEM))) {
            throw new IllegalArgumentException("Observation " + o.getIdElement().getIdPart() + " is not a Lacrima episode");
        }
        double[] times = new double[PHASES.length];
        for (int i = 0; i < PHASES.length; i++) {
            times[i] = FhirValues.quantityValue(component(o, PHASES[i]));
        }
        Outcome outcome = Outcome.fromName(LacrimaCodes.codeIn(component(o, "outcome").getValueCodeableConcept(),
                LacrimaCodes.SYSTEM));
        boolean interrupted = component(o, "interrupted").getValueBooleanType().booleanValue();
        double confidence = FhirValues.quantityValue(component(o, "confidence"));
        Map<EpisodeMetric, Double> metrics = new EnumMap<>(EpisodeMetric.class);
        for (EpisodeMetric m : EpisodeMetric.values()) {
            metrics.put(m, FhirValues.quantityValue(component(o, m.code)));
        }
        String channels = component(o, "channels-used").getValueStringType().getValue();
        List<String> used = channels == null || channels.isEmpty() ? List.of() : Arrays.asList(channels.split(","));
        EpisodeMetrics em = new EpisodeMetrics(metrics.get(EpisodeMetric.BUILD_UP), metrics.get(EpisodeMetric.PEAK_S),
                metrics.get(EpisodeMetric.EXCESS_GONE_60S), metrics.get(EpisodeMetric.HALF_RECOVERY),
                metrics.get(EpisodeMetric.VAGAL_REBOUND_SIZE), metrics.get(EpisodeMetric.VAGAL_REBOUND_LATENCY),
                metrics.get(EpisodeMetric.POST_MINUS_PRE), metrics.get(EpisodeMetric.ABOVE_THRESHOLD),
                metrics.get(EpisodeMetric.BREATHING_IRREGULARITY), used);
        List<String> warnings = new ArrayList<>();
        o.getNote().forEach(n -> warnings.add(n.getText()));
        return new Episode(times[0], times[1], times[2], times[3], outcome, interrupted, confidence, em, warnings);
    }

    private static ObservationComponentComponent component(Observation o, String code) {
        return o.getComponent().stream().filter(c -> code.equals(LacrimaCodes.codeIn(c.getCode(), LacrimaCodes.SYSTEM)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("episode Observation "
                        + o.getIdElement().getIdPart() + " has no '" + code + "' component"));
    }

    private static String phaseDisplay(String phase) {
        return "Episode " + phase;
    }
}
