-- One script for SQLite and PostgreSQL: only portable types (TEXT, BIGINT, INTEGER, DOUBLE PRECISION).
-- Times are epoch milliseconds; ids are random, unguessable strings.

CREATE TABLE clinicians (
    id            TEXT PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);

-- Server-side sign-in sessions; the cookie holds a token whose SHA-256 is the key here.
CREATE TABLE login_sessions (
    token_hash   TEXT PRIMARY KEY,
    clinician_id TEXT NOT NULL REFERENCES clinicians (id),
    csrf_token   TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX login_sessions_clinician ON login_sessions (clinician_id);

CREATE TABLE clients (
    id           TEXT PRIMARY KEY,
    clinician_id TEXT NOT NULL REFERENCES clinicians (id),
    code         TEXT NOT NULL,
    note         TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    UNIQUE (clinician_id, code)
);

-- Therapy sessions. clinician_id is repeated here so that every lookup can be scoped in one WHERE.
CREATE TABLE therapy_sessions (
    id                 TEXT PRIMARY KEY,
    clinician_id       TEXT NOT NULL REFERENCES clinicians (id),
    client_id          TEXT NOT NULL REFERENCES clients (id),
    title              TEXT NOT NULL,
    recorded_on        TEXT,
    format_hint        TEXT,
    notes              TEXT NOT NULL,
    distress_before    INTEGER,
    distress_after     INTEGER,
    latest_analysis_id TEXT,
    created_at         BIGINT NOT NULL
);
CREATE INDEX therapy_sessions_client ON therapy_sessions (clinician_id, client_id);

-- Uploaded files; the bytes live in the content-addressed store under their SHA-256.
CREATE TABLE session_files (
    id         TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES therapy_sessions (id),
    role       TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    size_bytes BIGINT NOT NULL
);
CREATE INDEX session_files_session ON session_files (session_id);

-- Events the clinician marked (interventions, topics).
CREATE TABLE session_events (
    id           TEXT PRIMARY KEY,
    session_id   TEXT NOT NULL REFERENCES therapy_sessions (id),
    onset_sec    DOUBLE PRECISION NOT NULL,
    duration_sec DOUBLE PRECISION NOT NULL,
    kind         TEXT NOT NULL,
    label        TEXT NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE INDEX session_events_session ON session_events (session_id);

-- The analysis queue; it lives here so that it survives restarts.
CREATE TABLE jobs (
    id            TEXT PRIMARY KEY,
    session_id    TEXT NOT NULL REFERENCES therapy_sessions (id),
    state         TEXT NOT NULL,
    progress      DOUBLE PRECISION NOT NULL,
    stage         TEXT NOT NULL,
    message       TEXT,
    settings_json TEXT NOT NULL,
    attempts      INTEGER NOT NULL,
    created_at    BIGINT NOT NULL,
    started_at    BIGINT,
    finished_at   BIGINT
);
CREATE INDEX jobs_state ON jobs (state, created_at);
CREATE INDEX jobs_session ON jobs (session_id);

CREATE TABLE analyses (
    id            TEXT PRIMARY KEY,
    session_id    TEXT NOT NULL REFERENCES therapy_sessions (id),
    job_id        TEXT NOT NULL REFERENCES jobs (id),
    settings_json TEXT NOT NULL,
    duration_sec  DOUBLE PRECISION,
    document_json TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX analyses_session ON analyses (session_id);

-- Episodes of each analysis, one row each, so the client history is a query.
CREATE TABLE episodes (
    id                TEXT PRIMARY KEY,
    analysis_id       TEXT NOT NULL REFERENCES analyses (id),
    ordinal           INTEGER NOT NULL,
    onset_sec         DOUBLE PRECISION,
    peak_sec          DOUBLE PRECISION,
    release_sec       DOUBLE PRECISION,
    end_sec           DOUBLE PRECISION,
    outcome           TEXT NOT NULL,
    interrupted       INTEGER NOT NULL,
    confidence        DOUBLE PRECISION,
    peak_s            DOUBLE PRECISION,
    vagal_rebound     DOUBLE PRECISION,
    half_recovery_sec DOUBLE PRECISION
);
CREATE INDEX episodes_analysis ON episodes (analysis_id);
