package app.ripple.dashboard;

import app.ripple.testsupport.Fixtures;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small school written with SQL, with figures computed by hand (see {@link DashboardServiceTest}).
 * The clock stands at Wednesday 2026-11-25 09:00 UTC; the school is in Europe/Madrid (UTC+1).
 *
 * <pre>
 * Term "Autumn 2026" 2026-09-01 .. 2026-12-18.
 * Class 2 Robins (teacher Tess): Ana, Ben, Dora (since 1 Sep), Cleo (since 10 Nov), Dan (1 Sep, left 15 Oct).
 * Class 3 Owls (teacher Bob): Eve.
 * Acts of Robins (C = counted, i.e. approved or pending):
 *   a1 Ana  others    approved 2026-11-25 08:00Z  C  this week
 *   a2 Ana  myself    approved 2026-11-24 10:00Z  C  this week
 *   a3 Ben  connection pending 2026-11-22 23:30Z  C  this week in Madrid (Mon 00:30), last week in UTC
 *   a4 Ben  empathy   approved 2026-11-18 09:00Z  C  last week
 *   a5 Ben  myself    hidden   2026-11-17 09:00Z     not counted
 *   a6 Cleo stigma    needs attention 2026-11-20  not counted (an open attention item)
 *   a7 Ana  others    approved 2026-11-02 09:00Z  C
 *   a8 Dan  myself    approved 2026-10-01 09:00Z  C  (September challenge; Dan has left)
 *   a9 Ana  others    approved, "that wasn't me" 2026-11-19 09:00Z  C
 * Challenges: "Autumn kindness" 1-30 Nov, goal 20, kind-to-myself not counted; "September" 1-30 Sep... holds a8.
 * Lessons of Robins: plans P1 6 Oct, P2 20 Oct, P3 17 Nov, P4 24 Nov (not delivered), P5 1 Dec (built-in
 * my_mind_matters), P6 9 Dec (own lesson); deliveries D1 6 Oct (P1), D2 21 Oct (P2), D3 17 Nov (P3), D4 20 Nov (unplanned).
 *   Ana  D1 participated, D2 present, D3 absent made up 19 Nov, D4 absent
 *   Ben  D1 participated, D2 absent, D3 participated, D4 participated
 *   Cleo D3 present, D4 absent
 *   Dora D1-D4 participated
 *   Dan  D1 participated
 * Attitude checks of Robins: PRE closed, POST open since 20 Nov, done by Ana and Dan.
 * </pre>
 */
final class DashboardFixtures {

    final Fixtures fixtures;
    final JdbcClient jdbc;
    long coordinator;
    long tess;
    long bob;
    long term;
    long robins;
    long owls;
    long ana;
    long ben;
    long cleo;
    long dora;
    long dan;
    long eve;
    long autumn;
    long september;
    long owlsChallenge;

    DashboardFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.jdbc = fixtures.jdbc();
    }

    DashboardFixtures build() {
        fixtures.reset();
        coordinator = fixtures.school();
        tess = fixtures.teacher("Tess Teacher", "tess@test.example");
        bob = fixtures.teacher("Bob Teacher", "bob@test.example");
        term = jdbc.sql("""
                insert into term (school_id, name, start_date, end_date, closed)
                values ((select id from school), 'Autumn 2026', '2026-09-01', '2026-12-18', false) returning id""")
                .query(Long.class).single();
        robins = classOf("Class 2 Robins", tess, term);
        owls = classOf("Class 3 Owls", bob, term);
        ana = student(robins, "Ana M.", "2026-09-01T08:00:00Z", null);
        ben = student(robins, "Ben K.", "2026-09-01T08:00:00Z", null);
        cleo = student(robins, "Cleo R.", "2026-11-10T08:00:00Z", null);
        dora = student(robins, "Dora P.", "2026-09-01T08:00:00Z", null);
        dan = student(robins, "Dan S.", "2026-09-01T08:00:00Z", "2026-10-15T12:00:00Z");
        eve = student(owls, "Eve L.", "2026-09-01T08:00:00Z", null);

        autumn = challenge(robins, "Autumn kindness", "2026-11-01", "2026-11-30", 20, false);
        september = challenge(robins, "September", "2026-09-01", "2026-09-30", 10, true);
        owlsChallenge = challenge(owls, "Owls week", "2026-11-20", "2026-11-27", 5, true);

        act(robins, autumn, ana, "KIND_TO_OTHERS", "APPROVED", "2026-11-25T08:00:00Z", false);
        act(robins, autumn, ana, "KIND_TO_MYSELF", "APPROVED", "2026-11-24T10:00:00Z", false);
        act(robins, autumn, ben, "CONNECTION", "PENDING", "2026-11-22T23:30:00Z", false);
        act(robins, autumn, ben, "EMPATHY", "APPROVED", "2026-11-18T09:00:00Z", false);
        act(robins, autumn, ben, "KIND_TO_MYSELF", "HIDDEN", "2026-11-17T09:00:00Z", false);
        long a6 = act(robins, autumn, cleo, "STANDING_UP_TO_STIGMA", "NEEDS_ATTENTION", "2026-11-20T09:00:00Z", false);
        act(robins, autumn, ana, "KIND_TO_OTHERS", "APPROVED", "2026-11-02T09:00:00Z", false);
        act(robins, september, dan, "KIND_TO_MYSELF", "APPROVED", "2026-10-01T09:00:00Z", false);
        act(robins, autumn, ana, "KIND_TO_OTHERS", "APPROVED", "2026-11-19T09:00:00Z", true);
        act(owls, owlsChallenge, eve, "KIND_TO_OTHERS", "APPROVED", "2026-11-24T09:00:00Z", false);
        jdbc.sql("""
                insert into attention_item (class_id, act_id, matched, status, created_at)
                values (?, ?, 'hurt myself', 'OPEN', '2026-11-20T09:00:00Z')""").params(robins, a6).update();

        long p1 = plan(robins, "2026-10-06", "what_is_mental_health", null);
        long p2 = plan(robins, "2026-10-20", "what_is_mental_health", null);
        long p3 = plan(robins, "2026-11-17", "what_is_mental_health", null);
        plan(robins, "2026-11-24", "what_is_mental_health", null);
        plan(robins, "2026-12-01", "my_mind_matters", null);
        long own = jdbc.sql("""
                insert into custom_lesson (school_id, owner_id, language, title, age_bands, minutes, components,
                                           reflection_question, created_at, updated_at)
                values ((select id from school), ?, 'en', 'Our own lesson', '9-11', 30, 'FACTS', 'What did you learn?', now(), now())
                returning id""").param(tess).query(Long.class).single();
        plan(robins, "2026-12-09", null, own);
        long d1 = delivery(robins, p1, "2026-10-06");
        long d2 = delivery(robins, p2, "2026-10-21");
        long d3 = delivery(robins, p3, "2026-11-17");
        long d4 = delivery(robins, null, "2026-11-20");
        took(d1, ana, "PARTICIPATED", null);
        took(d2, ana, "PRESENT", null);
        took(d3, ana, "ABSENT", "2026-11-19");
        took(d4, ana, "ABSENT", null);
        took(d1, ben, "PARTICIPATED", null);
        took(d2, ben, "ABSENT", null);
        took(d3, ben, "PARTICIPATED", null);
        took(d4, ben, "PARTICIPATED", null);
        took(d3, cleo, "PRESENT", null);
        took(d4, cleo, "ABSENT", null);
        for (long d : new long[] {d1, d2, d3, d4}) {
            took(d, dora, "PARTICIPATED", null);
        }
        took(d1, dan, "PARTICIPATED", null);

        check(robins, "PRE", "2026-09-10T09:00:00Z", "2026-09-20T09:00:00Z");
        long post = check(robins, "POST", "2026-11-20T09:00:00Z", null);
        jdbc.sql("insert into attitude_check_done (check_id, student_id) values (?, ?), (?, ?)")
                .params(post, ana, post, dan).update();
        return this;
    }

    long classOf(String name, long teacher, @Nullable Long termId) {
        long id = jdbc.sql("""
                insert into school_class (school_id, term_id, name, age_band, created_at)
                values ((select id from school), ?, ?, '9-11', '2026-09-01T07:00:00Z') returning id""")
                .params(termId, name).query(Long.class).single();
        jdbc.sql("insert into class_teacher (class_id, staff_id) values (?, ?)").params(id, teacher).update();
        return id;
    }

    long student(long classId, String name, String created, @Nullable String left) {
        int n = jdbc.sql("select count(*) from student where class_id = ?").param(classId).query(Integer.class).single();
        return jdbc.sql("""
                insert into student (class_id, display_name, avatar, picture_password, active, created_at, left_at)
                values (?, ?, ?, 'sun,moon,star', ?, ?, ?) returning id""")
                .params(classId, name, "avatar_" + n, left == null, Timestamp.from(Instant.parse(created)),
                        left == null ? null : Timestamp.from(Instant.parse(left)))
                .query(Long.class).single();
    }

    long challenge(long classId, String title, String start, String end, int goal, boolean selfCounts) {
        return jdbc.sql("""
                insert into challenge (class_id, title, start_date, end_date, goal, categories, self_counts, created_at)
                values (?, ?, ?, ?, ?, 'KIND_TO_OTHERS,KIND_TO_MYSELF,CONNECTION,EMPATHY,STANDING_UP_TO_STIGMA', ?, now())
                returning id""")
                .params(classId, title, Date.valueOf(start), Date.valueOf(end), goal, selfCounts).query(Long.class).single();
    }

    long act(long classId, long challengeId, long studentId, String category, String status, String at, boolean notMe) {
        return jdbc.sql("""
                insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, library_act_id, category,
                                          recipient, status, not_me, created_at)
                values (?, ?, ?, ?, 'held_door', ?, 'CLASSMATE', ?, ?, ?) returning id""")
                .params(classId, challengeId, studentId, UUID.randomUUID(), category, status, notMe,
                        Timestamp.from(Instant.parse(at)))
                .query(Long.class).single();
    }

    long plan(long classId, String on, @Nullable String builtIn, @Nullable Long custom) {
        return jdbc.sql("""
                insert into lesson_plan (class_id, builtin_lesson_id, custom_lesson_id, planned_on, created_at)
                values (?, ?, ?, ?, now()) returning id""")
                .params(classId, builtIn, custom, Date.valueOf(on)).query(Long.class).single();
    }

    long delivery(long classId, @Nullable Long planId, String on) {
        return jdbc.sql("""
                insert into lesson_delivery (class_id, plan_id, builtin_lesson_id, delivered_on, minutes, components, created_at)
                values (?, ?, 'what_is_mental_health', ?, 40, 'FACTS,DISCUSSION', now()) returning id""")
                .params(classId, planId, Date.valueOf(on)).query(Long.class).single();
    }

    void took(long deliveryId, long studentId, String status, @Nullable String madeUp) {
        jdbc.sql("insert into lesson_participation (delivery_id, student_id, status, made_up_on) values (?, ?, ?, ?)")
                .params(deliveryId, studentId, status, madeUp == null ? null : Date.valueOf(madeUp)).update();
    }

    long check(long classId, String phase, String opened, @Nullable String closed) {
        return jdbc.sql("""
                insert into attitude_check (class_id, term_id, instrument_code, phase, opened_at, closed_at)
                values (?, ?, 'school_kindness_scale', ?, ?, ?) returning id""")
                .params(classId, term, phase, Timestamp.from(Instant.parse(opened)),
                        closed == null ? null : Timestamp.from(Instant.parse(closed)))
                .query(Long.class).single();
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
