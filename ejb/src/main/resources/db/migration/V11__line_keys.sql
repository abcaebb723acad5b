-- Exactly once (issue 13): a line of a version is stored at most once, as a figure of its part or as a refused
-- record. The ingest resumes after the last line the database holds for the version, whatever the job repository's
-- checkpoint says, and these keys make any second write of a line fail (its chunk rolls back) instead of counting
-- twice. Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both accept.

-- Lines stored twice by an earlier ingest (a restart after a lost checkpoint, two ingests of one version) are
-- removed, keeping the first, only from versions that never counted (RECEIVED or REJECTED) and from refused records.
-- An ACCEPTED or SUPERSEDED version with a line stored twice stops this migration on purpose: its figures were used
-- by runs and are pinned by re-verification, so they are never changed silently (docs/operations.md, "Exactly once").
delete from inventory_figure f where exists (select 1 from inventory_figure g where g.submission_id = f.submission_id
        and g.source_line = f.source_line and g.id < f.id)
    and exists (select 1 from submission s where s.id = f.submission_id and s.status in ('RECEIVED', 'REJECTED'));
delete from throughput f where exists (select 1 from throughput g where g.submission_id = f.submission_id
        and g.source_line = f.source_line and g.id < f.id)
    and exists (select 1 from submission s where s.id = f.submission_id and s.status in ('RECEIVED', 'REJECTED'));
delete from milestone f where exists (select 1 from milestone g where g.submission_id = f.submission_id
        and g.source_line = f.source_line and g.id < f.id)
    and exists (select 1 from submission s where s.id = f.submission_id and s.status in ('RECEIVED', 'REJECTED'));
delete from fleet_figure f where exists (select 1 from fleet_figure g where g.submission_id = f.submission_id
        and g.source_line = f.source_line and g.id < f.id)
    and exists (select 1 from submission s where s.id = f.submission_id and s.status in ('RECEIVED', 'REJECTED'));
delete from rejected_record f where exists (select 1 from rejected_record g where g.submission_id = f.submission_id
        and g.file_name = f.file_name and g.line_number = f.line_number and g.id < f.id);

-- The keys lead with submission_id. The old submission_id indexes stay: H2 backs the foreign keys with them.
alter table inventory_figure add constraint inventory_figure_line_uk unique (submission_id, source_line);
alter table throughput add constraint throughput_line_uk unique (submission_id, source_line);
alter table milestone add constraint milestone_line_uk unique (submission_id, source_line);
alter table fleet_figure add constraint fleet_figure_line_uk unique (submission_id, source_line);
alter table rejected_record add constraint rejected_record_line_uk unique (submission_id, file_name, line_number);
