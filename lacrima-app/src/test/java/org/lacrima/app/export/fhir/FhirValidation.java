package org.lacrima.app.export.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** HAPI FHIR's instance validator with the R4 core definitions and the shipped Lacrima CodeSystem. */
public final class FhirValidation {
    private static final FhirValidator VALIDATOR = build();

    private FhirValidation() {
    }

    private static FhirValidator build() {
        FhirContext ctx = FhirJson.context();
        PrePopulatedValidationSupport lacrima = new PrePopulatedValidationSupport(ctx);
        lacrima.addCodeSystem(FhirJson.lacrimaCodeSystem());
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx), new CommonCodeSystemsTerminologyService(ctx),
                new SnapshotGeneratingValidationSupport(ctx), lacrima);
        return ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    /** The errors (and fatal errors) the validator finds, as "location: message". */
    public static synchronized List<String> errors(IBaseResource resource) {
        return VALIDATOR.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe).toList();
    }

    /** Every message, for looking at what the validator says. */
    static synchronized List<String> all(IBaseResource resource) {
        return VALIDATOR.validateWithResult(resource).getMessages().stream().map(m -> m.getSeverity() + " "
                + describe(m)).toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getLocationString() + ": " + m.getMessage();
    }
}
