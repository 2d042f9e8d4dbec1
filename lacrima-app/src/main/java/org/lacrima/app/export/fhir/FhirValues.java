package org.lacrima.app.export.fhir;

import java.math.BigDecimal;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Quantity;

/**
 * Numbers in and out of FHIR without loss: a finite double becomes the shortest decimal that parses
 * back to it; NaN and infinities, which FHIR decimals cannot hold, become a data-absent reason
 * ({@code not-a-number}, {@code positive-infinity}, {@code negative-infinity}) and come back as themselves.
 */
final class FhirValues {
    private FhirValues() {
    }

    /** A component carrying {@code value} in UCUM {@code ucum} (shown as {@code unit}), or its absent reason. */
    static ObservationComponentComponent quantityComponent(CodeableConcept code, double value, String ucum, String unit) {
        ObservationComponentComponent c = new ObservationComponentComponent(code);
        if (Double.isFinite(value)) {
            c.setValue(quantity(value, ucum, unit));
        } else {
            String reason = Double.isNaN(value) ? "not-a-number" : value > 0 ? "positive-infinity" : "negative-infinity";
            c.setDataAbsentReason(LacrimaCodes.concept(LacrimaCodes.DATA_ABSENT_REASON, reason, reasonDisplay(reason)));
        }
        return c;
    }

    static Quantity quantity(double value, String ucum, String unit) {
        return new Quantity().setValue(BigDecimal.valueOf(value)).setUnit(unit).setSystem(LacrimaCodes.UCUM)
                .setCode(ucum);
    }

    /** The value {@link #quantityComponent} wrote. */
    static double quantityValue(ObservationComponentComponent c) {
        if (c.hasValueQuantity()) {
            return c.getValueQuantity().getValue().doubleValue();
        }
        String reason = LacrimaCodes.codeIn(c.getDataAbsentReason(), LacrimaCodes.DATA_ABSENT_REASON);
        if ("positive-infinity".equals(reason)) {
            return Double.POSITIVE_INFINITY;
        }
        return "negative-infinity".equals(reason) ? Double.NEGATIVE_INFINITY : Double.NaN;
    }

    private static String reasonDisplay(String reason) {
        return switch (reason) {
            case "not-a-number" -> "Not a Number (NaN)";
            case "positive-infinity" -> "Positive Infinity (PINF)";
            default -> "Negative Infinity (NINF)";
        };
    }
}
