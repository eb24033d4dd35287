-- "Enrolled" becomes exact for students who join or leave on the day of a lesson.
--
-- Until now a student counted for a delivery when the delivery's day fell between the day they
-- joined and the day they left (both inclusive). A student added in the afternoon after the
-- morning's lesson therefore counted as "delivered 1, attended 0", without a row on the lesson's
-- participation screen, so nobody could correct it.
--
-- The rule, in one place for every reader (the lesson feature, the dashboards, the report and the
-- lesson_dose rollup below):
--   * a delivery recorded on the day it was held (created_at falls on delivered_on in the school's
--     time zone) happened at the latest when it was recorded: a student counts when they joined
--     at or before that moment and had not left by then;
--   * a delivery recorded on a later day ("we held it on Monday") has no known time of day: a
--     student counts when the delivery's day falls between the day they joined and the day they
--     left, both inclusive (as before).
create function lesson_enrolled(joined timestamptz, left_at timestamptz, delivered_on date, recorded_at timestamptz,
                                tz text) returns boolean language sql immutable parallel safe as $$
    select case when (recorded_at at time zone tz)::date = delivered_on
                then joined <= recorded_at and (left_at is null or left_at > recorded_at)
                else (joined at time zone tz)::date <= delivered_on
                     and (left_at is null or delivered_on <= (left_at at time zone tz)::date)
           end
$$;

create or replace function lesson_dose_refresh(ids bigint[]) returns void language plpgsql as $$
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
    cross join lateral (select lesson_enrolled(s.created_at, s.left_at, d.delivered_on, d.created_at, tz) as enrolled) e
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

select lesson_dose_rebuild();
