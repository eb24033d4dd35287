-- The school overview over a whole school: two more small rollups, both kept in PostgreSQL.
--
-- 1. act_week_count: counted acts (approved or pending) per class and week (the Monday, in the
--    school's time zone), kept by the same trigger as act_day_count. Readers take whole weeks from
--    here and correct a partial week at a range's end with the daily rollup (the week less the days
--    left out, or the days kept), so every figure stays the same as summing the days.
-- 2. lesson_dose: per student, the lessons of their class delivered while they were enrolled
--    (from the day they were added to the day they left, school time zone), how many of those
--    they attended (participated, present, or absent and made up) and how many they made up. It covers all of the class's
--    deliveries; readers use it for a class only when all its deliveries fall inside the period
--    asked for, and compute the figure from the base tables otherwise.

-- The daily rollup's key also carries the count, so a class's category mix and the partial weeks
-- are read from the index alone (a class's rows are spread over the whole table).
alter table act_day_count drop constraint act_day_count_pkey,
    add constraint act_day_count_pkey primary key (class_id, day, category) include (acts);

create table act_week_count (
    class_id bigint not null references school_class (id) on delete cascade,
    week     date   not null,  -- a Monday
    acts     int    not null,
    primary key (class_id, week) include (acts)
);

create function act_week_of(day date) returns date language sql immutable as $$
    select day - (extract(isodow from day)::int - 1)
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
        act_day := act_school_day(old.created_at);
        update act_day_count set acts = acts - 1
        where class_id = old.class_id and day = act_day and category = old.category;
        update act_week_count set acts = acts - 1
        where class_id = old.class_id and week = act_week_of(act_day);
    end if;
    if new_counted then
        act_day := act_school_day(new.created_at);
        insert into act_day_count (class_id, day, category, acts)
        values (new.class_id, act_day, new.category, 1)
        on conflict (class_id, day, category) do update set acts = act_day_count.acts + 1;
        insert into act_week_count (class_id, week, acts)
        values (new.class_id, act_week_of(act_day), 1)
        on conflict (class_id, week) do update set acts = act_week_count.acts + 1;
    end if;
    return null;
end
$$;

-- Recounts both act rollups, e.g. after a bulk load or when the school's time zone changes.
create or replace function act_day_count_rebuild() returns void language plpgsql as $$
declare
    tz text := coalesce((select time_zone from school order by id limit 1), 'UTC');
begin
    delete from act_day_count;
    insert into act_day_count (class_id, day, category, acts)
    select class_id, (created_at at time zone tz)::date, category, count(*)
    from kindness_act where status in ('APPROVED', 'PENDING')
    group by 1, 2, 3;
    delete from act_week_count;
    insert into act_week_count (class_id, week, acts)
    select class_id, act_week_of(day), sum(acts) from act_day_count group by 1, 2;
end
$$;

select act_day_count_rebuild();

create table lesson_dose (
    student_id bigint primary key references student (id) on delete cascade,
    class_id   bigint not null,
    delivered  int    not null,  -- the class's deliveries while the student was enrolled
    attended   int    not null,  -- of those: participated, present, or absent and made up
    made_up    int    not null   -- of those: absent and made up
);
create index lesson_dose_class_idx on lesson_dose (class_id) include (delivered, attended);

-- Recounts the given students from the base tables (the same rule as the dashboards' queries).
-- Their student rows are locked first, so two transactions recounting one student take turns and
-- the later one counts what the earlier one committed.
create function lesson_dose_refresh(ids bigint[]) returns void language plpgsql as $$
declare
    tz text := coalesce((select time_zone from school order by id limit 1), 'UTC');
begin
    if ids is null or cardinality(ids) = 0 then
        return;
    end if;
    perform 1 from student where id = any(ids) order by id for no key update;
    insert into lesson_dose (student_id, class_id, delivered, attended, made_up)
    select s.id, s.class_id,
           count(*) filter (where e.enrolled),
           count(*) filter (where e.enrolled and (p.status in ('PARTICIPATED', 'PRESENT') or p.made_up_on is not null)),
           count(*) filter (where e.enrolled and p.made_up_on is not null)
    from student s
    left join lesson_delivery d on d.class_id = s.class_id
    cross join lateral (select (s.created_at at time zone tz)::date <= d.delivered_on
           and (s.left_at is null or d.delivered_on <= (s.left_at at time zone tz)::date) as enrolled) e
    left join lesson_participation p on p.delivery_id = d.id and p.student_id = s.id
    where s.id = any(ids)
    group by s.id, s.class_id
    on conflict (student_id) do update
        set class_id = excluded.class_id, delivered = excluded.delivered, attended = excluded.attended,
            made_up = excluded.made_up
        where (lesson_dose.class_id, lesson_dose.delivered, lesson_dose.attended, lesson_dose.made_up)
              is distinct from (excluded.class_id, excluded.delivered, excluded.attended, excluded.made_up);
end
$$;

create function lesson_dose_rebuild() returns void language plpgsql as $$
begin
    delete from lesson_dose d where not exists (select 1 from student s where s.id = d.student_id);
    perform lesson_dose_refresh(array(select id from student));
end
$$;

-- Participation rows: recount the students whose rows changed (statement triggers, so a delivery's
-- 30 new rows recount once).
create function lesson_dose_participation_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform lesson_dose_refresh(array(select distinct student_id from changed_new));
    elsif tg_op = 'DELETE' then
        perform lesson_dose_refresh(array(select distinct student_id from changed_old));
    else
        perform lesson_dose_refresh(array(select student_id from changed_old union select student_id from changed_new));
    end if;
    return null;
end
$$;

create trigger lesson_participation_dose_insert after insert on lesson_participation
    referencing new table as changed_new for each statement execute function lesson_dose_participation_changed();
create trigger lesson_participation_dose_update after update on lesson_participation
    referencing old table as changed_old new table as changed_new
    for each statement execute function lesson_dose_participation_changed();
create trigger lesson_participation_dose_delete after delete on lesson_participation
    referencing old table as changed_old for each statement execute function lesson_dose_participation_changed();

-- Deliveries: recount every student of the classes concerned.
create function lesson_dose_delivery_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform lesson_dose_refresh(array(select s.id from student s
                                          where s.class_id in (select class_id from changed_new)));
    elsif tg_op = 'DELETE' then
        perform lesson_dose_refresh(array(select s.id from student s
                                          where s.class_id in (select class_id from changed_old)));
    else
        perform lesson_dose_refresh(array(select s.id from student s
                                          where s.class_id in (select class_id from changed_old
                                                               union select class_id from changed_new)));
    end if;
    return null;
end
$$;

create trigger lesson_delivery_dose_insert after insert on lesson_delivery
    referencing new table as changed_new for each statement execute function lesson_dose_delivery_changed();
create trigger lesson_delivery_dose_update after update on lesson_delivery
    referencing old table as changed_old new table as changed_new
    for each statement execute function lesson_dose_delivery_changed();
create trigger lesson_delivery_dose_delete after delete on lesson_delivery
    referencing old table as changed_old for each statement execute function lesson_dose_delivery_changed();

-- Students: a new student, or one whose class, start or leaving day changed. Deleting a student
-- deletes their row by the foreign key.
create function lesson_dose_students_added() returns trigger language plpgsql as $$
begin
    perform lesson_dose_refresh(array(select id from changed_new));
    return null;
end
$$;

create trigger student_dose_insert after insert on student
    referencing new table as changed_new for each statement execute function lesson_dose_students_added();

create function lesson_dose_student_changed() returns trigger language plpgsql as $$
begin
    perform lesson_dose_refresh(array[new.id]);
    return null;
end
$$;

create trigger student_dose_update after update of class_id, created_at, left_at on student
    for each row when (old.class_id is distinct from new.class_id or old.created_at is distinct from new.created_at
                       or old.left_at is distinct from new.left_at)
    execute function lesson_dose_student_changed();

-- Enrolment days are in the school's time zone.
create function lesson_dose_school_zone() returns trigger language plpgsql as $$
begin
    perform lesson_dose_rebuild();
    return null;
end
$$;

create trigger school_time_zone_lesson_dose
    after update of time_zone on school
    for each row when (old.time_zone is distinct from new.time_zone)
    execute function lesson_dose_school_zone();

select lesson_dose_rebuild();
