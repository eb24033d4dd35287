-- Two costs of row-level security (V17) that the district benchmark measured (docs/benchmarks.md,
-- "Many schools: the district dataset").
--
-- 1. Covering indexes. Row-level security adds "ripple_all_schools() or school_id = ripple_school()"
-- to every read of a school's table. The dashboards' covering indexes (V3, V7, V10) were made so their
-- reads never touch the table (index-only scans); without school_id in them, every row the index
-- finds must now be fetched from the table just to check the policy. For a class dashboard that is
-- one random table page per "kind to myself" act of the term (a class's acts are spread over the
-- whole table): about 300 pages instead of 4, and five times the time. school_id joins the included
-- columns, so the policy is checked from the index.

create index kindness_act_self_idx_v19 on kindness_act (class_id, created_at) include (student_id, school_id)
    where category = 'KIND_TO_MYSELF' and status in ('APPROVED', 'PENDING');
drop index kindness_act_self_idx;
alter index kindness_act_self_idx_v19 rename to kindness_act_self_idx;

alter table act_day_count drop constraint act_day_count_pkey,
    add constraint act_day_count_pkey primary key (class_id, day, category) include (acts, school_id);

alter table act_week_count drop constraint act_week_count_pkey,
    add constraint act_week_count_pkey primary key (class_id, week) include (acts, school_id);

drop index lesson_dose_class_idx;
create index lesson_dose_class_idx on lesson_dose (class_id) include (delivered, attended, school_id);

-- "quiet" students on the class dashboard: has the student any act since ...? (one probe per student)
create index kindness_act_student_idx_v19 on kindness_act (student_id, created_at desc) include (school_id);
drop index kindness_act_student_idx;
alter index kindness_act_student_idx_v19 rename to kindness_act_student_idx;

-- 2. The policies read the connection's school once per statement, not once per row. Written as
-- "ripple_all_schools() or school_id = ripple_school()", the two stable functions are inlined, but
-- current_setting() still runs for every row the scan looks at (twice): a school-wide count of 150,000
-- acts took 40-110 ms against 11 ms with the settings read once (as an InitPlan: "(select ...)").
-- Same rule, same rows. Only the policies that still read exactly as V17 wrote them are changed.
do $$
declare
    t text;
begin
    for t in select c.relname from pg_policy p join pg_class c on c.oid = p.polrelid
             where p.polname = 'school_rows' and c.relnamespace = 'public'::regnamespace
               and pg_get_expr(p.polqual, p.polrelid) = '(ripple_all_schools() OR (school_id = ripple_school()))'
               and pg_get_expr(p.polwithcheck, p.polrelid) = '(ripple_all_schools() OR (school_id = ripple_school()))'
    loop
        execute format('alter policy school_rows on %I using ((select ripple_all_schools()) or school_id = (select ripple_school()))'
                       ' with check ((select ripple_all_schools()) or school_id = (select ripple_school()))', t);
    end loop;
end $$;
alter policy school_rows on school using ((select ripple_all_schools()) or id = (select ripple_school()))
    with check ((select ripple_all_schools()) or id = (select ripple_school()));
