package org.lacrima.app.export.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.lacrima.app.export.AtomicOutput;

/** FHIR R4 JSON in and out, with the one (expensive to build, thread-safe) HAPI context of the process. */
public final class FhirJson {
    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }

    private FhirJson() {
    }

    /** The shared R4 context. */
    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    /** {@code bundle} as pretty-printed JSON. */
    public static String encode(Bundle bundle) {
        return parser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    /** Writes {@code bundle} as JSON; the file appears complete or not at all. */
    public static void write(Bundle bundle, Path target) throws IOException {
        String json = encode(bundle);
        AtomicOutput.writeText(target, out -> out.write(json));
    }

    /**
     * Parses a Bundle.
     *
     * @throws IllegalArgumentException naming the file when it is not a FHIR R4 Bundle in JSON
     */
    public static Bundle readBundle(Path file) throws IOException {
        String text = Files.readString(file);
        try {
            return parser().parseResource(Bundle.class, text);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(file.getFileName() + ": not a FHIR R4 Bundle in JSON ("
                    + firstLine(e.getMessage()) + ")", e);
        }
    }

    /** The Lacrima CodeSystem shipped with the project. */
    public static CodeSystem lacrimaCodeSystem() {
        try (InputStream in = FhirJson.class.getResourceAsStream(LacrimaCodes.CODE_SYSTEM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(LacrimaCodes.CODE_SYSTEM_RESOURCE + " missing from the classpath");
            }
            return parser().parseResource(CodeSystem.class, in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + LacrimaCodes.CODE_SYSTEM_RESOURCE, e);
        }
    }

    private static IParser parser() {
        return context().newJsonParser();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unparseable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
