-- The global warming potentials a package's manifest states its CO2e with (issue 15): AR4 or AR5, null when it
-- states none. The CO2e consistency check (PV-1222) weighs CH4 and N2O with them.
alter table submission add column gwp varchar(3);
