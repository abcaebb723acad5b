-- PortVerify schema, version 13: the close of an ingest (close-ingest) runs in phases, each committed on its own,
-- so that a restarted close resumes where the last one stopped (issue 13). Null until the package checks are stored;
-- then CHECKED, WITHDRAWN (the records that must not count are gone) and DECIDED (accepted or rejected).
alter table submission add column close_phase varchar(16);
