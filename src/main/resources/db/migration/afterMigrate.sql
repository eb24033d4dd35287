-- After every migration run, by the owner: the app's runtime role may read and write the tables
-- (row-level security decides which rows), never change or drop them (docs/district.md).
grant usage on schema public to "${runtime_role}";
grant select, insert, update, delete on all tables in schema public to "${runtime_role}";
revoke insert, update, delete on flyway_schema_history from "${runtime_role}";
grant usage, select on all sequences in schema public to "${runtime_role}";
grant execute on all functions in schema public to "${runtime_role}";
