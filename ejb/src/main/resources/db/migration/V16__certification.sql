-- Certified submissions (issue 14): an uploaded version that passed validation is a DRAFT until the port's certifying
-- official certifies it under a versioned statement; a reviewer then takes it up (IN_REVIEW) and accepts or returns
-- it. Only ACCEPTED versions, and FILED ones (the regulator's own folder intake), feed an annual run.
alter table submission add column review_state varchar(16) default 'DRAFT' not null;
alter table submission add column reviewed_by varchar(128);
alter table submission add column reply_due date;
-- Versions from before the review: what was accepted then stays accepted (uploads were accepted on validation, folder
-- packages are the regulator's own filing), so that an upgrade changes no run's inputs.
update submission set review_state = case when format = 'FOLDER' then 'FILED' else 'ACCEPTED' end
 where status in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS');

-- The conversation of a review: a reviewer's comments (on the package, or on a finding: file, line, code) and the
-- port's answers. Never changed or removed.
create table review_comment (
    id           bigint                      not null primary key,
    submission_id bigint                     not null references submission (id),
    author       varchar(128)                not null,
    side         varchar(16)                 not null,
    written_at   timestamp(3) with time zone not null,
    body         varchar(4000)               not null,
    file_name    varchar(200),
    line_number  bigint,
    code         varchar(16)
);
create index review_comment_submission on review_comment (submission_id, id);
create sequence review_comment_seq start with 1 increment by 1;

-- The certification statement, versioned: a new text is a new version, an old one is never changed (a certification
-- names the version its signer saw, and the SHA-256 of its text is signed).
create table certification_statement (
    version      integer                     not null primary key,
    statement    varchar(4000)               not null,
    published_by varchar(128)                not null,
    published_at timestamp(6) with time zone not null
);
insert into certification_statement (version, statement, published_by, published_at)
values (1, 'I certify under penalty of law that this document and all attachments were prepared under my direction '
        || 'or supervision in accordance with a system designed to assure that qualified personnel properly gather and '
        || 'evaluate the information submitted. Based on my inquiry of the person or persons who manage the system, or '
        || 'those persons directly responsible for gathering the information, the information submitted is, to the best '
        || 'of my knowledge and belief, true, accurate, and complete. I am aware that there are significant penalties '
        || 'for submitting false information, including the possibility of fine and imprisonment for knowing violations.',
        'system', timestamp with time zone '2026-12-07 00:00:00+00');

-- The public keys the server's seal signed with (infrastructure.signing.Seal); the private key stays in the server's
-- data folder. A key is never removed, so every certification it signed can still be verified.
create table signing_key (
    key_id     varchar(64)                 not null primary key,
    algorithm  varchar(32)                 not null,
    public_key varchar(1000)               not null,
    created_at timestamp(6) with time zone not null
);

-- One certification per version: who signed which statement when, and the seal's signature over the signed text.
create table certification (
    submission_id     bigint                      not null primary key references submission (id),
    statement_version integer                     not null references certification_statement (version),
    signer            varchar(128)                not null,
    signed_at         timestamp(3) with time zone not null,
    key_id            varchar(64)                 not null references signing_key (key_id),
    signature         varchar(200)                not null,
    -- the audit entry that recorded it, the last day the port may dispute the copy of record (regulator's time),
    -- the PortVerify version that rendered the copy and the copy's SHA-256 (its bytes are in the package store)
    audit_seq         bigint                      not null,
    audit_sha256      varchar(64)                 not null,
    dispute_until     date                        not null,
    software_version  varchar(64)                 not null,
    receipt_sha256    varchar(64)                 not null
);
