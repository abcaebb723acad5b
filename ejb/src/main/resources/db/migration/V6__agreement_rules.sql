-- Version 6: the Cooperative Agreement's rules as versioned reference data (docs/agreement-rules.md). A change of
-- rules is a new row, never an update: every run records the version it used and re-verifies with it.
-- penalty_levels: the amount of the 1st, 2nd, ... charge of the same rule, in USD, comma-separated; each must lie
-- within the agreement's $50,000 to $200,000 per default, or the version is refused when it is loaded (PV-2010).

create table agreement_rules_version (
    version             varchar(32)   not null primary key,
    effective_from      date          not null,
    term_ends_on        date,
    due_soon_days       integer       not null,
    phase1_draft_due    date,
    phase1_approved_due date          not null,
    phase2_draft_due    date,
    phase2_approved_due date          not null,
    phase3_draft_due    date,
    phase3_approved_due date          not null,
    penalty_levels      varchar(200)  not null,
    continuing          varchar(32)   not null,
    note                varchar(1000)
);

-- The published facts (approved 2025-11-07; approved plans due 2027-12-31, 2028-12-31, 2029-12-31; phase 1 draft
-- in May 2027; phase 2 and 3 drafts not public) and the ASSUMED penalty schedule, to be replaced by a new version
-- when the executed agreement text is loaded.
insert into agreement_rules_version (version, effective_from, term_ends_on, due_soon_days,
        phase1_draft_due, phase1_approved_due, phase2_draft_due, phase2_approved_due,
        phase3_draft_due, phase3_approved_due, penalty_levels, continuing, note)
values ('CA-2025.1', date '2025-11-07', null, 90,
        date '2027-05-31', date '2027-12-31', null, date '2028-12-31',
        null, date '2029-12-31', '50000.00,100000.00,150000.00,200000.00', 'CHARGED_EACH_REPORTING_YEAR',
        'Published facts; penalty schedule ASSUMED (escalating by $50,000 to the $200,000 cap) until the executed agreement is loaded');
