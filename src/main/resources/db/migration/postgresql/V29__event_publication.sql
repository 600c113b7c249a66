-- Spring Modulith's event publication registry (issue 17): one row per event and listener that runs
-- after the commit, written in the publishing transaction and completed when the listener has run,
-- so a crash between the commit and a listener loses nothing (incomplete rows are resubmitted at
-- start-up). Schema of spring-modulith-events-jdbc 2.0 (schemas/v2/schema-postgresql.sql). Only the
-- event's identifying fields are serialized (CustodyEventRecorded): nothing personal is kept here.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
