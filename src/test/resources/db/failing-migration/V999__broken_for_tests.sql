-- Test-only: a migration that changes the schema and then fails. Used by MigrationFailureTest
-- through an extra Flyway location; never on the application's classpath location db/migration.
create table fault_test_marker (id int primary key);
alter table school add column fault_test_column int;
insert into fault_test_marker values (1);
select no_such_column from this_table_does_not_exist;
