-- PortVerify schema, version 2: the complete submission contract (docs/submission-format.md).
-- Emission figures may name a sub-category; milestones of the Cooperative Agreement and zero-emission fleet
-- figures are kept with their source line like every accepted record; warnings about accepted records are kept
-- (errors stay in rejected_record). Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both accept.

-- Null for a figure of a whole category (every figure stored before this version).
alter table inventory_figure add column sub_category varchar(32);

create sequence milestone_seq start with 1 increment by 50;
create sequence fleet_figure_seq start with 1 increment by 50;
create sequence validation_finding_seq start with 1 increment by 1;

create table milestone (
    id                  bigint       not null primary key,
    submission_id       bigint       not null references submission (id),
    phase               integer      not null,
    category            varchar(32)  not null,
    milestone_id        varchar(64)  not null,
    kind                varchar(32)  not null,
    title               varchar(500) not null,
    due_date            date         not null,
    completed_date      date,
    status              varchar(16)  not null,
    within_port_control boolean      not null,
    flexibility_ref     varchar(500),
    evidence_ref        varchar(500),
    source_line         bigint       not null
);
create index milestone_submission_ix on milestone (submission_id);

create table fleet_figure (
    id            bigint         not null primary key,
    submission_id bigint         not null references submission (id),
    data_year     integer        not null,
    category      varchar(32)    not null,
    ze_units      bigint         not null,
    total_units   bigint         not null,
    chargers      bigint         not null,
    capacity      numeric(24, 9) not null,
    capacity_unit varchar(16)    not null,
    source_line   bigint         not null
);
create index fleet_figure_submission_ix on fleet_figure (submission_id);

create table validation_finding (
    id            bigint        not null primary key,
    submission_id bigint        not null references submission (id),
    file_name     varchar(100)  not null,
    line_number   bigint        not null,
    field         varchar(64)   not null,
    code          varchar(16)   not null,
    severity      varchar(16)   not null,
    message       varchar(1000) not null
);
create index validation_finding_submission_ix on validation_finding (submission_id);
