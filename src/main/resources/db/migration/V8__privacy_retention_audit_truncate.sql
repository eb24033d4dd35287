-- Privacy lifecycle: the school's retention setting, the receipts of retention runs, and an audit
-- log that cannot be emptied with TRUNCATE either.

-- Delete identifiable student data this many months after the end of a class's term; null = off.
alter table school add column retention_months int check (retention_months between 1 and 120);

-- One row per applied retention run (scheduled or started by a coordinator): the receipt the
-- privacy page lists. Holds counts and class ids only, never names.
create table retention_run (
    id           bigint generated always as identity primary key,
    school_id    bigint        not null references school (id),
    run_at       timestamptz   not null,
    run_on       date          not null,  -- the school's local date of the run
    trigger_kind varchar(12)   not null check (trigger_kind in ('SCHEDULED', 'MANUAL')),
    actor        varchar(254)  not null,
    months       int           not null,
    cutoff       date          not null,  -- terms that ended before this day were due
    classes      int           not null,
    students     int           not null,
    rows_deleted int           not null,
    details      varchar(4000) not null default ''
);
create index retention_run_school_idx on retention_run (school_id, run_at desc);

-- V1 refuses UPDATE and DELETE row by row; TRUNCATE fires no row triggers, so refuse it per statement.
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();

-- The audit viewer filters by actor and action and pages by id.
create index audit_log_action_idx on audit_log (action, id desc);
