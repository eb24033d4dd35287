package app.ripple.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.SchoolScope;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import app.ripple.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Isolation in PostgreSQL itself (issue #16, "Isolation, twice"): with two schools, each with a class,
 * students and acts, a deliberately unscoped query inside one school's transaction sees only that
 * school's rows, on every table that has a {@code school_id}; a row for the other school is refused;
 * without any scope nothing is visible; and the app's own connection runs as a role the policies hold for.
 */
@RippleTest
class RowLevelSecurityTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;
    @Autowired PlatformTransactionManager transactions;

    HardeningFixtures a;
    long schoolA;
    OtherSchool b;

    @BeforeEach
    void twoSchools() {
        a = new HardeningFixtures(context).build();
        schoolA = jdbc.sql("select min(id) from school").query(Long.class).single();
        // School A's own act, recorded on its tablet like school B's.
        a.signInStudent();
        context.getBean(app.ripple.challenge.ActService.class).record(new app.ripple.challenge.ChallengeRecords.RecordAct(
                UUID.randomUUID(), a.challengeId, "lib:held_door", null, app.ripple.challenge.Recipient.CLASSMATE, 4, null));
        fixtures.signOut();
        b = new OtherSchool(context, "Quokka").build();
        fixtures.signOut();
    }

    @AfterEach
    void restoreFallback() {
        SchoolScope.setFallback(SchoolScope.Scope.ALL_INSERTS_TO_FIRST);
        fixtures.signOut();
    }

    /** Every table and view of the app's schema with a school_id column. */
    private List<String> relationsWithSchoolId(boolean viewsToo) {
        return jdbc.sql("""
                select c.table_name from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = 'public' and c.column_name = 'school_id'
                   and (t.table_type = 'BASE TABLE' or :views)
                 order by 1""").param("views", viewsToo).query(String.class).list();
    }

    @Test
    void anUnscopedQueryInOneSchoolsTransactionSeesOnlyThatSchoolsRows() {
        List<String> relations = relationsWithSchoolId(true);
        assertThat(relations).contains("kindness_act", "student", "school_class", "staff_account", "audit_log");
        // Both schools really have rows: the test would prove nothing on empty tables.
        for (String table : List.of("kindness_act", "student", "school_class", "challenge", "class_tablet", "lesson_delivery")) {
            assertThat(jdbc.sql("select count(distinct school_id) from " + table).query(Integer.class).single())
                    .as("schools with rows in " + table).isEqualTo(2);
        }
        for (long school : List.of(schoolA, b.schoolId)) {
            List<String> leaks = new ArrayList<>();
            SchoolScope.of(school, () -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                for (String relation : relations) {
                    // concern_phrase rows without a school are the district's list, which every school reads (V20).
                    String districtWide = relation.equals("concern_phrase") ? " and school_id is not null" : "";
                    var counts = jdbc.sql("select count(*), count(*) filter (where school_id is distinct from ?" + districtWide + ") from "
                            + relation)
                            .param(school).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
                    if (counts[1] > 0) {
                        leaks.add(relation + ": " + counts[1] + " of " + counts[0] + " rows belong to another school");
                    }
                }
                assertThat(jdbc.sql("select count(*) from kindness_act").query(Long.class).single())
                        .as("school " + school + "'s own acts").isPositive();
                assertThat(jdbc.sql("select count(*) from school").query(Long.class).single()).isEqualTo(1);
                assertThat(jdbc.sql("select id from school").query(Long.class).single()).isEqualTo(school);
            }));
            assertThat(leaks).as("rows of another school seen in school " + school + "'s scope").isEmpty();
        }
        // The acts themselves: A's scope returns exactly A's, never one of B's.
        List<Long> actsInA = SchoolScope.of(schoolA, () -> new TransactionTemplate(transactions)
                .execute(tx -> jdbc.sql("select id from kindness_act").query(Long.class).list()));
        assertThat(actsInA).isNotEmpty().doesNotContain(b.approvedActId, b.pendingActId)
                .containsExactlyInAnyOrderElementsOf(jdbc.sql("select id from kindness_act where school_id = ?").param(schoolA)
                        .query(Long.class).list());
    }

    @Test
    void aRowForAnotherSchoolIsRefusedAndAnotherSchoolsRowsCannotBeChanged() {
        SchoolScope.of(schoolA, () -> {
            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> jdbc.sql("""
                    insert into kindness_act (school_id, class_id, challenge_id, student_id, idempotency_key, library_act_id,
                                              category, recipient, status, created_at)
                    values (?, ?, ?, ?, ?, 'held_door', 'KIND_TO_OTHERS', 'CLASSMATE', 'APPROVED', now())""")
                    .params(b.schoolId, b.classId, b.challengeId, b.studentId, UUID.randomUUID()).update()))
                    .hasStackTraceContaining("row-level security");
            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> jdbc.sql("""
                    insert into term (school_id, name, start_date, end_date, closed) values (?, 'Sneaky', current_date, current_date, false)""")
                    .param(b.schoolId).update()))
                    .hasStackTraceContaining("row-level security");
            // Moving one's own row to the other school is refused too.
            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> jdbc.sql(
                    "update student set school_id = ? where id = ?").params(b.schoolId, a.studentId).update()))
                    .hasStackTraceContaining("row-level security");
            // Another school's rows are invisible to updates and deletes: nothing changes.
            int changed = new TransactionTemplate(transactions).execute(tx -> jdbc.sql(
                    "update kindness_act set wall_text = 'changed' where school_id = ?").param(b.schoolId).update()
                    + jdbc.sql("delete from student where id = ?").param(b.studentId).update());
            assertThat(changed).isZero();
        });
        assertThat(jdbc.sql("select count(*) from kindness_act where school_id = ? and wall_text = 'changed'").param(b.schoolId)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from student where id = ?").param(b.studentId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withoutAnyScopeNothingIsVisible() {
        fixtures.signOut();
        SchoolScope.setFallback(null);
        try {
            assertThat(SchoolScope.current()).isEqualTo(SchoolScope.Scope.NONE);
            List<String> visible = new ArrayList<>();
            new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                for (String relation : relationsWithSchoolId(true)) {
                    long n = jdbc.sql("select count(*) from " + relation
                            + (relation.equals("concern_phrase") ? " where school_id is not null" : "")).query(Long.class).single();
                    if (n > 0) {
                        visible.add(relation + ": " + n);
                    }
                }
                if (jdbc.sql("select count(*) from school").query(Long.class).single() > 0) {
                    visible.add("school");
                }
            });
            assertThat(visible).as("rows visible without a school").isEmpty();
        } finally {
            SchoolScope.setFallback(SchoolScope.Scope.ALL_INSERTS_TO_FIRST);
        }
    }

    @Test
    void everyTableWithSchoolDataHasRowLevelSecurityAndEveryPublishedViewReadsWithTheReadersRights() {
        List<String> unprotected = new ArrayList<>();
        for (String table : relationsWithSchoolId(false)) {
            boolean enabled = jdbc.sql("select relrowsecurity from pg_class where oid = ('public.' || ?)::regclass")
                    .param(table).query(Boolean.class).single();
            long policies = jdbc.sql("select count(*) from pg_policies where schemaname = 'public' and tablename = ?")
                    .param(table).query(Long.class).single();
            if (!enabled || policies == 0) {
                unprotected.add(table + " (row-level security " + (enabled ? "on" : "off") + ", " + policies + " policies)");
            }
        }
        assertThat(jdbc.sql("select relrowsecurity from pg_class where oid = 'public.school'::regclass").query(Boolean.class).single())
                .as("school").isTrue();
        assertThat(unprotected).as("tables with a school_id that row-level security does not guard").isEmpty();

        List<String> views = jdbc.sql("""
                select relname from pg_class where relkind = 'v' and relnamespace = 'public'::regnamespace
                   and relname like '%\\_v' and not coalesce('security_invoker=true' = any (reloptions), false)""")
                .query(String.class).list();
        assertThat(views).as("published views that read with their owner's rights").isEmpty();
        assertThat(jdbc.sql("select count(*) from pg_class where relkind = 'v' and relnamespace = 'public'::regnamespace and relname like '%\\_v'")
                .query(Long.class).single()).as("published views").isPositive();
    }

    @Test
    void theAppRunsAsARoleThePoliciesHoldFor() {
        String user = jdbc.sql("select current_user").query(String.class).single();
        assertThat(user).isEqualTo(TestDatabase.RUNTIME_ROLE);
        var role = jdbc.sql("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query((rs, n) -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2)}).single();
        assertThat(role[0]).as("superuser").isFalse();
        assertThat(role[1]).as("BYPASSRLS").isFalse();
        assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")
                .query(Long.class).single()).as("tables the runtime role owns").isZero();
        assertThat(jdbc.sql("select count(*) from pg_views where schemaname = 'public' and viewowner = current_user")
                .query(Long.class).single()).as("views the runtime role owns").isZero();
    }
}
