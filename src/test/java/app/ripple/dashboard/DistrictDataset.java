package app.ripple.dashboard;

import app.ripple.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A whole district for {@link DistrictBenchmarkIT}: {@code schools} schools × {@code classes} classes ×
 * {@code actsPerClass} acts (default 40 × 25 × 2,000 = 2,000,000 acts), built in a freshly migrated
 * database of its own with set-based SQL ({@code generate_series}) as the tables' owner.
 * <p>
 * Per school: a coordinator, one teacher per 5 classes, an autumn term (2026-09-01..12-18, "today"
 * being the test clock's 2026-11-25); per class: 25 students, one bound tablet, a term-long challenge
 * offering {@code lib:held_door}, the acts spread over the term's school hours up to today (90%
 * approved, 7% pending, 3% hidden; five categories), 12 weekly lesson plans of which the past ones are
 * delivered (every fifth skipped) with a participation row per student, and a closed PRE and POST
 * School Kindness Scale check answered (and paired by pseudonym) by most students. Plus the district
 * and a district administrator. Every school is in Europe/Madrid.
 * <p>
 * The app keeps its rollups with triggers (V6 challenge_tally, V7/V10 act_day_count and act_week_count
 * per act row, V10 lesson_dose per statement); the load runs with {@code session_replication_role =
 * replica} (no triggers, no foreign-key checks: the rows are generated consistent) and the secondary
 * indexes of kindness_act dropped, then builds the indexes and counts the rollups once, with the same
 * rules as the triggers: counted acts are approved or pending, days in the school's time zone, weeks
 * from {@code act_week_of}, the lesson dose by the app's own {@code lesson_dose_refresh} run per
 * school with {@code ripple.school_id} set. {@link DistrictBenchmarkIT} checks the result against the
 * app's functions under the runtime role.
 */
final class DistrictDataset {

    static final int STUDENTS_PER_CLASS = 25;
    static final int CLASSES_PER_TEACHER = 5;
    static final String ZONE = "Europe/Madrid";

    record Scale(int schools, int classes, int actsPerClass) {
        String label() {
            return "ripple district bench " + schools + "x" + classes + "x" + actsPerClass;
        }

        long acts() {
            return (long) schools * classes * actsPerClass;
        }
    }

    private DistrictDataset() {
    }

    /**
     * Fills the (migrated, empty) database at {@code url} and labels it (the database's comment, which
     * tells a later run whether it may reuse it); returns how long it took.
     */
    static Duration build(String url, Scale scale, String passwordHash, String label) {
        long t0 = System.nanoTime();
        try (Connection c = TestDatabase.ownerConnection(url); Statement s = c.createStatement()) {
            Builder b = new Builder(s);
            b.run(scale, passwordHash.replace("'", "''"));
            s.execute("comment on database " + c.getCatalog() + " is '" + label + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private static final class Builder {
        private final Statement s;
        private long last = System.nanoTime();

        Builder(Statement s) {
            this.s = s;
        }

        void run(Scale scale, String hash) throws SQLException {
            int schools = scale.schools();
            int classesPerSchool = scale.classes();
            int classes = schools * classesPerSchool;
            int teachersPerSchool = (classesPerSchool + CLASSES_PER_TEACHER - 1) / CLASSES_PER_TEACHER;
            exec("set session_replication_role = replica"); // no triggers, no FK checks: rollups are counted below
            exec("set synchronous_commit = off");
            exec("set maintenance_work_mem = '256MB'");
            exec("set work_mem = '64MB'");
            require(one("select count(*) from school") == 0, "the database must be empty (freshly migrated)");

            exec("insert into district (name, created_at) values ('Bench District', '2026-08-01T08:00:00Z')");
            long district = one("select max(id) from district");
            exec(f("""
                    insert into school (district_id, name, time_zone, default_language, created_at)
                    select %d, 'School ' || lpad(g::text, 3, '0'), '%s', 'en', '2026-08-01T08:00:00Z'
                    from generate_series(1, %d) g order by g""", district, ZONE, schools));
            long school0 = contiguous("school", schools);
            exec(f("""
                    insert into staff_account (school_id, name, email, password_hash, role, language, active, must_change_password, created_at)
                    values (null, 'District Admin', 'district@bench.example', '%s', 'DISTRICT_ADMIN', 'en', true, false, '2026-08-01T08:00:00Z')""",
                    hash));
            exec(f("""
                    insert into staff_account (school_id, name, email, password_hash, role, language, active, must_change_password, created_at)
                    select id, 'Coordinator ' || (id - %d + 1), 'coordinator' || (id - %d + 1) || '@bench.example', '%s', 'COORDINATOR',
                           'en', true, false, '2026-08-01T08:00:00Z'
                    from school order by id""", school0, school0, hash));
            // teacher t (0-based) of school k: email teacher<k+1>-<t+1>
            exec(f("""
                    insert into staff_account (school_id, name, email, password_hash, role, language, active, must_change_password, created_at)
                    select %d + k, 'Teacher ' || (k + 1) || '-' || (t + 1), 'teacher' || (k + 1) || '-' || (t + 1) || '@bench.example', '%s',
                           'TEACHER', 'en', true, false, '2026-08-01T08:00:00Z'
                    from generate_series(0, %d - 1) k, generate_series(0, %d - 1) t order by k, t""",
                    school0, hash, schools, teachersPerSchool));
            long teacher0 = one("select min(id) from staff_account where role = 'TEACHER'");
            require(one("select max(id) from staff_account") - teacher0 + 1 == (long) schools * teachersPerSchool, "teacher ids contiguous");
            exec(f("""
                    insert into term (school_id, name, start_date, end_date, closed)
                    select id, 'Autumn 2026', '2026-09-01', '2026-12-18', false from school order by id"""));
            long term0 = contiguous("term", schools);
            // class j (0-based, district-wide) belongs to school j / classesPerSchool
            exec(f("""
                    insert into school_class (school_id, term_id, name, age_band, created_at)
                    select %d + j / %d, %d + j / %d, 'Class ' || lpad((j %% %d + 1)::text, 3, '0'), '9-11', '2026-09-01T07:00:00Z'
                    from generate_series(0, %d - 1) j order by j""",
                    school0, classesPerSchool, term0, classesPerSchool, classesPerSchool, classes));
            long class0 = contiguous("school_class", classes);
            exec(f("""
                    insert into class_teacher (school_id, class_id, staff_id)
                    select c.school_id, c.id, %d + (c.school_id - %d) * %d + ((c.id - %d) %% %d) / %d from school_class c""",
                    teacher0, school0, teachersPerSchool, class0, classesPerSchool, CLASSES_PER_TEACHER));
            exec(f("""
                    insert into student (school_id, class_id, display_name, avatar, picture_password, active, created_at)
                    select c.school_id, c.id, 'Student ' || n || '.', 'avatar_' || n, 'sun,moon,star', true, '2026-09-01T07:00:00Z'
                    from school_class c, generate_series(1, %d) n order by c.id, n""", STUDENTS_PER_CLASS));
            long student0 = contiguous("student", (long) classes * STUDENTS_PER_CLASS);
            exec("""
                    insert into class_tablet (school_id, class_id, name, token_hash, created_at)
                    select school_id, id, 'Tablet ' || name, encode(sha256(('bench-tablet-' || id)::bytea), 'hex'), '2026-09-01T07:00:00Z'
                    from school_class order by id""");
            exec("""
                    insert into challenge (school_id, class_id, title, start_date, end_date, goal, categories, self_counts, created_at)
                    select school_id, id, 'Autumn kindness', '2026-09-01', '2026-12-18', 3000,
                           'KIND_TO_OTHERS,KIND_TO_MYSELF,CONNECTION,EMPATHY,STANDING_UP_TO_STIGMA', true, '2026-09-01T07:00:00Z'
                    from school_class order by id""");
            long challenge0 = contiguous("challenge", classes);
            exec("""
                    insert into challenge_suggestion (school_id, challenge_id, position, library_act_id)
                    select school_id, id, p, (array['held_door', 'went_to_bed_on_time', 'shared_snack'])[p + 1]
                    from challenge, generate_series(0, 2) p""");
            step("district, schools, staff, terms, classes, students, tablets, challenges");

            // The acts, with kindness_act's secondary indexes built once afterwards.
            List<String[]> indexes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select indexname, indexdef from pg_indexes i where schemaname = 'public' and tablename = 'kindness_act'
                      and not exists (select 1 from pg_constraint k where k.conindid = format('%I', i.indexname)::regclass)""")) {
                while (rs.next()) {
                    indexes.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] index : indexes) {
                exec("drop index " + index[0]);
            }
            // act g: class g % classes, student (g / classes) % 25 of that class; a random school day and hour
            exec(f("""
                    insert into kindness_act (school_id, class_id, challenge_id, student_id, idempotency_key, library_act_id, category,
                                              recipient, status, not_me, created_at)
                    select %d + c / %d, %d + c, %d + c, %d + c * %d + st, gen_random_uuid(), 'held_door',
                           (array['KIND_TO_OTHERS','KIND_TO_OTHERS','KIND_TO_MYSELF','CONNECTION','EMPATHY','STANDING_UP_TO_STIGMA'])[1 + (r3 * 6)::int %% 6],
                           'CLASSMATE',
                           case when r2 < 0.90 then 'APPROVED' when r2 < 0.97 then 'PENDING' else 'HIDDEN' end,
                           false,
                           timestamptz '2026-09-01 08:00:00+02' + ((r * 85)::int) * interval '1 day' + r2 * interval '7 hours'
                    from (select g, g %% %d as c, (g / %d) %% %d as st, random() as r, random() as r2, random() as r3
                          from generate_series(0, %d::bigint - 1) g) x""",
                    school0, classesPerSchool, class0, challenge0, student0, STUDENTS_PER_CLASS,
                    classes, classes, STUDENTS_PER_CLASS, scale.acts()));
            step(String.format(Locale.ROOT, "%,d acts", scale.acts()));
            for (String[] index : indexes) {
                exec(index[1]);
            }
            step(indexes.size() + " kindness_act indexes");

            // Rollups, as the triggers would have kept them (V6, V7, V10).
            exec("""
                    insert into challenge_tally (school_id, challenge_id, shared_count, self_count)
                    select c.school_id, c.id,
                           count(a.id) filter (where a.status in ('APPROVED', 'PENDING') and a.category <> 'KIND_TO_MYSELF'),
                           count(a.id) filter (where a.status in ('APPROVED', 'PENDING') and a.category = 'KIND_TO_MYSELF')
                    from challenge c left join kindness_act a on a.challenge_id = c.id
                    group by c.school_id, c.id""");
            exec("""
                    insert into act_day_count (school_id, class_id, day, category, acts)
                    select a.school_id, a.class_id, (a.created_at at time zone sc.time_zone)::date, a.category, count(*)
                    from kindness_act a join school sc on sc.id = a.school_id
                    where a.status in ('APPROVED', 'PENDING')
                    group by 1, 2, 3, 4""");
            exec("""
                    insert into act_week_count (school_id, class_id, week, acts)
                    select school_id, class_id, act_week_of(day), sum(acts) from act_day_count group by 1, 2, 3""");
            step("challenge_tally, act_day_count, act_week_count");

            exec("""
                    insert into lesson_plan (school_id, class_id, builtin_lesson_id, planned_on, created_at)
                    select c.school_id, c.id, 'what_is_mental_health', date '2026-09-07' + 7 * w, '2026-09-01T07:00:00Z'
                    from school_class c, generate_series(0, 11) w order by c.id, w""");
            exec("""
                    insert into lesson_delivery (school_id, class_id, plan_id, builtin_lesson_id, delivered_on, minutes, components, created_at)
                    select p.school_id, p.class_id, p.id, p.builtin_lesson_id, p.planned_on + 1, 40, 'FACTS,DISCUSSION',
                           (p.planned_on + 1)::timestamp at time zone 'UTC' + interval '10 hours'
                    from lesson_plan p where p.planned_on < date '2026-11-25' and p.id % 5 <> 0 order by p.id""");
            exec("""
                    insert into lesson_participation (school_id, delivery_id, student_id, status, made_up_on)
                    select school_id, id, sid,
                           case when r < 0.75 then 'PARTICIPATED' when r < 0.90 then 'PRESENT' else 'ABSENT' end,
                           case when r >= 0.95 then delivered_on + 3 end
                    from (select d.school_id, d.id, d.delivered_on, s.id as sid, random() as r
                          from lesson_delivery d join student s on s.class_id = d.class_id) x""");
            // lesson_dose by the app's own rule, school by school (its rows take the connection's school)
            try (ResultSet rs = s.executeQuery("select id from school order by id")) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                for (long id : ids) {
                    exec("select set_config('ripple.school_id', '" + id + "', false)");
                    exec("select lesson_dose_refresh(array(select id from student where school_id = " + id + " order by id))");
                }
                exec("select set_config('ripple.school_id', '', false)");
            }
            step("lesson plans, deliveries, participation, lesson_dose");

            exec("""
                    insert into attitude_check (school_id, class_id, term_id, instrument_code, phase, opened_at, closed_at)
                    select school_id, id, term_id, 'school-kindness-scale', ph, o, o + interval '10 days'
                    from school_class,
                         (values ('PRE', timestamptz '2026-09-10T09:00:00Z'), ('POST', timestamptz '2026-11-10T09:00:00Z')) v(ph, o)
                    order by id, ph desc""");
            // 90% answer the PRE check, 85% of those the POST one too (same pseudonym: paired answers)
            exec("""
                    create temporary table bench_answering as
                    select s.id as student_id, s.class_id, s.school_id, random() < 0.9 as pre, random() < 0.85 as post,
                           encode(sha256(('bench-pseudonym-' || s.id)::bytea), 'hex') as pseudonym
                    from student s""");
            exec("""
                    insert into attitude_response (school_id, check_id, pseudonym, answers, answered_on)
                    select a.school_id, k.id, a.pseudonym,
                           array[1 + floor(random() * 5), 1 + floor(random() * 5), 1 + floor(random() * 5),
                                 1 + floor(random() * 5), 1 + floor(random() * 5)]::smallint[],
                           (k.opened_at + interval '1 day')::date
                    from bench_answering a join attitude_check k on k.class_id = a.class_id
                    where (k.phase = 'PRE' and a.pre) or (k.phase = 'POST' and a.pre and a.post)""");
            exec("""
                    insert into attitude_check_done (school_id, check_id, student_id)
                    select a.school_id, k.id, a.student_id
                    from bench_answering a join attitude_check k on k.class_id = a.class_id
                    where (k.phase = 'PRE' and a.pre) or (k.phase = 'POST' and a.pre and a.post)""");
            exec("drop table bench_answering");
            step("attitude checks");

            exec("set session_replication_role = origin");
            // as autovacuum would have by now: statistics, and a visibility map for index-only scans
            exec("vacuum analyze");
            step("vacuum analyze");
        }

        private void step(String what) {
            long now = System.nanoTime();
            System.out.printf(Locale.ROOT, "BENCHMARK dataset step: %s in %.1f s%n", what, (now - last) / 1e9);
            last = now;
        }

        private long contiguous(String table, long expected) throws SQLException {
            long min = one("select min(id) from " + table);
            long max = one("select max(id) from " + table);
            long count = one("select count(*) from " + table);
            require(count == expected && max - min + 1 == count, table + " ids contiguous (" + count + " rows)");
            return min;
        }

        private void exec(String sql) throws SQLException {
            s.execute(sql);
        }

        private long one(String sql) throws SQLException {
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private static String f(String sql, Object... args) {
            return String.format(Locale.ROOT, sql, args);
        }

        private static void require(boolean ok, String what) {
            if (!ok) {
                throw new IllegalStateException("district dataset: " + what);
            }
        }
    }
}
