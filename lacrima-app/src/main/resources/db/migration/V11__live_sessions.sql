-- Live sessions: a stream being received for a client. The samples themselves live in the data folder
-- (live/<id>/journal); this row says whose it is and, once ended, which therapy session holds it.
CREATE TABLE live_sessions (
    id               TEXT PRIMARY KEY,
    clinician_id     TEXT NOT NULL REFERENCES clinicians (id),
    client_id        TEXT NOT NULL REFERENCES clients (id),
    title            TEXT NOT NULL,
    state            TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    ended_at         BIGINT,
    session_id       TEXT REFERENCES therapy_sessions (id)
);
CREATE INDEX live_sessions_clinician ON live_sessions (clinician_id, client_id);
