package org.lacrima.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses requests whose Host header is not the configured public origin's (DNS rebinding, links to
 * the server under a foreign name). Without a configured origin every Host is accepted.
 */
final class HostCheck {
    private final String expectedHost;

    /** @param expectedHost "host" or "host:port" in lower case; null accepts any */
    HostCheck(String expectedHost) {
        this.expectedHost = expectedHost == null ? null : withoutDefaultPort(expectedHost);
    }

    void check(Context ctx) {
        // The health check stays reachable for load balancers and monitors that probe by address.
        if (expectedHost == null || ctx.path().equals("/api/health")) {
            return;
        }
        String host = ctx.header("Host");
        if (host == null || !withoutDefaultPort(host.strip().toLowerCase(Locale.ROOT)).equals(expectedHost)) {
            throw new HttpResponseException(421, "this server answers for " + expectedHost + " only", Map.of());
        }
    }

    private static String withoutDefaultPort(String host) {
        return host.endsWith(":443") || host.endsWith(":80") ? host.substring(0, host.lastIndexOf(':')) : host;
    }
}
