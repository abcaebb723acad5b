-- The annual submission deadline (issue 14): set by an administrator per reporting year; a version received after
-- the end of its due date (regulator's time, America/Los_Angeles) is late. A run records the deadline in force when
-- it opens (a re-run keeps the original's), and its Board report flags the late inputs.
create table submission_deadline (
    reporting_year integer                     not null primary key,
    due_date       date                        not null,
    set_by         varchar(128)                not null,
    set_at         timestamp(6) with time zone not null
);

alter table verification_run add column submission_deadline date;
