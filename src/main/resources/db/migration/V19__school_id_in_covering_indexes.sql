-- Row-level security (V17) adds "ripple_all_schools() or school_id = ripple_school()" to every read of
-- a school's table. The dashboards' covering indexes (V7, V10) were made so their reads never touch
-- the table (index-only scans); without school_id in them, every row the index finds must now be
-- fetched from the table just to check the policy. For a class dashboard that is one random table page
-- per "kind to myself" act of the term (a class's acts are spread over the whole table): about 300
-- pages instead of 4, and five times the time (docs/benchmarks.md, "Many schools: the district
-- dataset"). school_id joins the included columns, so the policy is checked from the index.

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
