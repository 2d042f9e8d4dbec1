package org.lacrima.app.export.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.provider.HashMapResourceProvider;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A real FHIR R4 server for the tests: HAPI's plain RestfulServer in Jetty with HAPI's in-memory
 * resource providers, plus a transaction handler (the plain server has none) that creates each entry
 * in order, honours {@code ifNoneExist} on Patient identifiers and rewrites {@code urn:uuid}
 * references to the ids it assigned.
 */
final class InMemoryFhirServer implements AutoCloseable {
    private final Server jetty;
    private final Map<String, HashMapResourceProvider<? extends Resource>> providers = new LinkedHashMap<>();
    final URI base;

    InMemoryFhirServer() throws Exception {
        FhirContext ctx = FhirJson.context();
        providers.put("Patient", new HashMapResourceProvider<>(ctx, Patient.class));
        providers.put("Device", new HashMapResourceProvider<>(ctx, Device.class));
        providers.put("Observation", new HashMapResourceProvider<>(ctx, Observation.class));
        providers.put("DiagnosticReport", new HashMapResourceProvider<>(ctx, DiagnosticReport.class));
        RestfulServer restful = new RestfulServer(ctx);
        restful.registerProviders(providers.values().toArray());
        restful.registerProvider(new Transactions());
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(restful), "/fhir/*");
        jetty = new Server(0);
        jetty.setHandler(context);
        jetty.start();
        base = URI.create("http://localhost:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/fhir");
    }

    /** How many resources of a type the server holds. */
    int count(String type) {
        return providers.get(type).getStoredResources().size();
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }

    /** The transaction endpoint, POST [base]. */
    public final class Transactions {
        @Transaction
        public Bundle transaction(@TransactionParam Bundle in, RequestDetails request) {
            Map<String, String> assigned = new HashMap<>();
            Bundle out = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
            for (Bundle.BundleEntryComponent entry : in.getEntry()) {
                if (entry.getRequest().getMethod() != Bundle.HTTPVerb.POST) {
                    throw new InvalidRequestException("this test server only creates (POST)");
                }
                Resource r = entry.getResource().copy();
                for (Reference ref : FhirJson.context().newTerser().getAllPopulatedChildElementsOfType(r, Reference.class)) {
                    if (assigned.containsKey(ref.getReference())) {
                        ref.setReference(assigned.get(ref.getReference()));
                    }
                }
                String existing = existingPatient(entry, r);
                if (existing != null) {
                    assigned.put(entry.getFullUrl(), existing);
                    out.addEntry().getResponse().setStatus("200 OK").setLocation(existing);
                    continue;
                }
                MethodOutcome created = create(r, request);
                assigned.put(entry.getFullUrl(), created.getId().toUnqualifiedVersionless().getValue());
                out.addEntry().getResponse().setStatus("201 Created").setLocation(created.getId().toUnqualified().getValue());
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        private MethodOutcome create(Resource r, RequestDetails request) {
            HashMapResourceProvider<Resource> p = (HashMapResourceProvider<Resource>) providers.get(r.fhirType());
            if (p == null) {
                throw new InvalidRequestException("unsupported type " + r.fhirType());
            }
            return p.create(r, request);
        }

        private String existingPatient(Bundle.BundleEntryComponent entry, Resource r) {
            String condition = entry.getRequest().getIfNoneExist();
            if (!(r instanceof Patient) || condition == null || !condition.startsWith("identifier=")) {
                return null;
            }
            String[] systemValue = condition.substring("identifier=".length()).split("\\|", 2);
            for (Object stored : providers.get("Patient").getStoredResources()) {
                Patient p = (Patient) stored;
                for (Identifier id : p.getIdentifier()) {
                    if (systemValue[0].equals(id.getSystem()) && systemValue[1].equals(id.getValue())) {
                        return p.getIdElement().toUnqualifiedVersionless().getValue();
                    }
                }
            }
            return null;
        }
    }
}
