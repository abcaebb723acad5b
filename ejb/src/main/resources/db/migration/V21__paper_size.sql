-- The paper a run's Board report and community summary are laid out on (issue 16): LETTER (the default from now on)
-- or A4. Null on the runs before: their reports were laid out on A4, which their re-runs keep (VerificationRun).
alter table verification_run add column paper_size varchar(8);
