package app.ripple.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Each test JVM gets its own fresh database {@code ripple_test_<random>} on the local PostgreSQL
 * (settings from RIPPLE_TEST_DB_HOST/PORT/USER/PASSWORD, local defaults), which Flyway migrates
 * when the first Spring context starts, and which is dropped when the JVM's tests end.
 * Registered as a JUnit launcher-session listener, so it runs before any test class.
 */
public class TestDatabase implements LauncherSessionListener {

    /** The role tests' app contexts connect as: not the tables' owner, no BYPASSRLS. */
    public static final String RUNTIME_ROLE = "ripple_app";

    private static String name;
    private static java.nio.file.Path keyDir;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        name = "ripple_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        exec("create database " + name);
        System.setProperty("spring.datasource.url", "jdbc:postgresql://" + host() + ":" + port() + "/" + name);
        // The owner migrates; the app runs as the runtime role, so row-level security applies in every test.
        System.setProperty("spring.flyway.user", user());
        System.setProperty("spring.flyway.password", password());
        System.setProperty("spring.datasource.username", RUNTIME_ROLE);
        System.setProperty("spring.datasource.password", "");
        ensureRuntimeRole();
        // Test code on this thread, signed in as nobody, sees every school (see SchoolScope).
        app.ripple.base.SchoolScope.setFallback(app.ripple.base.SchoolScope.Scope.ALL_INSERTS_TO_FIRST);
        // The test database exists already; the bootstrap must not try to create it.
        System.setProperty("ripple.db.bootstrap", "false");
        // No daily retention run in the middle of a test: tests call it themselves.
        System.setProperty("ripple.retention.cron", "-");
        // Parallel test JVMs must not fight over the management port.
        System.setProperty("management.server.port", "0");
        // A test context that closes does not wait for the class tablets to move (NodeDrain); drain tests choose their own wait.
        System.setProperty("ripple.drain.max-wait", "0s");
        System.setProperty("ripple.drain.balancer-delay", "0s");
        // Pseudonym keys in a throwaway file of this test run, never in the user's home.
        try {
            keyDir = java.nio.file.Files.createTempDirectory("ripple-test-keys-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.setProperty("ripple.pseudonym.key-file", keyDir.resolve("pseudonym.key").toString());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (name != null) {
            exec("drop database if exists " + name + " with (force)");
        }
        if (keyDir != null) {
            try (var files = java.nio.file.Files.walk(keyDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                // a temporary directory left behind is harmless
            }
        }
    }

    private static void ensureRuntimeRole() {
        try {
            exec("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + RUNTIME_ROLE + "') then "
                    + "create role " + RUNTIME_ROLE + " login; end if; end $$");
        } catch (IllegalStateException e) {
            // a parallel test JVM created it at the same moment
        }
    }

    /** A connection as the tables' owner, for what the app may not do (emptying tables between tests). */
    public static Connection ownerConnection(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user());
        if (!password().isEmpty()) {
            p.setProperty("password", password());
        }
        return DriverManager.getConnection(url, p);
    }

    public static String name() {
        return name;
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + name;
    }

    /**
     * A database of a test class's own, next to the test JVM's ({@code <name>_<suffix>}), for tests that
     * build a whole school (the demo) and must not share tables with the others: call from a
     * {@code @DynamicPropertySource}; {@link #dropOwn} from {@code @AfterAll}.
     */
    public static void useOwn(org.springframework.test.context.DynamicPropertyRegistry registry, String suffix) {
        exec("create database " + name + "_" + suffix);
        registry.add("spring.datasource.url", () -> jdbcUrl() + "_" + suffix);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "2");
    }

    /**
     * A database of a test's own, next to the test JVM's, left empty (no Flyway run): for tests that
     * migrate it themselves (UpgradeInPlaceTest). Returns its JDBC URL; {@link #dropOwn} drops it.
     */
    public static String createOwn(String suffix) {
        exec("create database " + name + "_" + suffix);
        return jdbcUrl() + "_" + suffix;
    }

    /** The tables' owner, as Flyway migrates (spring.flyway.user). */
    public static String ownerUser() {
        return user();
    }

    public static String ownerPassword() {
        return password();
    }

    public static void dropOwn(String suffix) {
        exec("drop database if exists " + name + "_" + suffix + " with (force)");
    }

    /**
     * For a benchmark with a named database of its own (e.g. {@code DistrictBenchmarkIT}'s, which may be
     * kept between runs): runs one statement as the owner on the server's {@code postgres} database.
     */
    public static void execAsOwner(String sql) {
        exec(sql);
    }

    /** The first column of the first row of a query run as the owner on the {@code postgres} database, or null. */
    public static @org.jspecify.annotations.Nullable String queryAsOwner(String sql) {
        Properties p = new Properties();
        p.setProperty("user", user());
        if (!password().isEmpty()) {
            p.setProperty("password", password());
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host() + ":" + port() + "/postgres", p);
                Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("could not run: " + sql, e);
        }
    }

    /** The JDBC URL of another database on the test server. */
    public static String urlOf(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    private static void exec(String sql) {
        Properties p = new Properties();
        p.setProperty("user", user());
        if (!password().isEmpty()) {
            p.setProperty("password", password());
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host() + ":" + port() + "/postgres", p);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Tests need PostgreSQL at " + host() + ":" + port() + " (user " + user()
                    + "); could not run: " + sql, e);
        }
    }

    static String host() {
        return env("RIPPLE_TEST_DB_HOST", "127.0.0.1");
    }

    static String port() {
        return env("RIPPLE_TEST_DB_PORT", "5432");
    }

    static String user() {
        return env("RIPPLE_TEST_DB_USER", "postgres");
    }

    static String password() {
        return env("RIPPLE_TEST_DB_PASSWORD", "");
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
