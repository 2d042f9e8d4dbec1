package org.lacrima.app.store;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt (cost 12 in production) from a vetted implementation; never our own cryptography. */
final class PasswordHasher {
    /** bcrypt uses only the first 72 bytes; longer passphrases are refused rather than silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final int cost;

    PasswordHasher(int cost) {
        this.cost = cost;
    }

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }
}
