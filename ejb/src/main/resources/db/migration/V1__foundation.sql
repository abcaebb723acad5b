-- PortVerify schema, version 1: submissions, accepted figures, refused records, runs, metrics, board reports.
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both accept.

create sequence submission_seq start with 1 increment by 1;
create sequence inventory_figure_seq start with 1 increment by 50;
create sequence throughput_seq start with 1 increment by 50;
create sequence rejected_record_seq start with 1 increment by 1;
create sequence reduction_metric_seq start with 1 increment by 50;
create sequence board_report_seq start with 1 increment by 1;

create table submission (
    id              bigint        not null primary key,
    port            varchar(8)    not null,
    reporting_year  integer       not null,
    edition         varchar(32)   not null,
    version         integer       not null,
    status          varchar(32)   not null,
    package_sha256  varchar(64)   not null,
    received_at     timestamp(6) with time zone not null,
    preparer        varchar(200),
    contact         varchar(200),
    submitted_on    date,
    note            varchar(2000),
    source_location varchar(1000),
    superseded_by   bigint references submission (id),
    constraint submission_version_uk unique (port, reporting_year, version)
);

create table submission_file (
    submission_id bigint       not null references submission (id),
    file_name     varchar(100) not null,
    sha256        varchar(64)  not null,
    size_bytes    bigint       not null,
    constraint submission_file_pk primary key (submission_id, file_name)
);

create table inventory_figure (
    id            bigint         not null primary key,
    submission_id bigint         not null references submission (id),
    data_year     integer        not null,
    category      varchar(32)    not null,
    pollutant     varchar(16)    not null,
    amount        numeric(24, 9) not null,
    unit          varchar(16)    not null,
    source_line   bigint         not null
);
create index inventory_figure_submission_ix on inventory_figure (submission_id);

create table throughput (
    id            bigint  not null primary key,
    submission_id bigint  not null references submission (id),
    data_year     integer not null,
    teu           bigint  not null,
    source_line   bigint  not null
);
create index throughput_submission_ix on throughput (submission_id);

create table rejected_record (
    id            bigint        not null primary key,
    submission_id bigint        not null references submission (id),
    file_name     varchar(100)  not null,
    line_number   bigint        not null,
    field         varchar(64)   not null,
    code          varchar(16)   not null,
    reason        varchar(1000) not null,
    raw_line      varchar(4000)
);
create index rejected_record_submission_ix on rejected_record (submission_id);

create table verification_run (
    execution_id   bigint  not null primary key,
    reporting_year integer not null,
    as_of_date     date    not null
);

create table run_submission (
    execution_id  bigint  not null references verification_run (execution_id),
    position      integer not null,
    submission_id bigint  not null references submission (id),
    constraint run_submission_pk primary key (execution_id, position)
);

create table reduction_metric (
    id                   bigint          not null primary key,
    execution_id         bigint          not null,
    scope                varchar(16)     not null,
    category             varchar(32),
    pollutant            varchar(16)     not null,
    data_year            integer         not null,
    unit                 varchar(16)     not null,
    tons                 numeric(30, 12) not null,
    baseline_tons        numeric(30, 12),
    reduction            numeric(30, 20),
    teu                  bigint,
    baseline_teu         bigint,
    tons_per_10k_teu     numeric(30, 16),
    efficiency_reduction numeric(30, 20),
    reduction_issue      varchar(16),
    efficiency_issue     varchar(16)
);
create index reduction_metric_execution_ix on reduction_metric (execution_id);

create table board_report (
    id             bigint      not null primary key,
    execution_id   bigint      not null unique,
    reporting_year integer     not null,
    as_of_date     date        not null,
    pdf_sha256     varchar(64) not null,
    data_sha256    varchar(64) not null,
    size_bytes     bigint      not null,
    pdf            bytea       not null
);
create index board_report_year_ix on board_report (reporting_year);
