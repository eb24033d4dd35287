package app.ripple.testsupport;

import app.ripple.base.LookupCache;
import app.ripple.school.SetupService;
import app.ripple.security.RippleUser;
import app.ripple.security.Role;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Builds test data through the real services (or plain SQL where a service would need a caller). */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "a long enough passphrase";
    public static final String COORDINATOR_EMAIL = "coordinator@test.example";

    private final JdbcClient jdbc;
    private final SetupService setup;
    private final PasswordEncoder encoder;
    private final MutableClock clock;
    private String passwordHash;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    private final ObjectProvider<LookupCache<?>> caches;
    private final String url;

    Fixtures(JdbcClient jdbc, SetupService setup, PasswordEncoder encoder, MutableClock clock,
            ObjectProvider<SecurityContextHolderStrategy> strategy, ObjectProvider<LookupCache<?>> caches,
            org.springframework.core.env.Environment env) {
        this.url = env.getRequiredProperty("spring.datasource.url");
        this.strategy = strategy;
        this.caches = caches;
        this.jdbc = jdbc;
        this.setup = setup;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Reference data that migrations seed; tests that change it put it back themselves. */
    private static final List<String> SEEDED = List.of("flyway_schema_history", "concern_phrase");

    /** Empties every table (the schema and seeded reference data stay), resets the clock and signs everybody out. */
    public void reset() {
        // The app's runtime role may not empty tables: the owner does it, as only tests do.
        try (java.sql.Connection owner = TestDatabase.ownerConnection(url);
                java.sql.Statement s = owner.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (var rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rs.next()) {
                    if (!SEEDED.contains(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            if (!tables.isEmpty()) {
                // The audit log refuses TRUNCATE (V8); the owner may switch that trigger off, tests do so here only.
                s.execute("alter table audit_log disable trigger audit_log_no_truncate");
                try {
                    s.execute("truncate " + String.join(", ", tables) + " restart identity cascade");
                } finally {
                    s.execute("alter table audit_log enable trigger audit_log_no_truncate");
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        // The test's own thread sees every school; rows it inserts without naming a school go to the first.
        app.ripple.base.SchoolScope.setFallback(app.ripple.base.SchoolScope.Scope.ALL_INSERTS_TO_FIRST);
        // Tests write rows directly (and truncate them): no cached look-up may survive into the next test.
        caches.forEach(LookupCache::invalidate);
        clock.set(TestClockConfig.START);
        useThisContextsSecurityStrategy();
        SecurityContextHolder.clearContext();
    }

    /**
     * Every Spring context (a test class with its own imports gets its own) installs its security
     * strategy into the static {@link SecurityContextHolder}; the method-security checks of an older
     * context keep theirs. Putting this context's strategy back before signing in keeps both in step.
     */
    private void useThisContextsSecurityStrategy() {
        strategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /** A set-up school with its coordinator; returns the coordinator's staff id. */
    public long school() {
        setup.setUp(new SetupService.SetupForm("Test School", "Europe/Madrid", "en", "Casey Coordinator",
                COORDINATOR_EMAIL, PASSWORD));
        return staffId(COORDINATOR_EMAIL);
    }

    /** A teacher who can sign in with {@link #PASSWORD}. */
    public long teacher(String name, String email) {
        long schoolId = jdbc.sql("select id from school order by id limit 1").query(Long.class).single();
        return jdbc.sql("""
                insert into staff_account (school_id, name, email, password_hash, role, language, active, must_change_password, created_at)
                values (?, ?, ?, ?, 'TEACHER', 'en', true, false, ?) returning id""")
                .params(schoolId, name, email, hash(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    public long staffId(String email) {
        return jdbc.sql("select id from staff_account where lower(email) = lower(?)").param(email).query(Long.class).single();
    }

    /** Signs in as a staff member for service calls made on this thread. */
    public RippleUser signIn(long staffId) {
        // Looked up in the whole district: whoever is signed in on this thread now, the staff member may be of another school.
        RippleUser user = app.ripple.base.SchoolScope.allSchools(() -> jdbc.sql(
                "select id, school_id, email, name, role, active from staff_account where id = ?").param(staffId)
                .query((rs, n) -> new RippleUser(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4),
                        Role.valueOf(rs.getString(5)), rs.getBoolean(6), "")).single());
        user.eraseCredentials();
        useThisContextsSecurityStrategy();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public void signOut() {
        useThisContextsSecurityStrategy();
        SecurityContextHolder.clearContext();
    }

    public MutableClock clock() {
        return clock;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    private String hash() {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        return passwordHash;
    }
}
