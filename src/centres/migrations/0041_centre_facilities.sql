-- CR-17.5, CR-17.6, CR-17.7: what a centre provides besides the counter, recorded by its municipality: IP telephony
-- connected to the service management system, a public computer with access to the state services portal, free
-- wireless internet. Null: not recorded yet (the kind compliance says so rather than guessing). Written for
-- PostgreSQL 15 and PGlite.
alter table centres
  add column ip_telephony boolean,
  add column public_computer boolean,
  add column free_wifi boolean;
