-- The port's claims (issue 15): the headline figures a package's optional claims.csv states, as written, and what
-- each run made of them (recomputed from the accepted figures and compared at the run's materiality). A claim's
-- decimals are kept with it: "-90" claims a whole percent, and the column would pad it to -90.000000000.
create table claimed_figure (
    id            bigint         not null primary key,
    submission_id bigint         not null references submission (id),
    scope         varchar(16)    not null,
    category      varchar(32)    not null,
    pollutant     varchar(16)    not null,
    data_year     integer        not null,
    measure       varchar(32)    not null,
    claimed_value numeric(24, 9) not null,
    claimed_scale integer        not null,
    source_line   bigint         not null,
    constraint claimed_figure_line_uk unique (submission_id, source_line)
);
create sequence claimed_figure_seq start with 1 increment by 50;

create table checked_claim (
    id            bigint         not null primary key,
    execution_id  bigint         not null,
    port          varchar(8)     not null,
    source_line   bigint         not null,
    scope         varchar(16)    not null,
    category      varchar(32)    not null,
    pollutant     varchar(16)    not null,
    data_year     integer        not null,
    measure       varchar(32)    not null,
    claimed_value numeric(24, 9) not null,
    claimed_scale integer        not null,
    recomputed    numeric(38, 12),
    difference    numeric(38, 12),
    outcome       varchar(32)    not null,
    reason_code   varchar(16),
    constraint checked_claim_once unique (execution_id, port, source_line)
);
create sequence checked_claim_seq start with 1 increment by 50;

-- The materiality a run compared claims at ("1pp,5%"), recorded with its other settings; null before claims.
alter table verification_run add column materiality varchar(32);
