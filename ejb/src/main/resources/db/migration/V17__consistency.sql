-- Verify, not only compute (issue 15): an all-categories figure built on a partial inventory (some of the five source
-- categories missing and no ALL total) says so; null when its inventory is complete.
alter table reduction_metric add column caveat varchar(1000);
