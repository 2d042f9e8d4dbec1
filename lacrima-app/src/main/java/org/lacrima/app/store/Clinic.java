package org.lacrima.app.store;

import java.time.Clock;

/**
 * The clinic's records. Pages and API reach data only through {@link #scopedTo(Clinician)}, whose
 * every statement carries the clinician id: another clinician's rows are invisible, not merely hidden.
 */
public final class Clinic {
    private final Database database;
    private final Clock clock;
    private final Accounts accounts;
    private final JobQueue jobQueue;
    private final SignInFailures signInFailures;

    /** {@code bcryptCost} 12 in production; tests may lower it to keep the suite fast. */
    public Clinic(Database database, Clock clock, int bcryptCost) {
        this.database = database;
        this.clock = clock;
        this.accounts = new Accounts(database.jdbi(), new PasswordHasher(bcryptCost), clock);
        this.jobQueue = new JobQueue(database.jdbi(), clock);
        this.signInFailures = new SignInFailures(database.jdbi(), clock);
    }

    /** Failed sign-ins, for the throttle. */
    public SignInFailures signInFailures() {
        return signInFailures;
    }

    /** Every stored content (SHA-256) some session file refers to, for sweeping the content store. */
    public java.util.Set<String> referencedContents() {
        return database.jdbi().withHandle(h -> new java.util.HashSet<>(
                h.createQuery("SELECT DISTINCT sha256 FROM session_files").mapTo(String.class).list()));
    }

    /** Whether the database answers within a few seconds (for the health check). */
    public boolean databaseReachable() {
        return database.reachable();
    }

    public Accounts accounts() {
        return accounts;
    }

    /** The unscoped queue, for the background worker only. */
    public JobQueue jobQueue() {
        return jobQueue;
    }

    /** Everything one clinician may see and change. */
    public ClinicianScope scopedTo(Clinician clinician) {
        String id = clinician.id();
        var jdbi = database.jdbi();
        return new ClinicianScope(new ClientRecords(jdbi, id, clock), new SessionRecords(jdbi, id, clock),
                new EventRecords(jdbi, id, clock), new AnalysisRecords(jdbi, id), new JobRecords(jdbi, id),
                new Deletions(jdbi, id), new AuditLog(jdbi, id, clock));
    }

    /** One clinician's live sessions (kept apart from {@link ClinicianScope} so the live work stays separate). */
    public LiveSessionRecords liveSessionsOf(Clinician clinician) {
        return new LiveSessionRecords(database.jdbi(), clinician.id(), clock);
    }

    /** One clinician's view of the records. */
    public record ClinicianScope(ClientRecords clients, SessionRecords sessions, EventRecords events,
                                 AnalysisRecords analyses, JobRecords jobs, Deletions deletions, AuditLog audit) {
    }
}
