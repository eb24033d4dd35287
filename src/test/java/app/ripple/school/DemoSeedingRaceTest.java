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
 * them crashed on {@code staff_account_email_uq}). Builds the demo school on a database of its own;
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
        assertThat(fixtures.jdbc().sql("select count(*) from school").query(Long.class).single()).isEqualTo(1);
        assertThat(fixtures.jdbc().sql("select count(*) from staff_account").query(Long.class).single()).isEqualTo(4);
        assertThat(fixtures.jdbc().sql("select count(*) from school_class").query(Long.class).single()).isEqualTo(4);
    }
}
