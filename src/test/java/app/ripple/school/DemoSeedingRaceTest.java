package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import app.ripple.testsupport.TestDatabase;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two app nodes started at the same moment on an empty database in demo mode: one builds the demo
 * school, the other waits for the first-run lock, finds it and adds nothing (before the lock, one of
 * them crashed on {@code staff_account_email_uq}), and that district is the demo district with every
 * school's rows in that school. Builds the demo on a database of its own;
 * {@code -Ddemo.reports=false} skips it like the other demo tests.
 */
@DisabledIfSystemProperty(named = "demo.reports", matches = "false")
@ActiveProfiles("demo")
@DirtiesContext
@RippleTest
class DemoSeedingRaceTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.useOwn(registry, "seedrace");
        // Two seeders each hold a connection for their transaction; the app needs a little more besides.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
    }

    @AfterAll
    static void dropDatabase() {
        TestDatabase.dropOwn("seedrace");
    }

    @Autowired Fixtures fixtures;
    @Autowired DemoSchool demo;

    @Test
    void twoSeedersAtOnceOnAnEmptyDatabaseMakeOneDemoSchoolAndNeitherFails() throws Exception {
        fixtures.reset();
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Void> node = () -> {
            together.await(10, TimeUnit.SECONDS);
            demo.run(new DefaultApplicationArguments());
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Void> f : pool.invokeAll(List.of(node, node), 5, TimeUnit.MINUTES)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        var jdbc = fixtures.jdbc();
        assertThat(jdbc.sql("select count(*) from district").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from school").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from staff_account").query(Long.class).single()).isEqualTo(4 + 2 + 2 + 1);
        assertThat(jdbc.sql("select count(*) from school_class").query(Long.class).single()).isEqualTo(4 + 2 + 2);
        theDemoDistrictHasThreeSchoolsEachWithItsOwnData();
    }

    /**
     * The demo district (docs/district.md): three schools of one district, the first the demo school
     * Ripple always had with its accounts, one Spanish-speaking, a district administrator without a
     * school; every school got classes, acts, lessons and checks of its own, each row in its school.
     * (Checked on the race's result, so the demo is built once.)
     */
    private void theDemoDistrictHasThreeSchoolsEachWithItsOwnData() {
        var jdbc = fixtures.jdbc();
        assertThat(jdbc.sql("select name from district").query(String.class).single()).isEqualTo(DemoSchool.DISTRICT);
        assertThat(jdbc.sql("select name || ' ' || default_language from school order by id").query(String.class).list())
                .containsExactly("Riverside Primary School (demo) en", "Escuela Río Claro (demo) es", "Hillside Academy (demo) en");
        assertThat(jdbc.sql("select count(*) from school where district_id <> (select id from district)").query(Long.class).single())
                .isZero();
        long first = jdbc.sql("select min(id) from school").query(Long.class).single();
        for (String email : List.of("coordinator@example.org", "teacher1@example.org", "teacher2@example.org", "teacher3@example.org")) {
            assertThat(jdbc.sql("select school_id from staff_account where email = ?").param(email).query(Long.class).single())
                    .as(email).isEqualTo(first);
        }
        assertThat(jdbc.sql("select role || ' ' || coalesce(school_id::text, 'district') from staff_account where email = ?")
                .param(DemoSchool.DISTRICT_ADMIN).query(String.class).single()).isEqualTo("DISTRICT_ADMIN district");
        assertThat(jdbc.sql("select count(distinct password_hash) from staff_account").query(Long.class).single())
                .as("one demo password (one hash)").isEqualTo(1);
        for (long school : jdbc.sql("select id from school order by id").query(Long.class).list()) {
            for (String table : List.of("school_class", "student", "kindness_act", "lesson_delivery", "attitude_check", "attention_item",
                    "term", "staff_account")) {
                assertThat(jdbc.sql("select count(*) from " + table + " where school_id = ?").param(school).query(Long.class).single())
                        .as(table + " of school " + school).isPositive();
            }
        }
        for (String table : List.of("student", "kindness_act", "challenge", "lesson_plan", "lesson_delivery", "lesson_participation",
                "attitude_check", "attention_item", "class_tablet")) {
            String join = "lesson_participation".equals(table)
                    ? "lesson_participation x join lesson_delivery d on d.id = x.delivery_id join school_class c on c.id = d.class_id"
                    : table + " x join school_class c on c.id = x.class_id";
            assertThat(jdbc.sql("select count(*) from " + join + " where x.school_id <> c.school_id").query(Long.class).single())
                    .as(table + " rows in another school than their class").isZero();
        }
        assertThat(jdbc.sql("select name from school_class where school_id = (select id from school where default_language = 'es') order by id")
                .query(String.class).list()).containsExactly("2.º Petirrojos", "3.º Nutrias");
        assertThat(jdbc.sql("""
                select distinct ch.title from challenge ch join school s on s.id = ch.school_id where s.default_language = 'es'
                order by 1""").query(String.class).list()).containsExactly("Calendario de amabilidad de 30 días", "Semana contra el estigma");
    }
}
