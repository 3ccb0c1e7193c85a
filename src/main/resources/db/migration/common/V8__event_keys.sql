-- Each event carries a key its publisher chose. An append sent again after its connection was lost
-- cannot store the event twice: if the first attempt committed (even after the retry looked for
-- it), the second fails on this index as a whole, its sequence number included.
ALTER TABLE project_events ADD COLUMN event_key VARCHAR(36);
CREATE UNIQUE INDEX project_events_key ON project_events (project_id, event_key);
