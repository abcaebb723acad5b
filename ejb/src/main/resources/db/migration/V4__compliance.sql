-- Version 4: Cooperative Agreement compliance. Each run records the rules version it used and the status of every
-- plan deadline and milestone as of its date; the defaults ledger keeps each charge once, with the run that made it.

alter table verification_run add column rules_version varchar(32);

create sequence compliance_record_seq start with 1 increment by 50;
create sequence default_charge_seq start with 1 increment by 1;

create table compliance_record (
    id                  bigint       not null primary key,
    execution_id        bigint       not null,
    port                varchar(8)   not null,
    position            integer      not null,
    rule_key            varchar(128) not null,
    category            varchar(32)  not null,
    kind                varchar(32)  not null,
    milestone_id        varchar(64),
    title               varchar(500),
    due_date            date         not null,
    reported_due_date   date,
    completed_date      date,
    within_port_control boolean      not null,
    flexibility_ref     varchar(500),
    status              varchar(24)  not null,
    constraint compliance_record_uk unique (execution_id, port, position)
);

create table default_charge (
    id             bigint         not null primary key,
    port           varchar(8)     not null,
    rule_key       varchar(128)   not null,
    due_date       date           not null,
    status_found   varchar(24)    not null,
    as_of_date     date           not null,
    reporting_year integer        not null,
    kind           varchar(16)    not null,
    level          integer        not null,
    amount         numeric(14, 2) not null,
    execution_id   bigint         not null,
    rules_version  varchar(32)    not null
);
create index default_charge_port_ix on default_charge (port, reporting_year);
