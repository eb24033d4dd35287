-- District defaults (docs/district.md): what a new school starts with, and what every school that has
-- not chosen its own follows when the district administrator changes it.
alter table district add column default_language   varchar(8);
alter table district add column paper_size         varchar(10);
alter table district add column retention_months   integer check (retention_months between 1 and 120);
alter table district add column trusted_adult_text varchar(500);

update district d set default_language = s.default_language, paper_size = s.paper_size,
                      retention_months = s.retention_months, trusted_adult_text = s.trusted_adult_text
from school s where s.id = (select min(id) from school);

-- Concern phrases: the district's list (school_id null), which every school uses, plus a school's own.
-- (No foreign key: the phrases are reference data that outlive any one school's rows.)
alter table concern_phrase add column school_id bigint;
alter table concern_phrase drop constraint concern_phrase_language_phrase_key;
create unique index concern_phrase_uq on concern_phrase (language, phrase, coalesce(school_id, 0));
alter table concern_phrase alter column school_id set default ripple_school();
alter table concern_phrase enable row level security;
-- Every school reads the district's list; a school changes only its own phrases.
-- (The settings are read once per statement, "(select …)", as V19 explains.)
create policy school_reads on concern_phrase for select
    using (school_id is null or (select ripple_all_schools()) or school_id = (select ripple_school()));
create policy school_rows on concern_phrase
    using ((select ripple_all_schools()) or school_id = (select ripple_school()))
    with check ((select ripple_all_schools()) or school_id = (select ripple_school()));

-- Published views other modules read gain the school, so their readers can name it (school_id =
-- ripple_school()) instead of leaning on row-level security alone.
create or replace view school_terms_v with (security_invoker = true) as
    select id, name, start_date, end_date, closed, school_id from term;
create or replace view school_staff_v with (security_invoker = true) as
    select id, name, school_id from staff_account;
create or replace view school_staff_contacts_v with (security_invoker = true) as
    select id, email, name, language, role, active, school_id from staff_account;

-- An act's day is its own school's day (each school has its time zone), whatever scope wrote the act.
create function act_school_day(at timestamptz, of_school bigint) returns date language sql stable as $$
    select (at at time zone coalesce((select s.time_zone from school s where s.id = of_school), 'UTC'))::date
$$;

create or replace function act_day_count_apply() returns trigger language plpgsql as $$
declare
    old_counted boolean := tg_op <> 'INSERT' and old.status in ('APPROVED', 'PENDING');
    new_counted boolean := tg_op <> 'DELETE' and new.status in ('APPROVED', 'PENDING');
    act_day date;
begin
    if old_counted and new_counted and old.class_id = new.class_id and old.category = new.category
            and old.created_at = new.created_at then
        return null; -- e.g. pending -> approved: still counted in the same place
    end if;
    if old_counted then
        act_day := act_school_day(old.created_at, old.school_id);
        update act_day_count set acts = acts - 1
        where class_id = old.class_id and day = act_day and category = old.category;
        update act_week_count set acts = acts - 1
        where class_id = old.class_id and week = act_week_of(act_day);
    end if;
    if new_counted then
        act_day := act_school_day(new.created_at, new.school_id);
        insert into act_day_count (class_id, day, category, acts, school_id)
        values (new.class_id, act_day, new.category, 1, new.school_id)
        on conflict (class_id, day, category) do update set acts = act_day_count.acts + 1;
        insert into act_week_count (class_id, week, acts, school_id)
        values (new.class_id, act_week_of(act_day), 1, new.school_id)
        on conflict (class_id, week) do update set acts = act_week_count.acts + 1;
    end if;
    return null;
end
$$;
