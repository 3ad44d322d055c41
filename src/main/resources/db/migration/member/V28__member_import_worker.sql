-- The application instance whose worker holds a confirmed import ("host|pid|JVM start"), so that a run whose
-- worker is gone (the JVM was killed) can be told from one still being written: the worker touches heartbeat_at
-- while it holds the import, and a sweep marks the others failed (nothing was written: the run is one transaction).
ALTER TABLE member_import ADD COLUMN worker text;
CREATE INDEX member_import_working_idx ON member_import (heartbeat_at) WHERE status IN ('QUEUED', 'RUNNING');
