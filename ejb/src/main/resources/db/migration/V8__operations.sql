-- Version 8: operations. The guard of the scheduled annual run (one start per reporting year and rules version,
-- enforced by the unique key: the insert that fails means another trigger already started it), what a run found
-- missing, the re-run a re-verification made and the differences it found.
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both accept.

create sequence scheduled_run_seq start with 1 increment by 1;

create table scheduled_run (
    id                  bigint        not null primary key,
    reporting_year      integer       not null,
    rules_version       varchar(32)   not null,
    execution_id        bigint,
    started_at          timestamp(6) with time zone not null,
    started_by          varchar(64)   not null,
    missing_submissions varchar(2000),
    constraint scheduled_run_uk unique (reporting_year, rules_version)
);

-- Ports whose submission a run lacked, each with its PV code, one per line; null when both ports filed.
alter table verification_run add column missing_submissions varchar(2000);
-- Set on the re-run of a re-verification: the execution it re-verifies.
alter table verification_run add column reverifies_execution_id bigint;

create sequence reverification_seq start with 1 increment by 1;

create table reverification (
    id                    bigint       not null primary key,
    original_execution_id bigint       not null,
    rerun_execution_id    bigint,
    status                varchar(16)  not null,
    requested_by          varchar(128) not null,
    requested_at          timestamp(6) with time zone not null,
    completed_at          timestamp(6) with time zone,
    failure               varchar(1000)
);
create index reverification_original_ix on reverification (original_execution_id);

create table reverification_difference (
    reverification_id bigint        not null,
    position          integer       not null,
    what              varchar(500)  not null,
    original_value    varchar(1000),
    rerun_value       varchar(1000),
    constraint reverification_difference_pk primary key (reverification_id, position)
);
