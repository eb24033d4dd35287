package app.ripple.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.base.SchoolScope;
import app.ripple.challenge.ActService;
import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.challenge.Recipient;
import app.ripple.dashboard.DashboardRecords.ClassDashboard;
import app.ripple.dashboard.DashboardRecords.DateRange;
import app.ripple.security.KioskSession;
import app.ripple.security.StudentPrincipal;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import app.ripple.testsupport.TestDatabase;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many schools: a district of {@code benchmark.schools} × {@code benchmark.classes} × {@code benchmark.actsPerClass}
 * acts (40 × 25 × 2,000 = 2,000,000 by default, {@link DistrictDataset}) in a database of its own
 * ({@code benchmark.db}, default {@code ripple_bench_district}; kept with {@code -Dbenchmark.keep=true}
 * and reused by the next run of the same scale). The app runs as its runtime role, row-level security on:
 * <ol>
 *   <li>the district overview, one call p95 (target ≤ 200 ms) — for now a stand-in: every school's
 *   {@link SchoolOverviewService#schoolOverview} as that school's coordinator, one after the other
 *   (see {@link #districtOverview()});</li>
 *   <li>the class dashboard ({@link ClassDashboardService#classDashboard}, a term) and act recording
 *   ({@link ActService#record} as a signed-in student) with row-level security on and off, in
 *   interleaved rounds (on/off, off/on, on/off, …, one school per pair of rounds; "off" = {@code alter
 *   table … disable row level security} on every table with a policy, as the owner, between rounds),
 *   timed per call in the JVM;</li>
 *   <li>the same calls at the SQL layer: PostgreSQL's own statement times from its log (the method
 *   of bench/dashboard-sql.sh, with {@code log_min_duration_statement = 0} set for this database only),
 *   per transaction, by round.</li>
 * </ol>
 * Skipped unless {@code -Dbenchmark=true}; run {@code bench/district.sh}. See docs/benchmarks.md,
 * "Many schools: the district dataset". Timing targets are reported, not asserted (a shared machine);
 * what is asserted is that the data is right and that "on" and "off" answer the same.
 */
@RippleTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistrictBenchmarkIT {

    static final String DB = System.getProperty("benchmark.db", "ripple_bench_district");
    static final DistrictDataset.Scale SCALE = new DistrictDataset.Scale(Integer.getInteger("benchmark.schools", 40),
            Integer.getInteger("benchmark.classes", 25), Integer.getInteger("benchmark.actsPerClass", 2000));
    static final boolean SQL_LOG = !"false".equals(System.getProperty("benchmark.sqlLog"));
    static final DateRange TERM = new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18));

    static boolean reused;
    static boolean built;
    static @Nullable Path pgLog;
    static long pgLogOffset;
    /** Measured rounds: what, RLS on or off, and when (for reading PostgreSQL's log afterwards). */
    record Window(String what, boolean rls, Instant from, Instant to) {
    }
    static final List<Window> WINDOWS = new ArrayList<>();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        boolean exists = TestDatabase.queryAsOwner("select 1 from pg_database where datname = '" + DB + "'") != null;
        String comment = exists
                ? TestDatabase.queryAsOwner("select shobj_description(oid, 'pg_database') from pg_database where datname = '" + DB + "'")
                : null;
        reused = exists && label().equals(comment) && !Boolean.getBoolean("benchmark.rebuild");
        if (exists && !reused) {
            TestDatabase.execAsOwner("drop database " + DB + " with (force)");
        }
        if (!reused) {
            TestDatabase.execAsOwner("create database " + DB);
        }
        if (SQL_LOG) {
            pgLog = pgLog();
            if (pgLog != null) {
                pgLogOffset = pgLog.toFile().length();
                TestDatabase.execAsOwner("alter database " + DB + " set log_min_duration_statement = 0");
            }
        }
        registry.add("spring.datasource.url", () -> TestDatabase.urlOf(DB));
    }

    /** The scale and the migrations the database was built with: a kept database is reused only when both match. */
    static String label() {
        try {
            var resources = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath:db/migration/*.sql");
            java.util.Arrays.sort(resources, java.util.Comparator.comparing(r -> String.valueOf(r.getFilename())));
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            for (var r : resources) {
                digest.update(String.valueOf(r.getFilename()).getBytes(StandardCharsets.UTF_8));
                try (var in = r.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return SCALE.label() + ", migrations " + java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void cleanUp() {
        // never leave a database without its policies, whatever happened
        rls(true);
        TestDatabase.execAsOwner("alter database " + DB + " reset log_min_duration_statement");
        if (!Boolean.getBoolean("benchmark.keep")) {
            TestDatabase.execAsOwner("drop database if exists " + DB + " with (force)");
            System.out.println("BENCHMARK database " + DB + " dropped (keep it for the next run with -Dbenchmark.keep=true)");
        } else {
            System.out.println("BENCHMARK database " + DB + " kept (" + label() + "); drop it with: psql -h 127.0.0.1 -U postgres -c 'drop database "
                    + DB + "'");
        }
    }

    @Autowired Fixtures fixtures;
    @Autowired ClassDashboardService classDashboards;
    @Autowired SchoolOverviewService overview;
    @Autowired ActService acts;
    @Autowired KioskSession kioskSession;
    @Autowired PasswordEncoder encoder;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationContext context;

    record Klass(long id, long challengeId, long tabletId, List<Long> students) {
    }

    record School(long id, long coordinatorId, long termId, List<Klass> classes) {
    }

    static @Nullable List<School> schools;
    static long districtAdminId;

    List<School> schools() {
        if (schools == null) {
            if (!reused && !built) {
                Duration took = DistrictDataset.build(TestDatabase.urlOf(DB), SCALE, encoder.encode(Fixtures.PASSWORD), label());
                built = true;
                System.out.printf(Locale.ROOT, "BENCHMARK dataset %s built in %.1f s%n", SCALE.label(), took.toMillis() / 1000.0);
            } else {
                System.out.println("BENCHMARK dataset " + SCALE.label() + " reused from database " + DB);
            }
            var jdbc = fixtures.jdbc(); // the JUnit thread sees every school
            districtAdminId = jdbc.sql("select id from staff_account where role = 'DISTRICT_ADMIN'").query(Long.class).single();
            Map<Long, List<Long>> students = new HashMap<>();
            jdbc.sql("select class_id, id from student where active order by id")
                    .query(rs -> {
                        students.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
            Map<Long, List<Klass>> classes = new HashMap<>();
            jdbc.sql("""
                    select c.school_id, c.id, h.id, (select min(t.id) from class_tablet t where t.class_id = c.id)
                    from school_class c join challenge h on h.class_id = c.id order by c.id""")
                    .query(rs -> {
                        classes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Klass(rs.getLong(2), rs.getLong(3), rs.getLong(4), students.get(rs.getLong(2))));
                    });
            schools = jdbc.sql("""
                    select s.id, (select min(id) from staff_account a where a.school_id = s.id and a.role = 'COORDINATOR'),
                           (select min(id) from term t where t.school_id = s.id)
                    from school s order by s.id""")
                    .query((rs, n) -> new School(rs.getLong(1), rs.getLong(2), rs.getLong(3), classes.get(rs.getLong(1)))).list();
            long actCount = jdbc.sql("select count(*) from kindness_act").query(Long.class).single();
            System.out.printf(Locale.ROOT, "BENCHMARK dataset rows: %d schools, %,d classes, %,d students, %,d acts, %,d lesson deliveries, "
                            + "%,d participation rows, %,d attitude responses%n",
                    schools.size(), jdbc.sql("select count(*) from school_class").query(Long.class).single(),
                    jdbc.sql("select count(*) from student").query(Long.class).single(), actCount,
                    jdbc.sql("select count(*) from lesson_delivery").query(Long.class).single(),
                    jdbc.sql("select count(*) from lesson_participation").query(Long.class).single(),
                    jdbc.sql("select count(*) from attitude_response").query(Long.class).single());
        }
        return schools;
    }

    // ---------------------------------------------------------------- 0. the data is what the app would have made

    @Test
    @Order(0)
    void theRollupsAreWhatTheAppsOwnRulesGiveUnderTheRuntimeRole() {
        List<School> all = schools();
        assertThat(all).hasSize(SCALE.schools());
        School school = all.get(all.size() / 2);
        var jdbc = fixtures.jdbc();
        SchoolScope.of(school.id(), () -> {
            // row-level security shows the runtime role this school only
            assertThat(jdbc.sql("select count(*) from school_class").query(Long.class).single()).isEqualTo(SCALE.classes());
            assertThat(jdbc.sql("select count(distinct school_id) from kindness_act").query(Long.class).single()).isEqualTo(1);
            long other = all.getFirst().id();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                            "insert into term (school_id, name, start_date, end_date) values (?, 'Not mine', '2027-01-01', '2027-03-31')")
                    .param(other).update()).as("a row for another school").isInstanceOf(org.springframework.dao.DataAccessException.class);
            // act rollups against the triggers' own day function (act_school_day, the school's zone)
            assertThat(jdbc.sql("""
                    select count(*) from (select class_id, act_school_day(created_at) as day, category, count(*) as n from kindness_act
                                          where status in ('APPROVED', 'PENDING') group by 1, 2, 3) x
                    full join act_day_count d on (d.class_id, d.day, d.category) = (x.class_id, x.day, x.category)
                    where d.acts is distinct from x.n""").query(Long.class).single()).as("act_day_count differences").isZero();
            assertThat(jdbc.sql("""
                    select count(*) from (select class_id, act_week_of(act_school_day(created_at)) as week, count(*) as n from kindness_act
                                          where status in ('APPROVED', 'PENDING') group by 1, 2) x
                    full join act_week_count w on (w.class_id, w.week) = (x.class_id, x.week)
                    where w.acts is distinct from x.n""").query(Long.class).single()).as("act_week_count differences").isZero();
            assertThat(jdbc.sql("""
                    select count(*) from challenge_tally t
                    cross join lateral (select count(*) filter (where a.category <> 'KIND_TO_MYSELF') as shared,
                                               count(*) filter (where a.category = 'KIND_TO_MYSELF') as self
                                        from kindness_act a where a.challenge_id = t.challenge_id and a.status in ('APPROVED', 'PENDING')) x
                    where (t.shared_count, t.self_count) is distinct from (x.shared, x.self)""")
                    .query(Long.class).single()).as("challenge_tally differences").isZero();
            assertThat(jdbc.sql("select count(*) from challenge_tally").query(Long.class).single()).isEqualTo(SCALE.classes());
            // lesson_dose: the app's own refresh, as the runtime role, changes nothing (rolled back anyway)
            new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                String before = jdbc.sql("select md5(string_agg(row(d.*)::text, ',' order by student_id)) from lesson_dose d")
                        .query(String.class).single();
                jdbc.sql("select lesson_dose_refresh(array(select id from student))").query(Object.class).list();
                String after = jdbc.sql("select md5(string_agg(row(d.*)::text, ',' order by student_id)) from lesson_dose d")
                        .query(String.class).single();
                assertThat(after).as("lesson_dose after the app's own refresh").isEqualTo(before);
                tx.setRollbackOnly();
            });
            assertThat(jdbc.sql("select count(*) from lesson_dose").query(Long.class).single())
                    .isEqualTo((long) SCALE.classes() * DistrictDataset.STUDENTS_PER_CLASS);
        });
        System.out.println("BENCHMARK dataset check: rollups of school " + school.id()
                + " equal the app's own rules (act_school_day, act_week_of, lesson_dose_refresh) under the runtime role");
    }

    // ---------------------------------------------------------------- 1. the district overview

    /** One district overview call, as the district administrator: every school's figures, each in its own scope. */
    Supplier<Object> districtOverview() {
        return () -> {
            signIn(districtAdminId);
            return context.getBean(DistrictOverviewService.class).districtOverview(java.util.Locale.ENGLISH);
        };
    }

    static final String DISTRICT_OVERVIEW = "district overview (DistrictOverviewService.districtOverview, "
            + SCALE.schools() + " schools)";

    @Test
    @Order(1)
    void districtOverview_p95() {
        List<School> all = schools();
        Supplier<Object> call = districtOverview();
        int n = Integer.getInteger("benchmark.overviews", 20);
        time(2, i -> call.get()); // warm-up
        List<Long> times = time(n, i -> call.get());
        fixtures.signOut();
        report(DISTRICT_OVERVIEW, times);
        verdict("district overview p95", pct(times, 95), 200);
        // one school's overview alone, for scale
        Random random = new Random(7);
        List<Long> one = time(Math.max(n * 2, 40), i -> {
            School s = all.get(random.nextInt(all.size()));
            signIn(s.coordinatorId());
            overview.schoolOverview(s.termId());
        });
        fixtures.signOut();
        report("one school's overview (" + SCALE.classes() + " classes, term)", one);
    }

    // ---------------------------------------------------------------- 2. row-level security on and off

    @Test
    @Order(2)
    void classDashboard_rlsOnAndOff() {
        List<School> all = schools();
        School first = all.getFirst();
        signIn(first.coordinatorId());
        ClassDashboard on = classDashboards.classDashboard(first.classes().getFirst().id(), TERM);
        rls(false);
        ClassDashboard off;
        try {
            off = classDashboards.classDashboard(first.classes().getFirst().id(), TERM);
        } finally {
            rls(true);
        }
        fixtures.signOut();
        assertThat(off).as("the same dashboard with row-level security off").isEqualTo(on);
        System.out.printf("BENCHMARK sample class dashboard: %d acts in the term, %d weeks, %d students, %d lesson rows%n", on.acts(),
                on.weeks().size(), on.students(), on.lessonsPerStudent().size());
        Random random = new Random(42);
        interleaved("class dashboard", Integer.getInteger("benchmark.dashboards", 100), (school, i) -> {
            if (i == 0) {
                signIn(school.coordinatorId());
            }
            classDashboards.classDashboard(school.classes().get(random.nextInt(school.classes().size())).id(), TERM);
        });
        fixtures.signOut();
    }

    @Test
    @Order(3)
    void actRecording_rlsOnAndOff() {
        schools();
        Random random = new Random(43);
        interleaved("act recording", Integer.getInteger("benchmark.recordings", 100), (school, i) -> {
            Klass k = school.classes().get(random.nextInt(school.classes().size()));
            long student = k.students().get(random.nextInt(k.students().size()));
            kioskSession.signIn(new StudentPrincipal(student, k.id(), k.tabletId(), "Student", school.id()));
            acts.record(new RecordAct(UUID.randomUUID(), k.challengeId(), "lib:held_door", null, Recipient.CLASSMATE, null, null));
        });
        fixtures.signOut();
    }

    interface Call {
        void run(School school, int i) throws Exception;
    }

    /**
     * {@code benchmark.pairs} pairs of rounds (default 6), each pair on one school (in turn), the order
     * within a pair alternating (on/off, off/on, …) so a drift of the machine's load cancels out; per
     * round {@code benchmark.warmup} unmeasured calls (the plans are made again after every switch) then
     * {@code perRound} measured ones.
     */
    void interleaved(String what, int perRound, Call call) {
        List<School> all = schools();
        int pairs = Integer.getInteger("benchmark.pairs", 6);
        int warmup = Integer.getInteger("benchmark.warmup", 10);
        List<Long> on = new ArrayList<>();
        List<Long> off = new ArrayList<>();
        List<Double> pairRatios = new ArrayList<>();
        try {
            for (int p = 0; p < pairs; p++) {
                School school = all.get(p % all.size());
                long[] medians = new long[2];
                for (boolean rlsOn : p % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    rls(rlsOn);
                    time(warmup, i -> call.run(school, i));
                    sleep(30);
                    Instant from = Instant.now();
                    List<Long> times = time(perRound, i -> call.run(school, i + warmup));
                    Instant to = Instant.now();
                    sleep(30);
                    WINDOWS.add(new Window(what, rlsOn, from, to));
                    (rlsOn ? on : off).addAll(times);
                    medians[rlsOn ? 0 : 1] = pct(times, 50);
                }
                pairRatios.add((double) medians[0] / medians[1]);
            }
        } finally {
            rls(true);
        }
        report(what + ", RLS on (JVM: whole service call)", on);
        report(what + ", RLS off (JVM: whole service call)", off);
        System.out.printf(Locale.ROOT, "BENCHMARK RLS cost, %s, whole service call: median on %.2f ms / off %.2f ms = %.3fx "
                        + "(median of the %d per-pair ratios %.3fx; p95 on/off %.3fx); target <= 1.15x: %s%n",
                what, pct(on, 50) / 1e6, pct(off, 50) / 1e6, (double) pct(on, 50) / pct(off, 50), pairs, median(pairRatios),
                (double) pct(on, 95) / pct(off, 95), (double) pct(on, 50) / pct(off, 50) <= 1.15 ? "met" : "NOT met");
    }

    // ---------------------------------------------------------------- 3. the SQL layer, from PostgreSQL's log

    static final Pattern LOG_LINE = Pattern.compile(
            "^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}) UTC \\[(\\d+)\\] (\\S*)@(\\S*) LOG:  duration: ([\\d.]+) ms  (\\w+) [^:]*: (.*)$");
    static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    @Test
    @Order(4)
    void sqlLayer_fromPostgresLog() throws IOException {
        if (pgLog == null) {
            System.out.println("BENCHMARK SQL layer: PostgreSQL's log not readable here (-Dbenchmark.pglog=<file>); skipped");
            return;
        }
        sleep(500); // let the server write its last lines
        record Tx(Instant end, double ms, String kind, List<Object[]> statements) {
        }
        List<Tx> txs = new ArrayList<>();
        Map<String, List<Object[]>> open = new HashMap<>();
        try (RandomAccessFile file = new RandomAccessFile(pgLog.toFile(), "r")) {
            file.seek(pgLogOffset);
            byte[] bytes = new byte[(int) (file.length() - pgLogOffset)];
            file.readFully(bytes);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                Matcher m = LOG_LINE.matcher(line);
                if (!m.matches() || !DB.equals(m.group(4)) || !TestDatabase.RUNTIME_ROLE.equals(m.group(3))) {
                    continue;
                }
                List<Object[]> tx = open.computeIfAbsent(m.group(2), k -> new ArrayList<>());
                tx.add(new Object[] {Double.parseDouble(m.group(5)), m.group(7), m.group(6)});
                if ("execute".equals(m.group(6)) && m.group(7).startsWith("COMMIT")) {
                    double sum = tx.stream().mapToDouble(x -> (Double) x[0]).sum();
                    boolean dashboard = tx.stream().anyMatch(x -> ((String) x[1]).startsWith("select c.name,"));
                    boolean record = tx.stream().anyMatch(x -> ((String) x[1]).startsWith("insert into kindness_act"));
                    if (tx.size() < 100 && (dashboard || record)) {
                        Instant end = LocalDateTime.parse(m.group(1), LOG_TIME).toInstant(ZoneOffset.UTC);
                        txs.add(new Tx(end, sum, dashboard ? "class dashboard" : "act recording", tx));
                    }
                    open.remove(m.group(2));
                }
            }
        }
        for (String what : List.of("class dashboard", "act recording")) {
            Map<Boolean, List<Long>> byMode = new HashMap<>();
            Map<String, Map<Boolean, List<Long>>> perStatement = new HashMap<>();
            for (Tx tx : txs) {
                if (!tx.kind().equals(what)) {
                    continue;
                }
                WINDOWS.stream().filter(w -> w.what().equals(what) && !tx.end().isBefore(w.from()) && !tx.end().isAfter(w.to().plusMillis(5)))
                        .findFirst()
                        .ifPresent(w -> {
                            byMode.computeIfAbsent(w.rls(), k -> new ArrayList<>()).add((long) (tx.ms() * 1e6));
                            for (Object[] st : tx.statements()) {
                                String key = st[2] + " " + ((String) st[1]).substring(0, Math.min(60, ((String) st[1]).length()));
                                perStatement.computeIfAbsent(key, k -> new HashMap<>())
                                        .computeIfAbsent(w.rls(), k -> new ArrayList<>()).add((long) ((Double) st[0] * 1e6));
                            }
                        });
            }
            List<Long> on = byMode.getOrDefault(true, List.of());
            List<Long> off = byMode.getOrDefault(false, List.of());
            if (on.isEmpty() || off.isEmpty()) {
                System.out.println("BENCHMARK SQL layer, " + what + ": no transactions found in " + pgLog);
                continue;
            }
            report(what + ", RLS on (SQL layer: PostgreSQL's statement times per transaction)", on);
            report(what + ", RLS off (SQL layer: PostgreSQL's statement times per transaction)", off);
            System.out.printf(Locale.ROOT, "BENCHMARK RLS cost, %s, SQL layer: median on %.3f ms / off %.3f ms = %.3fx; p95 on/off %.3fx%n",
                    what, pct(on, 50) / 1e6, pct(off, 50) / 1e6, (double) pct(on, 50) / pct(off, 50), (double) pct(on, 95) / pct(off, 95));
            // where the difference is: each statement's phase (parse, bind = planning, execute), mean per transaction
            int nOn = on.size();
            int nOff = off.size();
            perStatement.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), new double[] {
                            e.getValue().getOrDefault(true, List.of()).stream().mapToLong(Long::longValue).sum() / 1e6 / nOn,
                            e.getValue().getOrDefault(false, List.of()).stream().mapToLong(Long::longValue).sum() / 1e6 / nOff}))
                    .sorted((a, b) -> Double.compare(b.getValue()[0] - b.getValue()[1], a.getValue()[0] - a.getValue()[1]))
                    .limit(8)
                    .forEach(e -> System.out.printf(Locale.ROOT, "BENCHMARK   %s statement, mean ms per transaction on %.3f / off %.3f: %s%n", what,
                            e.getValue()[0], e.getValue()[1], e.getKey().replace('\n', ' ')));
            if (what.equals("class dashboard")) {
                verdict("class dashboard at the SQL layer p95 (RLS on)", pct(on, 95), 5);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Row-level security on or off on every table that has a policy, as the owner, between rounds. */
    static void rls(boolean on) {
        try (Connection c = TestDatabase.ownerConnection(TestDatabase.urlOf(DB)); Statement s = c.createStatement()) {
            s.execute("""
                    do $$ declare t text; begin
                      for t in select distinct c.relname from pg_class c join pg_policy p on p.polrelid = c.oid
                               where c.relnamespace = 'public'::regnamespace
                      loop execute format('alter table %I MODE row level security', t); end loop;
                    end $$""".replace("MODE", on ? "enable" : "disable"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static @Nullable Path pgLog() {
        String configured = System.getProperty("benchmark.pglog");
        if (configured != null) {
            return Files.isReadable(Path.of(configured)) ? Path.of(configured) : null;
        }
        try (Stream<Path> files = Files.list(Path.of("/var/log/postgresql"))) {
            return files.filter(p -> p.getFileName().toString().matches("postgresql-.*-main\\.log") && Files.isReadable(p))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    static List<Long> time(int n, DashboardBenchmarkIT.Action action) {
        return DashboardBenchmarkIT.time(n, action);
    }

    /** Signs in as a staff member of any school (the look-up must not run in the previous person's school). */
    void signIn(long staffId) {
        fixtures.signOut();
        fixtures.signIn(staffId);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long pct(List<Long> times, int p) {
        return DashboardBenchmarkIT.pct(times, p);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static void report(String what, List<Long> times) {
        DashboardBenchmarkIT.report(what, times);
    }

    static void verdict(String what, long nanos, double targetMs) {
        System.out.printf(Locale.ROOT, "BENCHMARK target %s: %.2f ms, target <= %.0f ms: %s%n", what, nanos / 1e6, targetMs,
                nanos <= targetMs * 1e6 ? "met" : "NOT met");
    }
}
