-- Version 9: a run's settings are resolved once when it starts and recorded on its run, the one place every step
-- reads them from (RunSettings); a submission records the execution that ingests it and the error tolerance it is
-- judged with, so that the ingest steps need nothing but their execution id.
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both accept.

alter table verification_run add column submissions_dir varchar(1000);
alter table verification_run add column item_count integer;
alter table verification_run add column skip_limit bigint;
alter table verification_run add column report_conformance varchar(16);
alter table verification_run add column report_status varchar(16);
-- Set on the re-run of a re-verification: the re-verification it completes.
alter table verification_run add column reverification_id bigint;

-- The execution (annual-verification or ingest-submission) that ingests the submission; a restart moves it.
alter table submission add column ingest_execution_id bigint;
-- Errors tolerated before the submission is rejected as a whole; null on versions closed before V9.
alter table submission add column skip_limit bigint;
create index submission_ingest_ix on submission (ingest_execution_id);
