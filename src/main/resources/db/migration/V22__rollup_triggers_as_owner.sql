-- The cost of row-level security on recording an act (docs/benchmarks.md, "Many schools"): besides the
-- act's own insert, its triggers upsert three rollup rows (challenge tally, day and week counts), and
-- each upsert checked the policies again. Those rows are derived from the act row, which has already
-- passed its own policy, and carry the act's school (V20); so the two act triggers run with their
-- owner's rights, as a trigger that maintains a summary usually does. A fixed search path keeps them
-- from resolving names through anything but the schema.
alter function act_day_count_apply() security definer set search_path = public, pg_temp;
alter function kindness_act_tally() security definer set search_path = public, pg_temp;
