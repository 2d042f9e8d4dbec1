-- When the recording itself says it started (file header, E4 timestamps), as an ISO local date-time,
-- filled when an analysis finishes. A clinician's own date (recorded_on) still wins where given;
-- a session with neither has an unknown date and is ordered by upload time and flagged.
ALTER TABLE therapy_sessions ADD COLUMN recording_start TEXT;
