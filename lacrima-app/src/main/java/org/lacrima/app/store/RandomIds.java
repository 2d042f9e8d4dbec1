package org.lacrima.app.store;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable identifiers and secrets: a guessed id finds nothing, so it can only ever give 404. */
public final class RandomIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private RandomIds() {
    }

    /** A 128-bit random id, 22 URL-safe characters. */
    public static String id() {
        return random(16);
    }

    /** A 256-bit random secret (sign-in tokens, CSRF tokens). */
    public static String secret() {
        return random(32);
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return ENCODER.encodeToString(b);
    }
}
