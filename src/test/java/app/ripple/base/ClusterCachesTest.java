package app.ripple.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import app.ripple.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app nodes on one database keep their caches in step through PostgreSQL LISTEN/NOTIFY: this
 * test's application context is node A; node B is a second {@link CacheListener} on its own
 * connection, as a second node's would be.
 */
@RippleTest
class ClusterCachesTest {

    @Autowired Fixtures fixtures;
    @Autowired ClusterCaches cluster;
    @Autowired List<LookupCache<?>> caches;
    @Autowired TransactionTemplate tx;
    @Autowired Environment env;

    private final List<String> heardByB = new CopyOnWriteArrayList<>();
    private CacheListener nodeB;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        fixtures.school();
        nodeB = new CacheListener(TestDatabase.jdbcUrl(), env.getProperty("spring.datasource.username", "postgres"),
                env.getProperty("spring.datasource.password"), heardByB::add, () -> { });
        nodeB.start();
        assertThat(nodeB.connections()).isEqualTo(1);
        heardByB.clear();
    }

    @AfterEach
    void tearDown() {
        nodeB.stop();
    }

    private LookupCache<?> cache(String name) {
        return caches.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyLookupCacheHasAUniqueName() {
        assertThat(caches.stream().map(LookupCache::name))
                .contains("CurrentSchool", "ConcernPhrases", "InstrumentCache").doesNotHaveDuplicates();
    }

    @Test
    void aChangeOnThisNodeReachesTheOtherNodeOnlyWhenItCommits() {
        LookupCache<?> school = cache("CurrentSchool");
        tx.executeWithoutResult(status -> {
            school.invalidate();
            sleep(300);
            assertThat(heardByB).as("nothing is sent before the commit").isEmpty();
        });
        waitFor(() -> heardByB.stream().anyMatch(p -> p.endsWith(" CurrentSchool")));

        heardByB.clear();
        tx.executeWithoutResult(status -> {
            school.invalidate();
            status.setRollbackOnly();
        });
        sleep(500);
        assertThat(heardByB).as("a rolled-back change tells nobody").isEmpty();
    }

    @Test
    void aChangeOnTheOtherNodeDropsTheCacheHere() throws Exception {
        LookupCache<?> school = cache("CurrentSchool");
        school.get();
        long loads = school.loads();
        school.get();
        assertThat(school.loads()).isEqualTo(loads);

        // Node B renames the school and says so, as its own invalidate() would.
        try (Connection b = connect(); Statement s = b.createStatement()) {
            b.setAutoCommit(false);
            s.execute("update school set name = 'Renamed on node B'");
            s.execute("select pg_notify('ripple_cache', 'nodeB CurrentSchool')");
            b.commit();
        }
        waitFor(() -> {
            school.get();
            return school.loads() > loads;
        });
        assertThat(school.get().toString()).contains("Renamed on node B");
    }

    @Test
    void thisNodeIgnoresItsOwnNotificationsAndOtherCachesStay() throws Exception {
        LookupCache<?> school = cache("CurrentSchool");
        LookupCache<?> phrases = cache("ConcernPhrases");
        school.get();
        phrases.get();
        long schoolLoads = school.loads();
        long phraseLoads = phrases.loads();
        try (Connection b = connect(); Statement s = b.createStatement()) {
            s.execute("select pg_notify('ripple_cache', 'nodeB ConcernPhrases')");
        }
        waitFor(() -> {
            phrases.get();
            return phrases.loads() > phraseLoads;
        });
        school.get();
        assertThat(school.loads()).isEqualTo(schoolLoads);
    }

    @Test
    void aListenerThatLosesItsConnectionReconnectsAndDropsEveryCache() throws Exception {
        LookupCache<?> school = cache("CurrentSchool");
        school.get();
        long loads = school.loads();
        int before = cluster.listener().connections();
        try (Connection admin = connect(); Statement s = admin.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database()"
                    + " and application_name = 'ripple-cache-listener' and pid <> pg_backend_pid()");
        }
        waitFor(() -> cluster.listener().connections() > before && nodeB.connections() > 1);
        school.get();
        assertThat(school.loads()).as("changes missed while away are not trusted").isGreaterThan(loads);

        // And it hears again.
        heardByB.clear();
        tx.executeWithoutResult(status -> school.invalidate());
        waitFor(() -> heardByB.stream().anyMatch(p -> p.endsWith(" CurrentSchool")));
    }

    private Connection connect() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", env.getProperty("spring.datasource.username", "postgres"));
        String password = env.getProperty("spring.datasource.password");
        if (password != null && !password.isEmpty()) {
            p.setProperty("password", password);
        }
        Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), p);
        // Node B's own connection, set to the whole district as a district administrator's would be.
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('ripple.all_schools', 'on', false)");
        }
        return c;
    }

    private static void waitFor(BooleanSupplier condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 20 s").isBefore(until);
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
