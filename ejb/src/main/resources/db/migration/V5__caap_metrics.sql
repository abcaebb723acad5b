-- Version 5: CAAP progress metrics. Each reduction metric also compares its data year with 2017 of the same edition
-- (the inventories report both since 2023), in tons and per 10,000 TEU; a null value comes with its PV-30xx code.
-- Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both accept. Earlier runs keep nulls here.

alter table reduction_metric add column tons_2017 numeric(30, 12);
alter table reduction_metric add column reduction_2017 numeric(30, 20);
alter table reduction_metric add column teu_2017 bigint;
alter table reduction_metric add column efficiency_reduction_2017 numeric(30, 20);
alter table reduction_metric add column reduction_2017_issue varchar(16);
alter table reduction_metric add column efficiency_2017_issue varchar(16);
