-- Version 12: one ingest per version at a time, guarded in the database (issue 13). The claim on a RECEIVED
-- version's ingest: null (nobody has it), LAUNCHING (an upload or a restart is starting its job), RUNNING (the
-- execution submission.ingest_execution_id reads it) or INTERRUPTED (that execution failed on the server's side,
-- stopped or died; its data is kept and a restart continues it). Every change is a conditional update that changes
-- exactly one row, or the caller is refused (PV-4109).
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both accept.

alter table submission add column ingest_state varchar(16);
alter table submission add column ingest_claimed_at timestamp(6) with time zone;

-- No job runs while the schema migrates: a version still RECEIVED with an execution was interrupted.
update submission set ingest_state = 'INTERRUPTED', ingest_claimed_at = received_at
    where status = 'RECEIVED' and ingest_execution_id is not null;
