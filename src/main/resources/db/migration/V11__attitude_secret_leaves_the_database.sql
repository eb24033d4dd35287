-- The attitude pseudonym secret moves out of the database (docs/attitude-instruments.md), so a dump
-- alone cannot re-link answers to students. Flyway runs before the application code, so this only
-- allows the column to be empty: on start, Ripple writes each school's secret to its key file (or
-- checks it against RIPPLE_PSEUDONYM_KEY) and only then clears it here. The row stays as the record
-- that the school has a key, so a lost key file is reported instead of silently replaced.
alter table attitude_secret alter column secret drop not null;
