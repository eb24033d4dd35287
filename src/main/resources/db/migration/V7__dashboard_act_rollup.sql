-- Dashboards: a small rollup of counted acts (approved or pending, as the challenge goals count them)
-- per class, school day and category, kept by a trigger, so charts over a term read a few hundred rows
-- per class instead of every act. Days are in the school's time zone.

create table act_day_count (
    class_id bigint      not null references school_class (id) on delete cascade,
    day      date        not null,
    category varchar(30) not null,
    acts     int         not null,
    primary key (class_id, day, category)
);
create index act_day_count_day_idx on act_day_count (day, class_id);

create function act_school_day(at timestamptz) returns date language sql stable as $$
    select (at at time zone coalesce((select time_zone from school order by id limit 1), 'UTC'))::date
$$;

create function act_day_count_apply() returns trigger language plpgsql as $$
declare
    old_counted boolean := tg_op <> 'INSERT' and old.status in ('APPROVED', 'PENDING');
    new_counted boolean := tg_op <> 'DELETE' and new.status in ('APPROVED', 'PENDING');
begin
    if old_counted and new_counted and old.class_id = new.class_id and old.category = new.category
            and old.created_at = new.created_at then
        return null; -- e.g. pending -> approved: still counted in the same place
    end if;
    if old_counted then
        update act_day_count set acts = acts - 1
        where class_id = old.class_id and day = act_school_day(old.created_at) and category = old.category;
    end if;
    if new_counted then
        insert into act_day_count (class_id, day, category, acts)
        values (new.class_id, act_school_day(new.created_at), new.category, 1)
        on conflict (class_id, day, category) do update set acts = act_day_count.acts + 1;
    end if;
    return null;
end
$$;

create trigger kindness_act_day_count
    after insert or delete or update of status, category, class_id, created_at on kindness_act
    for each row execute function act_day_count_apply();

-- Recounts everything, e.g. after a bulk load or when the school's time zone changes.
create function act_day_count_rebuild() returns void language plpgsql as $$
declare
    tz text := coalesce((select time_zone from school order by id limit 1), 'UTC');
begin
    delete from act_day_count;
    insert into act_day_count (class_id, day, category, acts)
    select class_id, (created_at at time zone tz)::date, category, count(*)
    from kindness_act where status in ('APPROVED', 'PENDING')
    group by 1, 2, 3;
end
$$;

create function act_day_count_school_zone() returns trigger language plpgsql as $$
begin
    perform act_day_count_rebuild();
    return null;
end
$$;

create trigger school_time_zone_day_count
    after update of time_zone on school
    for each row when (old.time_zone is distinct from new.time_zone)
    execute function act_day_count_school_zone();

select act_day_count_rebuild();

-- Self-kindness participation (who has at least one, never what) and the per-class approval badge.
create index kindness_act_self_idx on kindness_act (class_id, created_at) include (student_id)
    where category = 'KIND_TO_MYSELF' and status in ('APPROVED', 'PENDING');
create index kindness_act_waiting_idx on kindness_act (class_id)
    where status = 'PENDING' or (not_me and status <> 'HIDDEN');
create index attitude_check_class_idx on attitude_check (class_id, term_id);
