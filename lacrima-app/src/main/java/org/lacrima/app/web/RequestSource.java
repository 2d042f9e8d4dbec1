package org.lacrima.app.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Where a request came from and whether it travelled over TLS. Behind a reverse proxy, its
 * {@code X-Forwarded-Proto} and {@code X-Forwarded-For} headers are believed only when the server was
 * told to trust the proxy; otherwise anyone could claim to be anywhere.
 */
final class RequestSource {
    private final boolean trustProxy;

    RequestSource(boolean trustProxy) {
        this.trustProxy = trustProxy;
    }

    /** Whether the browser's connection was HTTPS (directly, or to the trusted proxy). */
    boolean secure(Context ctx) {
        if ("https".equals(ctx.scheme())) {
            return true;
        }
        if (!trustProxy) {
            return false;
        }
        String proto = ctx.header("X-Forwarded-Proto");
        return proto != null && proto.split(",")[0].strip().toLowerCase(Locale.ROOT).equals("https");
    }

    /**
     * The client's address: the peer, or behind a trusted proxy the address the proxy appended last
     * to {@code X-Forwarded-For} (entries before it were sent by the client and prove nothing).
     */
    String address(Context ctx) {
        if (trustProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty() && last.length() <= 64) {
                    return last;
                }
            }
        }
        return ctx.ip();
    }
}
