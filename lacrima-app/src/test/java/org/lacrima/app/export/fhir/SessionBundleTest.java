package org.lacrima.app.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.app.report.HandmadeSession;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;

class SessionBundleTest {
    static final SessionBundle BUNDLES = new SessionBundle(ZoneId.of("Europe/Berlin"),
            Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));

    static LongStream seeds() {
        return LongStream.range(1, 13);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyBundleValidatesWithTheStructureAndTheShippedCodes(long seed) {
        Bundle bundle = BUNDLES.of(RandomAnalyses.of(seed));
        assertThat(FhirValidation.errors(bundle)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aRoundTripThroughJsonKeepsEveryValue(long seed) {
        SessionAnalysis analysis = RandomAnalyses.of(seed);
        Bundle written = BUNDLES.of(analysis);
        Bundle parsed = FhirJson.context().newJsonParser().parseResource(Bundle.class, FhirJson.encode(written));

        assertThat(parsed.getEntry()).hasSameSizeAs(written.getEntry());
        for (int i = 0; i < written.getEntry().size(); i++) {
            Resource w = written.getEntry().get(i).getResource();
            Resource p = parsed.getEntry().get(i).getResource();
            assertThat(parsed.getEntry().get(i).getFullUrl()).isEqualTo(written.getEntry().get(i).getFullUrl());
            if (w instanceof Observation wo) {
                Observation po = (Observation) p;
                assertThat(po.getEffectivePeriod().getStart()).isEqualTo(wo.getEffectivePeriod().getStart());
                assertThat(po.getEffectivePeriod().getEnd()).isEqualTo(wo.getEffectivePeriod().getEnd());
                if (wo.hasValueQuantity()) {
                    assertThat(po.getValueQuantity().getValue().doubleValue())
                            .isEqualTo(wo.getValueQuantity().getValue().doubleValue());
                    assertThat(po.getValueQuantity().getCode()).isEqualTo(wo.getValueQuantity().getCode());
                }
            } else {
                // decimals are the only values HAPI re-spells after parsing (1E-301 as a plain decimal)
                assertThat(p.equalsDeep(w)).as(w.fhirType()).isTrue();
            }
        }
        List<Episode> back = observations(parsed).stream()
                .filter(o -> "episode".equals(LacrimaCodes.codeIn(o.getCode(), LacrimaCodes.SYSTEM)))
                .map(EpisodeObservation::read).toList();
        // records compare doubles by Double.compare: NaN equals NaN, and every bit must match
        assertThat(back).isEqualTo(analysis.episodes());
    }

    @Test
    void theRealAnalysisOfAHandmadeSessionValidatesAndCarriesLoincVitalSigns() {
        SessionAnalysis analysis = HandmadeSession.analysis(HandmadeSession.recording(3));
        Bundle bundle = BUNDLES.of(analysis);

        assertThat(FhirValidation.errors(bundle)).isEmpty();
        assertThat(observations(bundle)).extracting(o -> o.getCode().getCodingFirstRep().getCode())
                .contains("8867-4", "9279-1", "skin-conductance-level")
                .filteredOn("episode"::equals).hasSize(analysis.episodes().size());
        Observation hr = observations(bundle).stream()
                .filter(o -> "8867-4".equals(o.getCode().getCodingFirstRep().getCode())).findFirst().orElseThrow();
        assertThat(hr.getValueQuantity().getCode()).isEqualTo("/min");
        assertThat(hr.getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
        DiagnosticReport report = resources(bundle, DiagnosticReport.class).get(0);
        assertThat(report.getResult()).hasSize(observations(bundle).size());
    }

    @Test
    void thePatientCarriesTheSubjectCodeAndNoName() {
        SessionAnalysis analysis = RandomAnalyses.of(4);
        analysis = new SessionAnalysis(new org.lacrima.core.model.RecordingMetadata(analysis.recording().start(),
                "x.edf", "K-77"), analysis.durationSec(), analysis.channels(), analysis.events(), analysis.baseline(),
                analysis.episodes(), analysis.indices(), analysis.markers(), analysis.warnings());
        Bundle bundle = BUNDLES.of(analysis);

        Patient p = resources(bundle, Patient.class).get(0);
        assertThat(p.hasName()).isFalse();
        assertThat(p.getIdentifierFirstRep().getValue()).isEqualTo("K-77");
        assertThat(bundle.getEntry().get(0).getRequest().getIfNoneExist()).endsWith("|K-77");
        assertThat(observations(bundle)).allSatisfy(o -> assertThat(o.getSubject().getReference())
                .isEqualTo(bundle.getEntry().get(0).getFullUrl()));
    }

    @Test
    void theValidatorRejectsAnOutcomeCodeTheCodeSystemDoesNotHave() {
        Bundle bundle = BUNDLES.of(HandmadeSession.analysis(HandmadeSession.recording(3)));
        Observation episode = observations(bundle).stream()
                .filter(o -> "episode".equals(LacrimaCodes.codeIn(o.getCode(), LacrimaCodes.SYSTEM)))
                .findFirst().orElseThrow();
        episode.getComponent().stream().filter(c -> "outcome".equals(c.getCode().getCodingFirstRep().getCode()))
                .forEach(c -> c.setValue(new CodeableConcept(new Coding(LacrimaCodes.SYSTEM, "exploded", "Exploded"))));

        assertThat(FhirValidation.errors(bundle)).anySatisfy(e -> assertThat(e).contains("exploded"));
    }

    static List<Observation> observations(Bundle b) {
        return resources(b, Observation.class);
    }

    static <T extends Resource> List<T> resources(Bundle b, Class<T> type) {
        return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }
}
