package org.lacrima.app.export.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The code systems of the FHIR export: Lacrima's own CodeSystem (shipped as
 * {@code lacrima-codesystem.json} next to this class) for what LOINC has no code for, LOINC for heart
 * and respiratory rate, UCUM for every unit.
 */
public final class LacrimaCodes {
    /** Canonical URL of the Lacrima CodeSystem. */
    public static final String SYSTEM = "https://lacrima.org/fhir/CodeSystem/lacrima";
    /** Where subject codes (pseudonyms, never names) live as Patient identifiers. */
    public static final String SUBJECT_CODE_SYSTEM = "https://lacrima.org/fhir/NamingSystem/subject-code";
    /** Classpath resource of the shipped CodeSystem. */
    public static final String CODE_SYSTEM_RESOURCE = "lacrima-codesystem.json";
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

    private LacrimaCodes() {
    }

    /** A concept of the Lacrima CodeSystem. */
    public static CodeableConcept lacrima(String code, String display) {
        return concept(SYSTEM, code, display);
    }

    /** A LOINC concept. */
    public static CodeableConcept loinc(String code, String display) {
        return concept(LOINC, code, display);
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display)).setText(display);
    }

    /** The code of {@code concept} in {@code system}, or null. */
    static String codeIn(CodeableConcept concept, String system) {
        return concept.getCoding().stream().filter(c -> system.equals(c.getSystem())).map(Coding::getCode)
                .findFirst().orElse(null);
    }
}
