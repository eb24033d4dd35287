-- Sharing with every school (docs/district.md): the district administrator shares lessons and
-- challenge templates with every school of the district.

-- District lessons are custom_lesson rows without a school (and their steps likewise). Every school
-- reads them; only the district's scope (a district administrator) writes them. A school's own
-- lessons stay its own: the write policy is the one V17 gave every table. (The settings are read once
-- per statement, "(select …)", as V19 explains.)
alter table custom_lesson alter column school_id drop not null;
alter table custom_lesson_step alter column school_id drop not null;

drop policy school_rows on custom_lesson;
create policy school_reads on custom_lesson for select
    using (school_id is null or (select ripple_all_schools()) or school_id = (select ripple_school()));
create policy school_rows on custom_lesson
    using ((select ripple_all_schools()) or school_id = (select ripple_school()))
    with check ((select ripple_all_schools()) or school_id = (select ripple_school()));

drop policy school_rows on custom_lesson_step;
create policy school_reads on custom_lesson_step for select
    using (school_id is null or (select ripple_all_schools()) or school_id = (select ripple_school()));
create policy school_rows on custom_lesson_step
    using ((select ripple_all_schools()) or school_id = (select ripple_school()))
    with check ((select ripple_all_schools()) or school_id = (select ripple_school()));

-- The district's challenge templates, next to the built-in ones (app.ripple.challenge.library): the
-- same fields as a built-in template, written in the district administrator's words. A challenge
-- started from one remembers 'district:<id>' as its template.
create table district_challenge_template (
    id                bigint generated always as identity primary key,
    title             varchar(120)  not null,
    description       varchar(1000) not null default '',
    days              int           not null check (days between 1 and 366),
    goal_per_student  int           not null check (goal_per_student between 1 and 100),
    categories        varchar(200)  not null,             -- comma list of Category names
    suggested_act_ids varchar(2000) not null default '',  -- comma list of ActLibrary ids, in order
    self_counts       boolean       not null default false,
    created_by        bigint        not null references staff_account (id),
    created_at        timestamptz   not null,
    archived_at       timestamptz
);

-- Every school reads the district's templates; only the district's scope writes them.
alter table district_challenge_template enable row level security;
create policy school_reads on district_challenge_template for select using (true);
create policy district_writes on district_challenge_template
    using ((select ripple_all_schools())) with check ((select ripple_all_schools()));
