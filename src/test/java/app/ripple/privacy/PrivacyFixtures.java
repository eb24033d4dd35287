package app.ripple.privacy;

import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.school.SchoolService;
import app.ripple.testsupport.Fixtures;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A school with classes and students who have something in every table that holds student data:
 * acts (one raising a safeguarding item), lesson participation, a reflection (raising one too),
 * an attitude consent, a "has answered" row with an anonymous answer, and a sign-in lock.
 * Rows of features without services yet are written with plain SQL.
 */
class PrivacyFixtures {

    final Fixtures fixtures;
    private final ClassService classes;
    private final RosterService roster;
    private final SchoolService school;

    /** Built from the shared test context (not a bean of its own, so no extra Spring context and connection pool). */
    PrivacyFixtures(ApplicationContext context) {
        this.fixtures = context.getBean(Fixtures.class);
        this.classes = context.getBean(ClassService.class);
        this.roster = context.getBean(RosterService.class);
        this.school = context.getBean(SchoolService.class);
    }

    long coordinator;
    long teacher;

    void school() {
        fixtures.reset();
        coordinator = fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
    }

    long term(String name, LocalDate start, LocalDate end) {
        fixtures.signIn(coordinator);
        return school.addTerm(name, start, end).id();
    }

    long classIn(@Nullable Long termId, String name) {
        fixtures.signIn(teacher);
        return classes.create(new ClassForm(name, AgeBand.AGES_9_11, termId, List.of(teacher), 60));
    }

    long student(long classId, String name) {
        fixtures.signIn(teacher);
        return roster.addStudent(classId, new StudentForm(name, "S-" + name.hashCode(), null));
    }

    /** Gives the student a row in every student table; returns the id of their first act. */
    long fillEverything(long classId, @Nullable Long termId, long studentId, String ownText) {
        JdbcClient jdbc = fixtures.jdbc();
        Timestamp now = Timestamp.from(fixtures.clock().instant());
        long challenge = jdbc.sql("""
                insert into challenge (class_id, title, start_date, end_date, goal, categories, created_at)
                values (?, 'Kindness week', date '2026-11-01', date '2026-11-30', 50, 'KIND_TO_OTHERS,KIND_TO_MYSELF', ?) returning id""")
                .params(classId, now).query(Long.class).single();
        long act = jdbc.sql("""
                insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, own_text, category, recipient, feeling,
                                          status, created_at)
                values (?, ?, ?, ?, ?, 'KIND_TO_OTHERS', 'CLASSMATE', 4, 'NEEDS_ATTENTION', ?) returning id""")
                .params(classId, challenge, studentId, UUID.randomUUID(), ownText, now).query(Long.class).single();
        jdbc.sql("""
                insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, library_act_id, category, recipient,
                                          status, created_at)
                values (?, ?, ?, ?, 'held_door', 'KIND_TO_OTHERS', 'CLASSMATE', 'APPROVED', ?)""")
                .params(classId, challenge, studentId, UUID.randomUUID(), now).update();
        jdbc.sql("insert into attention_item (class_id, act_id, matched, created_at) values (?, ?, 'bully', ?)")
                .params(classId, act, now).update();
        long delivery = jdbc.sql("""
                insert into lesson_delivery (class_id, builtin_lesson_id, delivered_on, minutes, created_at)
                values (?, 'kind-words', date '2026-11-20', 30, ?) returning id""").params(classId, now).query(Long.class).single();
        jdbc.sql("insert into lesson_participation (delivery_id, student_id, status) values (?, ?, 'PARTICIPATED')")
                .params(delivery, studentId).update();
        long reflection = jdbc.sql("""
                insert into lesson_reflection (class_id, delivery_id, student_id, idempotency_key, text, needs_attention, created_at)
                values (?, ?, ?, ?, ?, true, ?) returning id""")
                .params(classId, delivery, studentId, UUID.randomUUID(), "Reflection of " + ownText, now).query(Long.class).single();
        jdbc.sql("insert into attention_item (class_id, reflection_id, matched, created_at) values (?, ?, 'not safe', ?)")
                .params(classId, reflection, now).update();
        jdbc.sql("insert into attitude_consent (student_id, instrument_code, consent, recorded_at) values (?, 'sks', true, ?)")
                .params(studentId, now).update();
        if (termId != null) {
            long check = jdbc.sql("""
                    insert into attitude_check (class_id, term_id, instrument_code, phase, opened_at)
                    values (?, ?, 'sks', 'PRE', ?)
                    on conflict (class_id, term_id, instrument_code, phase) do update set opened_at = excluded.opened_at
                    returning id""").params(classId, termId, now).query(Long.class).single();
            jdbc.sql("insert into attitude_check_done (check_id, student_id) values (?, ?)").params(check, studentId).update();
            jdbc.sql("insert into attitude_response (check_id, pseudonym, answers, answered_on) values (?, ?, '{4,5,3,4,5}', date '2026-11-20')")
                    .params(check, String.format("%064x", studentId)).update();
        }
        jdbc.sql("insert into student_sign_in_lock (student_id, failed_count) values (?, 3)").param(studentId).update();
        return act;
    }

    /** An act by one student inspired by another's act. */
    long inspiredAct(long classId, long studentId, long inspiredBy) {
        JdbcClient jdbc = fixtures.jdbc();
        long challenge = jdbc.sql("select challenge_id from kindness_act where id = ?").param(inspiredBy).query(Long.class).single();
        return jdbc.sql("""
                insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, library_act_id, category, recipient,
                                          inspired_by, status, created_at)
                values (?, ?, ?, ?, 'held_door', 'KIND_TO_OTHERS', 'CLASSMATE', ?, 'APPROVED', ?) returning id""")
                .params(classId, challenge, studentId, UUID.randomUUID(), inspiredBy, Timestamp.from(fixtures.clock().instant()))
                .query(Long.class).single();
    }

    /** Rows that mention the student, per table with a student_id column (from the database's own catalogue). */
    java.util.Map<String, Long> rowsOf(long studentId) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        for (String table : StudentDataCoverageTest.tablesWithStudentId(fixtures.jdbc())) {
            out.put(table, fixtures.jdbc().sql("select count(*) from " + table + " where student_id = ?").param(studentId)
                    .query(Long.class).single());
        }
        out.put("student", fixtures.jdbc().sql("select count(*) from student where id = ?").param(studentId).query(Long.class).single());
        return out;
    }
}
