-- Events carry a kind the analysis reads (intervention, tears, marker, note) instead of a prefix in their label.
-- The page's earlier "topic" is a note; the word moves into the label so that nothing the clinician saw is lost.
-- Plain SQL that SQLite and PostgreSQL both run.
UPDATE session_events SET kind = 'note', label = 'topic: ' || label WHERE kind = 'topic';
