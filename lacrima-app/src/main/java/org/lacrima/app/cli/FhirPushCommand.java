package org.lacrima.app.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hl7.fhir.r4.model.Bundle;
import org.lacrima.app.export.fhir.FhirJson;
import org.lacrima.app.export.fhir.FhirPush;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lacrima fhir-push BUNDLE --server URL}: posts a Bundle written by {@code analyze --fhir} as a transaction. */
@Command(name = "fhir-push", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Post a FHIR R4 transaction Bundle (from analyze --fhir) to a FHIR server; prints where "
                + "each resource was created."},
        footer = {"", "Example:", "  lacrima fhir-push session.fhir.json --server https://fhir.example.org/r4"})
final class FhirPushCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "FHIR R4 transaction Bundle in JSON")
    Path bundle;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "the server's FHIR base URL")
    String server;

    @Override
    public Integer call() throws Exception {
        URI base = base(server);
        if (!Files.isRegularFile(bundle)) {
            throw new IllegalArgumentException(bundle + ": no such file");
        }
        Bundle b = FhirJson.readBundle(bundle);
        List<String> locations;
        try {
            locations = new FhirPush(base).transaction(b);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(bundle.getFileName() + ": " + e.getMessage(), e);
        }
        locations.forEach(spec.commandLine().getOut()::println);
        return 0;
    }

    private static URI base(String url) {
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("--server must be an http(s) URL of a FHIR base, got '" + url + "'");
    }
}
