package app.ripple.dashboard;

import app.ripple.testsupport.Fixtures;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generates a large school for the dashboard benchmark, in PostgreSQL with {@code generate_series}
 * (about a minute for a million acts on 2 cores): {@code classes} classes of 25 students with 5
 * classes per teacher, one term-long challenge per class, {@code acts} acts spread over the term's
 * school hours up to "today" (2026-11-25) in five categories (90% approved, 7% pending, 3% hidden),
 * 12 weekly lesson plans per class of which the past ones are delivered (every fifth skipped) with
 * a participation row per student (75% participated, 15% present, 10% absent, half of those made up),
 * and a closed "before" attitude check per class. The act triggers (challenge tally, daily and weekly
 * rollups) are switched off and the secondary indexes dropped during the act load; the indexes are
 * built, the tallies counted and {@code act_day_count_rebuild()} run once at the end. The lesson
 * rollup ({@code lesson_dose}) is kept by statement triggers, one recount per bulk insert.
 *
 * <p>Run from the benchmark ({@link DashboardBenchmarkIT}); needs an empty database (fixtures reset).
 */
final class DashboardDataset {

    static final int STUDENTS_PER_CLASS = 25;
    static final int CLASSES_PER_TEACHER = 5;

    record Summary(long termId, long firstClassId, long firstTeacherId, long coordinatorId, long acts, Duration took) {
    }

    private DashboardDataset() {
    }

    static Summary generate(Fixtures fixtures, int classes, int acts) {
        long t0 = System.nanoTime();
        JdbcClient jdbc = fixtures.jdbc();
        fixtures.reset();
        long coordinator = fixtures.school();
        // one real teacher gives the password hash every generated teacher shares
        long firstTeacher = fixtures.teacher("Teacher 1", "teacher1@bench.example");
        int teachers = (classes + CLASSES_PER_TEACHER - 1) / CLASSES_PER_TEACHER;
        jdbc.sql("""
                insert into staff_account (school_id, name, email, password_hash, role, language, active, must_change_password, created_at)
                select school_id, 'Teacher ' || g, 'teacher' || g || '@bench.example', password_hash, 'TEACHER', 'en', true, false, created_at
                from staff_account, generate_series(2, ?) g where id = ?""").params(teachers, firstTeacher).update();
        long term = jdbc.sql("""
                insert into term (school_id, name, start_date, end_date, closed)
                values ((select id from school), 'Autumn 2026', '2026-09-01', '2026-12-18', false) returning id""")
                .query(Long.class).single();
        jdbc.sql("""
                insert into school_class (school_id, term_id, name, age_band, created_at)
                select (select id from school), ?, 'Class ' || lpad(g::text, 3, '0'), '9-11', '2026-09-01T07:00:00Z'
                from generate_series(1, ?) g order by g""").params(term, classes).update();
        long firstClass = jdbc.sql("select min(id) from school_class").query(Long.class).single();
        jdbc.sql("""
                insert into class_teacher (class_id, staff_id)
                select c.id, ? + (c.id - ?) / ? from school_class c""")
                .params(firstTeacher, firstClass, CLASSES_PER_TEACHER).update();
        jdbc.sql("""
                insert into student (class_id, display_name, avatar, picture_password, active, created_at)
                select c.id, 'Student ' || n || '.', 'avatar_' || n, 'sun,moon,star', true, '2026-09-01T07:00:00Z'
                from school_class c, generate_series(1, ?) n order by c.id, n""").param(STUDENTS_PER_CLASS).update();
        long firstStudent = jdbc.sql("select min(id) from student").query(Long.class).single();
        jdbc.sql("""
                insert into challenge (class_id, title, start_date, end_date, goal, categories, self_counts, created_at)
                select id, 'Autumn kindness', '2026-09-01', '2026-12-18', 3000,
                       'KIND_TO_OTHERS,KIND_TO_MYSELF,CONNECTION,EMPATHY,STANDING_UP_TO_STIGMA', true, now()
                from school_class order by id""").update();
        long firstChallenge = jdbc.sql("select min(id) from challenge").query(Long.class).single();

        // Bulk load as a restore would: the per-row triggers off (each challenge's tally row would be
        // updated 2,000 times in one transaction, every update walking the row's growing version chain),
        // the secondary indexes built once afterwards, then the tally and the rollups counted in one go.
        jdbc.sql("alter table kindness_act disable trigger kindness_act_day_count").update();
        jdbc.sql("alter table kindness_act disable trigger kindness_act_tally").update();
        List<String> indexes = jdbc.sql("""
                select indexname || ';' || indexdef from pg_indexes i
                where schemaname = 'public' and tablename = 'kindness_act'
                  and not exists (select 1 from pg_constraint k where k.conindid = format('%I', i.indexname)::regclass)""")
                .query(String.class).list();
        for (String index : indexes) {
            jdbc.sql("drop index " + index.substring(0, index.indexOf(';'))).update();
        }
        jdbc.sql("""
                insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, library_act_id, category,
                                          recipient, status, not_me, created_at)
                select ? + c, ? + c, ? + c * ? + s, gen_random_uuid(), 'held_door',
                       (array['KIND_TO_OTHERS','KIND_TO_OTHERS','KIND_TO_MYSELF','CONNECTION','EMPATHY','STANDING_UP_TO_STIGMA'])[1 + (r3 * 6)::int % 6],
                       'CLASSMATE',
                       case when r2 < 0.90 then 'APPROVED' when r2 < 0.97 then 'PENDING' else 'HIDDEN' end,
                       false,
                       timestamptz '2026-09-01 08:00:00+02' + ((r * 85)::int) * interval '1 day' + r2 * interval '7 hours'
                from (select g, (g % ?) as c, ((g / ?) % ?) as s, random() as r, random() as r2, random() as r3
                      from generate_series(0, ? - 1) g) x""")
                .params(firstClass, firstChallenge, firstStudent, STUDENTS_PER_CLASS, classes, classes, STUDENTS_PER_CLASS,
                        acts)
                .update();
        for (String index : indexes) {
            jdbc.sql(index.substring(index.indexOf(';') + 1)).update();
        }
        jdbc.sql("""
                update challenge_tally t set shared_count = x.shared, self_count = x.self
                from (select challenge_id,
                             count(*) filter (where category <> 'KIND_TO_MYSELF') as shared,
                             count(*) filter (where category = 'KIND_TO_MYSELF') as self
                      from kindness_act where status in ('APPROVED', 'PENDING') group by challenge_id) x
                where t.challenge_id = x.challenge_id""").update();
        jdbc.sql("select act_day_count_rebuild()").query(Object.class).list();
        jdbc.sql("alter table kindness_act enable trigger kindness_act_tally").update();
        jdbc.sql("alter table kindness_act enable trigger kindness_act_day_count").update();

        jdbc.sql("""
                insert into lesson_plan (class_id, builtin_lesson_id, planned_on, created_at)
                select c.id, 'what_is_mental_health', date '2026-09-07' + 7 * w, now()
                from school_class c, generate_series(0, 11) w order by c.id, w""").update();
        jdbc.sql("""
                insert into lesson_delivery (class_id, plan_id, builtin_lesson_id, delivered_on, minutes, components, created_at)
                select p.class_id, p.id, p.builtin_lesson_id, p.planned_on + 1, 40, 'FACTS,DISCUSSION', now()
                from lesson_plan p where p.planned_on < date '2026-11-25' and p.id % 5 <> 0 order by p.id""").update();
        jdbc.sql("""
                insert into lesson_participation (delivery_id, student_id, status, made_up_on)
                select id, sid,
                       case when r < 0.75 then 'PARTICIPATED' when r < 0.90 then 'PRESENT' else 'ABSENT' end,
                       case when r >= 0.95 then delivered_on + 3 end
                from (select d.id, d.delivered_on, s.id as sid, random() as r
                      from lesson_delivery d join student s on s.class_id = d.class_id) x""").update();
        jdbc.sql("""
                insert into attitude_check (class_id, term_id, instrument_code, phase, opened_at, closed_at)
                select id, ?, 'school_kindness_scale', 'PRE', '2026-09-10T09:00:00Z', '2026-09-20T09:00:00Z' from school_class""")
                .param(term).update();
        // as autovacuum would by now: statistics, and a visibility map for index-only scans
        jdbc.sql("vacuum analyze").update();
        long count = jdbc.sql("select count(*) from kindness_act").query(Long.class).single();
        return new Summary(term, firstClass, firstTeacher, coordinator, count, Duration.ofNanos(System.nanoTime() - t0));
    }
}
