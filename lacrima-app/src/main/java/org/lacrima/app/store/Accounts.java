package org.lacrima.app.store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-up, sign-in and server-side sign-in sessions. The browser cookie carries a random token; only
 * its SHA-256 is stored, so a leaked database does not hand out live sessions.
 */
public final class Accounts {
    /** Minimum password length in characters. */
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    /** Checked against when the email is unknown, so both failure paths cost one bcrypt. */
    private final String dummyHash;

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final Clock clock;

    Accounts(Jdbi jdbi, PasswordHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.clock = clock;
        this.dummyHash = hasher.hash("not-a-real-password");
    }

    /**
     * Creates a clinician account.
     *
     * @return the new clinician, or empty if the email is already taken
     * @throws IllegalArgumentException with a message fit for the user when the input is unusable
     */
    public Optional<Clinician> signUp(String email, String displayName, String password) {
        String normalised = normaliseEmail(email);
        if (!normalised.matches("[^@\\s\\x00]+@[^@\\s\\x00]+")) {
            throw new IllegalArgumentException("please give a valid email address");
        }
        checkPassword(password);
        String name = displayName == null || displayName.isBlank() ? normalised : TextFields.clean(displayName).strip();
        Clinician clinician = new Clinician(RandomIds.id(), normalised, name, clock.millis());
        String hash = hasher.hash(password);
        return jdbi.inTransaction(h -> {
            boolean taken = h.createQuery("SELECT COUNT(*) FROM clinicians WHERE email = :email")
                    .bind("email", normalised).mapTo(Integer.class).one() > 0;
            if (taken) {
                return Optional.empty();
            }
            h.createUpdate("INSERT INTO clinicians (id, email, display_name, password_hash, created_at) "
                            + "VALUES (:id, :email, :name, :hash, :at)")
                    .bind("id", clinician.id()).bind("email", normalised).bind("name", name)
                    .bind("hash", hash).bind("at", clinician.createdAtMillis()).execute();
            return Optional.of(clinician);
        });
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordHasher.MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("the password may have at most "
                    + PasswordHasher.MAX_PASSWORD_BYTES + " bytes");
        }
    }

    /**
     * Changes a signed-in clinician's password after checking the current one; every other sign-in
     * of the account is closed.
     *
     * @param keepToken the sign-in that asked (stays open)
     * @return false if the current password is wrong
     */
    public boolean changePassword(Clinician clinician, String currentPassword, String newPassword, String keepToken) {
        checkPassword(newPassword);
        if (authenticate(clinician.email(), currentPassword).isEmpty()) {
            return false;
        }
        String hash = hasher.hash(newPassword);
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE clinicians SET password_hash = :hash WHERE id = :id")
                    .bind("hash", hash).bind("id", clinician.id()).execute();
            h.createUpdate("DELETE FROM login_sessions WHERE clinician_id = :id AND token_hash <> :keep")
                    .bind("id", clinician.id()).bind("keep", tokenHash(keepToken == null ? "" : keepToken)).execute();
        });
        return true;
    }

    /**
     * Sets a new password for an account (the administrator's reset); all its sign-ins are closed.
     *
     * @return false if there is no account with this email
     */
    public boolean resetPassword(String email, String newPassword) {
        checkPassword(newPassword);
        String hash = hasher.hash(newPassword);
        return jdbi.inTransaction(h -> {
            Optional<String> id = h.createQuery("SELECT id FROM clinicians WHERE email = :e")
                    .bind("e", normaliseEmail(email)).mapTo(String.class).findOne();
            id.ifPresent(cid -> {
                h.createUpdate("UPDATE clinicians SET password_hash = :hash WHERE id = :id")
                        .bind("hash", hash).bind("id", cid).execute();
                h.createUpdate("DELETE FROM login_sessions WHERE clinician_id = :id").bind("id", cid).execute();
            });
            return id.isPresent();
        });
    }

    /** The account with this email, if any. */
    public Optional<Clinician> byEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, email, display_name, created_at FROM clinicians WHERE email = :email")
                .bind("email", normaliseEmail(email))
                .map((rs, ctx) -> new Clinician(rs.getString("id"), rs.getString("email"),
                        rs.getString("display_name"), rs.getLong("created_at")))
                .findOne());
    }

    /** The clinician with these credentials, if they match. */
    public Optional<Clinician> authenticate(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        record Row(Clinician clinician, String hash) {
        }
        Optional<Row> row = jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, email, display_name, password_hash, created_at FROM clinicians WHERE email = :email")
                .bind("email", normaliseEmail(email))
                .map((rs, ctx) -> new Row(new Clinician(rs.getString("id"), rs.getString("email"),
                        rs.getString("display_name"), rs.getLong("created_at")), rs.getString("password_hash")))
                .findOne());
        boolean ok = hasher.matches(password, row.map(Row::hash).orElse(dummyHash));
        return ok ? row.map(Row::clinician) : Optional.empty();
    }

    /** Opens a sign-in session; the returned token goes into the cookie and nowhere else. */
    public String openSession(Clinician clinician) {
        String token = RandomIds.secret();
        long now = clock.millis();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO login_sessions (token_hash, clinician_id, csrf_token, "
                        + "created_at, expires_at) VALUES (:hash, :cid, :csrf, :now, :exp)")
                .bind("hash", tokenHash(token)).bind("cid", clinician.id()).bind("csrf", RandomIds.secret())
                .bind("now", now).bind("exp", now + SESSION_LIFETIME.toMillis()).execute());
        return token;
    }

    /** The live sign-in behind a cookie token, if any. */
    public Optional<SignedIn> signedIn(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT c.id, c.email, c.display_name, c.created_at, "
                        + "s.csrf_token FROM login_sessions s JOIN clinicians c ON c.id = s.clinician_id "
                        + "WHERE s.token_hash = :hash AND s.expires_at > :now")
                .bind("hash", tokenHash(token)).bind("now", clock.millis())
                .map((rs, ctx) -> new SignedIn(new Clinician(rs.getString("id"), rs.getString("email"),
                        rs.getString("display_name"), rs.getLong("created_at")), rs.getString("csrf_token")))
                .findOne());
    }

    /** Ends a sign-in session (and sweeps expired ones). */
    public void closeSession(String token) {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM login_sessions WHERE token_hash = :hash")
                    .bind("hash", tokenHash(token == null ? "" : token)).execute();
            h.createUpdate("DELETE FROM login_sessions WHERE expires_at <= :now").bind("now", clock.millis()).execute();
        });
    }

    private static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String tokenHash(String token) {
        return Sha256.hexOf(token);
    }
}
