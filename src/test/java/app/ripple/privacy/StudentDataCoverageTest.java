package app.ripple.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.classroom.StudentDataContributor;
import app.ripple.testsupport.RippleTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps access requests and erasure complete as the schema grows: every table that holds a
 * {@code student_id} column, or any other foreign key to {@code student}, must be listed by some
 * feature's {@link StudentDataContributor}. If this fails after you added a table, add it to your
 * feature's contributor (export and erase its rows) — see {@code ChallengeStudentData} for an example.
 */
@RippleTest
class StudentDataCoverageTest {

    @Autowired JdbcClient jdbc;
    @Autowired List<StudentDataContributor> contributors;

    static List<String> tablesWithStudentId(JdbcClient jdbc) {
        return jdbc.sql("""
                select distinct c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and c.column_name = 'student_id' and t.table_type = 'BASE TABLE'
                order by 1""").query(String.class).list();
    }

    /** Tables with a foreign key to student(id), whatever the column is called. */
    static List<String> tablesReferencingStudent(JdbcClient jdbc) {
        return jdbc.sql("""
                select distinct cl.relname from pg_constraint k join pg_class cl on cl.oid = k.conrelid
                where k.contype = 'f' and k.confrelid = 'public.student'::regclass order by 1""").query(String.class).list();
    }

    private Set<String> covered() {
        Set<String> covered = new TreeSet<>();
        contributors.forEach(c -> covered.addAll(c.tables()));
        return covered;
    }

    @Test
    void everyTableWithStudentDataIsCoveredByAContributor() {
        Set<String> holding = new TreeSet<>(tablesWithStudentId(jdbc));
        holding.addAll(tablesReferencingStudent(jdbc));
        holding.add("student");
        Set<String> missing = new TreeSet<>(holding);
        missing.removeAll(covered());
        assertThat(missing)
                .as("tables holding student data that no StudentDataContributor exports and erases; "
                        + "add them to your feature's contributor")
                .isEmpty();
        assertThat(holding).contains("kindness_act", "lesson_participation", "lesson_reflection", "attitude_consent",
                "attitude_check_done", "student_sign_in_lock");
    }

    @Test
    void contributorsNameOnlyTablesThatExist() {
        Set<String> existing = new TreeSet<>(jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
                .query(String.class).list());
        assertThat(existing).containsAll(covered());
    }

    @Test
    void everyForeignKeyToAStudentsDataCascadesOrIsCleared() {
        // A key that neither cascades nor is set null would make erasing the student row fail outright.
        List<String> blocking = jdbc.sql("""
                select cl.relname || '.' || k.conname from pg_constraint k join pg_class cl on cl.oid = k.conrelid
                where k.contype = 'f' and k.confrelid in ('public.student'::regclass, 'public.kindness_act'::regclass,
                                                          'public.lesson_reflection'::regclass)
                  and k.confdeltype not in ('c', 'n')""").query(String.class).list();
        assertThat(blocking).isEmpty();
    }
}
