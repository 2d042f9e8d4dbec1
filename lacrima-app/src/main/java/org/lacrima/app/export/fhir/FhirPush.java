package org.lacrima.app.export.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/**
 * Posts a transaction Bundle to a FHIR R4 server's base URL (FHIR RESTful API, "transaction") and
 * reports where each resource landed. Plain {@code java.net.http}: HAPI's own client is not published
 * on Maven Central for the structures version used here.
 */
public final class FhirPush {
    private static final String FHIR_JSON = "application/fhir+json";
    private final URI base;
    private final HttpClient http;

    public FhirPush(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    }

    /**
     * Posts {@code bundle} as a transaction.
     *
     * @return the location of each created resource (e.g. {@code Observation/12/_history/1}), in entry order
     * @throws IllegalArgumentException if the Bundle is not a transaction, or the server refuses it (one
     *                                  line with the server's status and the first issue it gave)
     * @throws IOException              if the server cannot be reached
     */
    public List<String> transaction(Bundle bundle) throws IOException {
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            throw new IllegalArgumentException("not a transaction Bundle (type " + bundle.getType().toCode() + ")");
        }
        HttpRequest request = HttpRequest.newBuilder(base).timeout(Duration.ofMinutes(2))
                .header("Content-Type", FHIR_JSON + "; charset=utf-8").header("Accept", FHIR_JSON)
                .POST(HttpRequest.BodyPublishers.ofString(FhirJson.encode(bundle))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while posting to " + base, e);
        } catch (IOException e) {
            throw new IOException("cannot reach FHIR server " + base + ": " + e, e);
        }
        Resource body = parse(response.body());
        if (response.statusCode() / 100 != 2 || !(body instanceof Bundle reply)) {
            throw new IllegalArgumentException("FHIR server " + base + " refused the transaction: HTTP "
                    + response.statusCode() + describe(body));
        }
        return reply.getEntry().stream().map(en -> en.getResponse().getLocation()).toList();
    }

    private static Resource parse(String body) {
        try {
            return body == null || body.isBlank() ? null
                    : (Resource) FhirJson.context().newJsonParser().parseResource(body);
        } catch (DataFormatException | ClassCastException e) {
            return null;
        }
    }

    private static String describe(Resource body) {
        if (body instanceof OperationOutcome oo && oo.hasIssue()) {
            return ": " + oo.getIssueFirstRep().getDiagnostics();
        }
        return body == null ? "" : " (answered with " + body.fhirType() + ")";
    }
}
