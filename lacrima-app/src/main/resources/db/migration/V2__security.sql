-- Security round (issue 11). Portable SQL for SQLite and PostgreSQL, like V1.

-- Where a job stands in the queue. A job put back after a crash or an outage goes to the back, so a
-- job that kills the process cannot run first again ahead of everyone else's.
ALTER TABLE jobs ADD COLUMN queued_at BIGINT;
UPDATE jobs SET queued_at = created_at;
CREATE INDEX jobs_queue ON jobs (state, queued_at);

-- Failed sign-ins, counted per (email, source address) and per address alone (email = ''), so a
-- stranger's guesses slow the stranger and never the owner signing in from their own address.
CREATE TABLE sign_in_failures (
    email         TEXT NOT NULL,
    address       TEXT NOT NULL,
    failures      INTEGER NOT NULL,
    last_failed   BIGINT NOT NULL,
    blocked_until BIGINT NOT NULL,
    PRIMARY KEY (email, address)
);

-- Addresses an account has signed in from successfully; they keep working while strangers are slowed.
CREATE TABLE known_addresses (
    clinician_id TEXT NOT NULL REFERENCES clinicians (id),
    address      TEXT NOT NULL,
    last_seen    BIGINT NOT NULL,
    PRIMARY KEY (clinician_id, address)
);

-- Who viewed, uploaded, changed, deleted or exported what, and when. No foreign key: entries
-- outlive the records they describe (a deleted client stays in the log by id).
CREATE TABLE audit_log (
    id           TEXT PRIMARY KEY,
    clinician_id TEXT NOT NULL,
    at           BIGINT NOT NULL,
    action       TEXT NOT NULL,
    target_type  TEXT NOT NULL,
    target_id    TEXT,
    detail       TEXT,
    address      TEXT
);
CREATE INDEX audit_log_clinician ON audit_log (clinician_id, at);
