package org.lacrima.app.export.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.RegularSeries;

/**
 * A session's analysis as a FHIR R4 transaction Bundle: a DiagnosticReport for the session, an
 * Observation per episode ({@link EpisodeObservation}), session-level Observations of heart rate
 * (LOINC 8867-4), respiratory rate (LOINC 9279-1) and skin conductance level (Lacrima code, no LOINC
 * exists), the client as a Patient carrying only the pseudonymous subject code, and the recording
 * source as a Device. Entries reference each other by {@code urn:uuid} full URLs, so a server assigns
 * its own ids; the Patient is created only if none with the same subject code exists.
 *
 * <p>FHIR date-times with a time of day need a zone; recordings state local time without one, so
 * the caller says which zone the recording's clock was in.
 */
public final class SessionBundle {
    private static final List<SessionMean> SESSION_MEANS = List.of(
            new SessionMean(Index.HR.key(), LacrimaCodes.LOINC, "8867-4", "Heart rate", "/min", "/min", true),
            new SessionMean(Index.BREATHING_RATE.key(), LacrimaCodes.LOINC, "9279-1", "Respiratory rate", "/min", "/min", true),
            new SessionMean(Index.SCL.key(), LacrimaCodes.SYSTEM, "skin-conductance-level", "Skin conductance level", "uS", "uS",
                    false));

    private final ZoneId zone;
    private final Clock clock;

    /**
     * @param zone  the zone of the recording's local start time
     * @param clock gives the report's issue time
     */
    public SessionBundle(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    /** Bundles in the system's zone, issued now. */
    public static SessionBundle inSystemZone() {
        return new SessionBundle(ZoneId.systemDefault(), Clock.systemUTC());
    }

    /** The transaction Bundle for {@code analysis}. */
    public Bundle of(SessionAnalysis analysis) {
        Ids ids = new Ids(analysis);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        RecordingMetadata meta = analysis.recording();
        Optional<Reference> patient = Optional.empty();
        if (!meta.subjectCode().isBlank()) {
            Patient p = new Patient();
            p.addIdentifier(subjectIdentifier(meta.subjectCode()));
            String url = ids.next();
            add(bundle, url, p).getRequest().setIfNoneExist("identifier=" + LacrimaCodes.SUBJECT_CODE_SYSTEM + "|"
                    + meta.subjectCode());
            patient = Optional.of(new Reference(url));
        }
        String deviceUrl = ids.next();
        add(bundle, deviceUrl, device(analysis));
        Reference device = new Reference(deviceUrl);

        DiagnosticReport report = new DiagnosticReport();
        List<Reference> results = new ArrayList<>();
        for (Episode e : analysis.episodes()) {
            Observation o = EpisodeObservation.describe(e, new Observation());
            common(o, patient, device);
            period(e.onsetSec(), e.endSec(), meta).ifPresent(o::setEffective);
            String url = ids.next();
            add(bundle, url, o);
            results.add(new Reference(url));
        }
        for (SessionMean m : SESSION_MEANS) {
            Optional<Double> mean = analysis.index(m.index).map(SessionBundle::meanOfFinite).filter(Double::isFinite);
            if (mean.isPresent()) {
                Observation o = m.observation(mean.get());
                common(o, patient, device);
                period(0, analysis.durationSec(), meta).ifPresent(o::setEffective);
                String url = ids.next();
                add(bundle, url, o);
                results.add(new Reference(url));
            }
        }
        report.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL)
                .setCode(LacrimaCodes.lacrima("session-analysis", "Therapeutic-crying session analysis"))
                .setIssued(Date.from(clock.instant()))
                .setConclusion(conclusion(analysis))
                .setResult(results);
        patient.ifPresent(report::setSubject);
        period(0, analysis.durationSec(), meta).ifPresent(report::setEffective);
        add(bundle, ids.next(), report);
        return bundle;
    }

    /** The identifier of a client: the subject code in Lacrima's naming system. */
    public static Identifier subjectIdentifier(String subjectCode) {
        return new Identifier().setSystem(LacrimaCodes.SUBJECT_CODE_SYSTEM).setValue(subjectCode);
    }

    private static Device device(SessionAnalysis analysis) {
        Device d = new Device();
        d.addDeviceName().setName(analysis.recording().source().isBlank() ? "unknown recording source"
                : analysis.recording().source()).setType(Device.DeviceNameType.OTHER);
        d.setType(new CodeableConcept().setText("physiological recorder"));
        for (ChannelSummary c : analysis.channels()) {
            d.addNote().setText(String.format(Locale.ROOT, "channel %s: %s in %s%s", c.label(), c.type(), c.unit(),
                    Double.isFinite(c.rateHz()) ? String.format(Locale.ROOT, " at %s Hz", c.rateHz()) : ", irregular"));
        }
        return d;
    }

    private static void common(Observation o, Optional<Reference> patient, Reference device) {
        patient.ifPresent(o::setSubject);
        o.setDevice(device);
    }

    private Optional<Period> period(double fromSec, double toSec, RecordingMetadata meta) {
        if (meta.start().isEmpty() || !Double.isFinite(fromSec) || !Double.isFinite(toSec)) {
            return Optional.empty();
        }
        LocalDateTime start = meta.start().get();
        return Optional.of(new Period().setStartElement(instant(start, fromSec)).setEndElement(instant(start, toSec)));
    }

    private DateTimeType instant(LocalDateTime start, double offsetSec) {
        long millis = Math.round(offsetSec * 1000);
        // millisecond precision: whole seconds would move phase times by up to a second
        return new DateTimeType(Date.from(start.atZone(zone).toInstant().plusMillis(millis)),
                TemporalPrecisionEnum.MILLI, TimeZone.getTimeZone(zone));
    }

    private static String conclusion(SessionAnalysis analysis) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        analysis.episodes().forEach(e -> counts.merge(e.outcome(), 1, Integer::sum));
        int n = analysis.episodes().size();
        StringBuilder sb = new StringBuilder().append(n).append(n == 1 ? " build-up episode" : " build-up episodes");
        if (n > 0) {
            List<String> parts = new ArrayList<>();
            counts.forEach((o, k) -> parts.add(k + " " + o.jsonName()));
            sb.append(": ").append(String.join(", ", parts));
        }
        return sb.append(". Not a diagnosis; Lacrima reports, it does not direct.").toString();
    }

    static double meanOfFinite(RegularSeries s) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            double v = s.values().get(i);
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static Bundle.BundleEntryComponent add(Bundle bundle, String fullUrl, Resource r) {
        Bundle.BundleEntryComponent entry = bundle.addEntry().setFullUrl(fullUrl).setResource(r);
        entry.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(r.fhirType());
        return entry;
    }

    /** A session-level mean of one index. */
    private record SessionMean(String index, String system, String code, String display, String ucum, String unit,
                               boolean vitalSign) {
        Observation observation(double mean) {
            Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                    .setCode(LacrimaCodes.concept(system, code, display))
                    .setValue(FhirValues.quantity(mean, ucum, unit));
            if (vitalSign) {
                o.addCategory(LacrimaCodes.concept(LacrimaCodes.OBSERVATION_CATEGORY, "vital-signs", "Vital Signs"));
            }
            o.addNote().setText("mean over the session's valid stretches");
            return o;
        }
    }

    /** Bundle-local ids, the same for the same analysis so an export is reproducible. */
    private static final class Ids {
        private final String seed;
        private int next;

        Ids(SessionAnalysis a) {
            this.seed = a.recording().source() + "|" + a.recording().start() + "|" + a.durationSec() + "|"
                    + a.episodes().size();
        }

        String next() {
            return "urn:uuid:" + UUID.nameUUIDFromBytes((seed + "#" + next++).getBytes(StandardCharsets.UTF_8));
        }
    }
}
