package org.lacrima.app.web;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Who may reach the server and how: sign-up, storage quota, TLS and the origin it answers for.
 *
 * @param openSignup       whether anyone may create an account at {@code /api/signup} (off unless
 *                         {@code --open-signup} or {@code --demo}; otherwise {@code lacrima account add})
 * @param quotaBytes       stored upload bytes one account may hold
 * @param keystore         PKCS#12 or JKS keystore to serve HTTPS directly; null for plain HTTP
 * @param keystorePassword its password (from an environment variable, never the command line)
 * @param trustProxy       honour {@code X-Forwarded-Proto}/{@code X-Forwarded-For} from a reverse proxy
 *                         in front; off, those headers are ignored
 * @param publicOrigin     the origin users type (e.g. {@code https://lacrima.example.org}); when set,
 *                         requests for any other Host are refused; null accepts the listening address
 */
public record WebAccess(boolean openSignup, long quotaBytes, Path keystore, String keystorePassword,
                        boolean trustProxy, URI publicOrigin) {
    /** Default quota per account: 5 GB, about 150 hour-long chest recordings as EDF. */
    public static final long DEFAULT_QUOTA_BYTES = 5L << 30;

    public WebAccess {
        if (quotaBytes <= 0) {
            throw new IllegalArgumentException("the storage quota must be positive");
        }
        if (keystore != null && keystorePassword == null) {
            throw new IllegalArgumentException("the keystore needs its password (set --keystore-password-env)");
        }
        if (publicOrigin != null && (publicOrigin.getScheme() == null || publicOrigin.getHost() == null
                || !(publicOrigin.getPath() == null || publicOrigin.getPath().isEmpty() || publicOrigin.getPath().equals("/")))) {
            throw new IllegalArgumentException("the public origin must look like https://host[:port], got " + publicOrigin);
        }
    }

    /** Closed sign-up, default quota, plain HTTP, no proxy, any Host. */
    public static WebAccess defaults() {
        return new WebAccess(false, DEFAULT_QUOTA_BYTES, null, null, false, null);
    }

    public WebAccess withOpenSignup(boolean open) {
        return new WebAccess(open, quotaBytes, keystore, keystorePassword, trustProxy, publicOrigin);
    }

    public WebAccess withQuotaBytes(long bytes) {
        return new WebAccess(openSignup, bytes, keystore, keystorePassword, trustProxy, publicOrigin);
    }

    public WebAccess withKeystore(Path file, String password) {
        return new WebAccess(openSignup, quotaBytes, file, password, trustProxy, publicOrigin);
    }

    public WebAccess withTrustProxy(boolean trust) {
        return new WebAccess(openSignup, quotaBytes, keystore, keystorePassword, trust, publicOrigin);
    }

    public WebAccess withPublicOrigin(URI origin) {
        return new WebAccess(openSignup, quotaBytes, keystore, keystorePassword, trustProxy, origin);
    }

    /** The Host header the public origin implies ("host" or "host:port"), lower case; null if unset. */
    String expectedHost() {
        if (publicOrigin == null) {
            return null;
        }
        String host = publicOrigin.getHost().toLowerCase(Locale.ROOT);
        return publicOrigin.getPort() < 0 ? host : host + ":" + publicOrigin.getPort();
    }
}
