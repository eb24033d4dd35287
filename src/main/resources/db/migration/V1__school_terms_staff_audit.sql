-- Foundation: one school per installation, its terms, staff accounts, login throttling and the audit log.

create table school (
    id               bigint generated always as identity primary key,
    name             varchar(120) not null,
    time_zone        varchar(64)  not null,
    default_language varchar(8)   not null default 'en',
    created_at       timestamptz  not null
);

create table term (
    id         bigint generated always as identity primary key,
    school_id  bigint       not null references school (id),
    name       varchar(80)  not null,
    start_date date         not null,
    end_date   date         not null,
    closed     boolean      not null default false,
    constraint term_dates_ordered check (end_date >= start_date)
);
create index term_school_idx on term (school_id, start_date);

create table staff_account (
    id                   bigint generated always as identity primary key,
    school_id            bigint       not null references school (id),
    name                 varchar(100) not null,
    email                varchar(254) not null,
    password_hash        varchar(200) not null,
    role                 varchar(20)  not null check (role in ('COORDINATOR', 'TEACHER')),
    language             varchar(8)   not null default 'en',
    active               boolean      not null default true,
    must_change_password boolean      not null default false,
    created_at           timestamptz  not null
);
-- Emails are compared case-insensitively: one account per address.
create unique index staff_account_email_uq on staff_account (lower(email));

-- Failed sign-ins per account name, kept in the database so every app node sees the same count.
create table login_throttle (
    username      varchar(254) primary key,
    failed_count  int          not null default 0,
    first_failure timestamptz,
    locked_until  timestamptz
);

create table audit_log (
    id         bigint generated always as identity primary key,
    at         timestamptz  not null,
    actor      varchar(254) not null,
    action     varchar(60)  not null,
    target     varchar(254),
    details    varchar(2000)
);
create index audit_log_at_idx on audit_log (at desc);

-- The audit log is append-only: the application can insert, never change or remove a row.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
