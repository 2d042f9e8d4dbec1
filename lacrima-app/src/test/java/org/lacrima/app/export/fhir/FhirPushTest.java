package org.lacrima.app.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.cli.LacrimaCli;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.model.RecordingMetadata;
import picocli.CommandLine;

class FhirPushTest {
    static InMemoryFhirServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = new InMemoryFhirServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theServerAcceptsTheTransactionAndEveryResourceReadsBackWithItsValues() throws Exception {
        SessionAnalysis analysis = withSubject(RandomAnalyses.of(2), "P-310");
        Bundle bundle = SessionBundleTest.BUNDLES.of(analysis);
        Path file = dir.resolve("session.fhir.json");
        FhirJson.write(bundle, file);

        Run run = push(file);

        assertThat(run.exit).as(run.err).isZero();
        List<String> locations = run.out.lines().toList();
        assertThat(locations).hasSize(bundle.getEntry().size());
        List<Episode> back = locations.stream().map(this::read).filter(Observation.class::isInstance)
                .map(Observation.class::cast)
                .filter(o -> "episode".equals(LacrimaCodes.codeIn(o.getCode(), LacrimaCodes.SYSTEM)))
                .map(EpisodeObservation::read).toList();
        assertThat(back).isEqualTo(analysis.episodes());
        Patient patient = (Patient) read(locations.get(0));
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("P-310");
        assertThat(patient.hasName()).isFalse();
        Observation anyObservation = (Observation) read(locations.get(2));
        assertThat(anyObservation.getSubject().getReference()).isEqualTo(patient.getIdElement().toUnqualifiedVersionless()
                .getValue());

        int patients = server.count("Patient");
        assertThat(push(file).exit).isZero();
        assertThat(server.count("Patient")).as("the same subject code is not created twice").isEqualTo(patients);
    }

    @Test
    void anUnreachableServerAndABundleThatIsNotATransactionGetOneLine() throws IOException {
        Path file = dir.resolve("b.json");
        FhirJson.write(SessionBundleTest.BUNDLES.of(RandomAnalyses.of(3)), file);
        Run unreachable = run("fhir-push", file.toString(), "--server", "http://localhost:1/fhir");
        assertThat(unreachable.exit).isEqualTo(1);
        assertThat(unreachable.err.trim()).startsWith("lacrima: cannot reach FHIR server").doesNotContain("\n");

        Path notBundle = dir.resolve("x.json");
        Files.writeString(notBundle, "{\"resourceType\":\"Patient\"}");
        Run wrong = run("fhir-push", notBundle.toString(), "--server", server.base.toString());
        assertThat(wrong.exit).isEqualTo(1);
        assertThat(wrong.err).contains("x.json").doesNotContain("\tat ");
    }

    private Resource read(String location) {
        try {
            String path = location.replaceAll("/_history/.*", "");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.base + "/" + path))
                    .header("Accept", "application/fhir+json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(location).isEqualTo(200);
            return (Resource) FhirJson.context().newJsonParser().parseResource(r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Run push(Path file) {
        return run("fhir-push", file.toString(), "--server", server.base.toString());
    }

    private static SessionAnalysis withSubject(SessionAnalysis a, String subject) {
        return new SessionAnalysis(new RecordingMetadata(a.recording().start(), a.recording().source(), subject),
                a.durationSec(), a.channels(), a.events(), a.baseline(), a.episodes(), a.indices(), a.markers(),
                a.warnings());
    }

    record Run(int exit, String err, String out) {
    }

    static Run run(String... args) {
        CommandLine cl = LacrimaCli.commandLine();
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.StringWriter out = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err));
        cl.setOut(new java.io.PrintWriter(out));
        return new Run(cl.execute(args), err.toString(), out.toString());
    }
}
