-- Terms and the end-of-term report: school years grouping terms, who closed a term and when,
-- and what a teacher adds to a class's term report (up to 6 highlighted acts, a closing paragraph).

create table school_year (
    id         bigint generated always as identity primary key,
    school_id  bigint      not null references school (id),
    name       varchar(80) not null,
    start_date date        not null,
    end_date   date        not null,
    constraint school_year_dates_ordered check (end_date >= start_date)
);
create index school_year_school_idx on school_year (school_id, start_date);

alter table term add column school_year_id bigint references school_year (id);
-- Closing a term makes its classes read-only (enforced in the services); these say who and when.
alter table term add column closed_at timestamptz;
alter table term add column closed_by bigint references staff_account (id);

-- The teacher's own words at the end of the class's term report.
create table report_note (
    class_id          bigint        primary key references school_class (id) on delete cascade,
    closing_paragraph varchar(2000) not null default '',
    updated_by        bigint        references staff_account (id),
    updated_at        timestamptz   not null
);

-- Approved acts the teacher picked for the report's highlights, in order (at most 6).
create table report_highlight (
    class_id bigint not null references school_class (id) on delete cascade,
    act_id   bigint not null references kindness_act (id) on delete cascade,
    position int    not null check (position between 1 and 6),
    primary key (class_id, act_id),
    unique (class_id, position)
);
