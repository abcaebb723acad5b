-- Version 7: CAAP progress stored per run (issue 5). compute-metrics records the settings it used on the run (1990 GHG
-- references, trend window, baseline tolerance, each port's previous edition) and stores, once, the standards'
-- progress, the headline trends, the auditors' quality flags and the zero-emission shares; the report and the REST
-- API read these rows. Each table is keyed by execution and position (the domain's fixed order).
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both accept. Earlier runs keep nulls and no rows.

alter table verification_run add column ghg_reference_1990 varchar(1000);
alter table verification_run add column ghg_reference_source varchar(200);
alter table verification_run add column trend_first_year integer;
alter table verification_run add column trend_last_year integer;
alter table verification_run add column baseline_tolerance numeric(12, 9);

create table run_previous_edition (
    execution_id  bigint     not null references verification_run (execution_id),
    port          varchar(8) not null,
    submission_id bigint     not null references submission (id),
    constraint run_previous_edition_pk primary key (execution_id, port)
);

create sequence standard_progress_seq start with 1 increment by 50;
create sequence series_trend_seq start with 1 increment by 50;
create sequence qa_flag_seq start with 1 increment by 50;
create sequence zero_emission_share_seq start with 1 increment by 50;

create table standard_progress (
    id            bigint          not null primary key,
    execution_id  bigint          not null,
    position      integer         not null,
    target        varchar(32)     not null,
    scope         varchar(16)     not null,
    basis         varchar(16)     not null,
    data_year     integer,
    status        varchar(16)     not null,
    reduction     numeric(40, 24),
    margin_points numeric(40, 24),
    issue         varchar(16),
    constraint standard_progress_uk unique (execution_id, position)
);

create table series_trend (
    id                       bigint        not null primary key,
    execution_id             bigint        not null,
    position                 integer       not null,
    scope                    varchar(16)   not null,
    category                 varchar(32),
    pollutant                varchar(16)   not null,
    measure                  varchar(24)   not null,
    unit                     varchar(64)   not null,
    status                   varchar(24)   not null,
    issue                    varchar(16),
    method                   varchar(32),
    method_reason            varchar(500)  not null,
    points                   varchar(4000) not null,
    outlier_years            varchar(500)  not null,
    ols_slope                double precision,
    ols_intercept            double precision,
    ols_r_squared            double precision,
    ols_slope_low            double precision,
    ols_slope_high           double precision,
    ols_slope_std_error      double precision,
    ts_slope                 double precision,
    ts_intercept             double precision,
    ts_r_squared             double precision,
    ts_slope_low             double precision,
    ts_slope_high            double precision,
    goal                     varchar(32),
    goal_value               double precision,
    goal_issue               varchar(16),
    projection_status        varchar(24),
    projection_method        varchar(32),
    projection_crossing      double precision,
    projection_year          integer,
    projection_earliest_year integer,
    projection_latest_year   integer,
    projection_by_deadline   boolean,
    projection_issue         varchar(16),
    constraint series_trend_uk unique (execution_id, position)
);

create table qa_flag (
    id           bigint          not null primary key,
    execution_id bigint          not null,
    position     integer         not null,
    flag_level   varchar(8)      not null,
    code         varchar(16)     not null,
    scope        varchar(16)     not null,
    category     varchar(32),
    pollutant    varchar(16)     not null,
    data_year    integer         not null,
    flag_value   numeric(40, 24),
    message      varchar(1000)   not null,
    constraint qa_flag_uk unique (execution_id, position)
);

create table zero_emission_share (
    id                     bigint          not null primary key,
    execution_id           bigint          not null,
    position               integer         not null,
    scope                  varchar(16)     not null,
    category               varchar(32)     not null,
    data_year              integer         not null,
    ze_units               bigint          not null,
    total_units            bigint          not null,
    share                  numeric(40, 24),
    goal                   varchar(32),
    status                 varchar(16)     not null,
    years_to_goal          integer,
    gap                    numeric(40, 24),
    required_gain_per_year numeric(40, 24),
    issue                  varchar(16),
    constraint zero_emission_share_uk unique (execution_id, position)
);
