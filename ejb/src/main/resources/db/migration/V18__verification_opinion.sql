-- The verification opinion (issue 15): per run and port, VERIFIED, VERIFIED_WITH_FINDINGS or NOT_VERIFIED, with its
-- reasons in the order the report prints them.
create table verification_opinion (
    id           bigint      not null primary key,
    execution_id bigint      not null,
    port         varchar(8)  not null,
    opinion      varchar(32) not null,
    constraint verification_opinion_once unique (execution_id, port)
);
create sequence verification_opinion_seq start with 1 increment by 1;

create table opinion_reason (
    opinion_id bigint        not null references verification_opinion (id),
    ordinal    integer       not null,
    kind       varchar(32)   not null,
    code       varchar(16),
    reason_text varchar(4000) not null,
    primary key (opinion_id, ordinal)
);
