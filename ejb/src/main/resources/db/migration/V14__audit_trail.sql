-- The audit trail (issue 14): every state-changing action, chained by SHA-256 (domain.audit.AuditChain).
-- Entries are numbered without gaps by the chain itself, not by a sequence: a missing number is a removed entry.
create table audit_entry (
    seq             bigint        not null primary key,
    recorded_at     timestamp(3) with time zone not null,
    actor           varchar(128)  not null,
    action          varchar(48)   not null,
    object_type     varchar(48)   not null,
    object_id       varchar(128)  not null,
    detail          varchar(2000) not null,
    previous_sha256 varchar(64)   not null,
    entry_sha256    varchar(64)   not null
);

-- The chain's end, one row, locked by each append so that appends are serialized in the database.
create table audit_head (
    id          integer     not null primary key,
    last_seq    bigint      not null,
    last_sha256 varchar(64) not null
);
insert into audit_head (id, last_seq, last_sha256)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The head a run's Board report prints (a re-run keeps the original's); null for runs from before the trail.
alter table verification_run add column audit_head_seq bigint;
alter table verification_run add column audit_head_sha256 varchar(64);
