-- Version 10: the error tolerance belongs to the regulator. An administrator sets it per reporting year (absent, the
-- documented default of 1000 refused records applies); each version still records the tolerance it was judged
-- with (submission.skip_limit, V9). A refused version's stored package expires: the time its bytes were deleted.
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both accept.

create table error_tolerance (
    reporting_year integer      not null primary key,
    skip_limit     bigint       not null,
    set_by         varchar(100) not null,
    set_at         timestamp(6) with time zone not null
);

alter table submission add column package_expired_at timestamp(6) with time zone;
