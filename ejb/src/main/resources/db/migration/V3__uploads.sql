-- Version 3: packages uploaded through REST (ZIP or XLSX) next to the folder intake, and the value of refused fields.

alter table submission add column format varchar(8) default 'FOLDER' not null;
alter table submission add column uploaded_by varchar(100);
alter table rejected_record add column field_value varchar(1000);
-- A package refused before its manifest could be read has no edition.
alter table submission alter column edition drop not null;
