-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.1, schemas/v2/schema-postgresql.sql):
-- one row per event and after-commit listener (@ApplicationModuleListener), written in the publishing transaction
-- and completed when the listener succeeded, so a listener that did not run (the process died, it failed) is
-- resubmitted on the next start (spring.modulith.events.republish-outstanding-events-on-restart). Created here
-- rather than by the library's schema initialization so that Flyway owns every table and a backup carries it.
CREATE TABLE event_publication (
    id                     uuid        NOT NULL PRIMARY KEY,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
