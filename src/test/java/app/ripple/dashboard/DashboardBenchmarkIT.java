package app.ripple.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.dashboard.DashboardRecords.DateRange;
import app.ripple.testsupport.UidlClient;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleBrowserTest;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Dashboards over a generated school of 1,000,000 acts in 500 classes ({@link DashboardDataset}):
 * <ol>
 *   <li>class dashboard data (every query of {@link ClassDashboardService#classDashboard}, a term of data)
 *   and the school overview, timed at the service/SQL layer, next to a bare {@code select 1} round
 *   trip for scale;</li>
 *   <li>dashboard navigation round trips through Vaadin's own protocol over HTTP (staff sign-in
 *   through the login form with Spring's CSRF token, UIDL with CSRF token, clientId and syncId):
 *   each {@code ui-navigate} to another class's dashboard is one POST whose answer holds the
 *   rendered charts;</li>
 *   <li>heap per signed-in session left on a class dashboard, after full GCs, as
 *   {@code KioskMemoryBenchmarkIT} measures it.</li>
 * </ol>
 * Skipped unless {@code -Dbenchmark=true}; run {@code bench/dashboard.sh}. See docs/benchmarks.md.
 */
@RippleBrowserTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBenchmarkIT {

    static DashboardDataset.@Nullable Summary data;

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired HomeCardService homeCards;
    @Autowired ClassDashboardService classDashboards;
    @Autowired SchoolOverviewService overview;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    DashboardDataset.Summary data() {
        if (data == null) {
            int classes = Integer.getInteger("benchmark.classes", 500);
            int acts = Integer.getInteger("benchmark.acts", 1_000_000);
            data = DashboardDataset.generate(fixtures, classes, acts);
            System.out.printf("BENCHMARK dataset: %,d acts in %d classes generated in %d s%n", data.acts(), classes,
                    data.took().toSeconds());
        }
        return data;
    }

    @Test
    @Order(1)
    void classDashboardDataAndSchoolOverviewAtTheSqlLayer() {
        DashboardDataset.Summary d = data();
        int classes = Integer.getInteger("benchmark.classes", 500);
        DateRange term = new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18));
        Random random = new Random(42);
        // select 1 through the same JdbcClient: the floor of one round trip
        List<Long> floor = time(500, i -> fixtures.jdbc().sql("select 1").query(Integer.class).single());
        // a coordinator may read every class: no need to switch users per class
        fixtures.signIn(d.coordinatorId());
        time(100, i -> classDashboards.classDashboard(d.firstClassId() + random.nextInt(classes), term)); // warm-up
        List<Long> dashboard = time(Integer.getInteger("benchmark.iterations", 1000),
                i -> classDashboards.classDashboard(d.firstClassId() + random.nextInt(classes), term));
        var one = classDashboards.classDashboard(d.firstClassId(), term);
        System.out.printf("BENCHMARK sample class: %d acts in the term, %d weeks, %d students, %d lesson rows%n", one.acts(),
                one.weeks().size(), one.students(), one.lessonsPerStudent().size());
        time(5, i -> overview.schoolOverview(d.termId()));
        List<Long> school = time(Integer.getInteger("benchmark.schoolIterations", 50), i -> overview.schoolOverview(d.termId()));
        fixtures.signOut();
        report("select 1 round trip", floor);
        report("class dashboard data, whole service call (term, all queries, JDBC + SQL)", dashboard);
        report("school overview (" + classes + " classes, term)", school);
        System.out.printf(Locale.ROOT, "BENCHMARK ratio class dashboard p50 / select 1 p50: %.1f%n",
                (double) pct(dashboard, 50) / pct(floor, 50));
        // The target (p95 <= 5 ms "at the SQL layer") is PostgreSQL's own time for these statements, which
        // bench/dashboard-sql.sh reads from the server's log; this figure adds JDBC, Spring and the JVM.
        assertThat(pct(dashboard, 50)).as("class dashboard service call p50").isLessThanOrEqualTo(ms(25));
        assertThat(pct(school, 95)).as("school overview p95").isLessThanOrEqualTo(ms(100));
    }

    @Test
    @Order(2)
    void dashboardNavigationRoundTripThroughTheUiProtocol() throws Exception {
        DashboardDataset.Summary d = data();
        UidlClient c = signedIn("teacher1@bench.example");
        c.init("classes/" + d.firstClassId() + "/dashboard", 1280, 800);
        List<Long> times = new ArrayList<>();
        int n = Integer.getInteger("benchmark.navigations", 300);
        for (int i = 0; i < n + 20; i++) {
            long classId = d.firstClassId() + (i % DashboardDataset.CLASSES_PER_TEACHER);
            long t0 = System.nanoTime();
            c.navigate("classes/" + classId + "/dashboard");
            long t = System.nanoTime() - t0;
            c.expect("chart-weeks-svg");
            c.expect("Class 00" + (classId - d.firstClassId() + 1));
            if (i >= 20) {
                times.add(t);
            }
        }
        report("dashboard navigation round trip (UIDL over HTTP)", times);
        System.out.printf("BENCHMARK last navigation response: %,d bytes%n", c.lastResponse().length());
        // kept for a look at what the response is made of
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "dashboard-navigation-response.json"), c.lastResponse());
        assertThat(pct(times, 95)).as("navigation p95").isLessThanOrEqualTo(ms(150));
    }

    @Test
    @Order(3)
    void memoryPerDashboardSession() throws Exception {
        DashboardDataset.Summary d = data();
        int sessions = Integer.getInteger("benchmark.sessions", 100);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        List<UidlClient> keep = new ArrayList<>();
        for (int i = 0; i < 10; i++) { // warm-up, stays in the baseline
            keep.add(onDashboard(d, i));
        }
        List<Long> perSession = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            long before = heapAfterGc();
            for (int i = 0; i < sessions; i++) {
                keep.add(onDashboard(d, i));
            }
            long after = heapAfterGc();
            long bytes = (after - before) / sessions;
            perSession.add(bytes);
            System.out.printf("BENCHMARK memory round %d: %d sessions on a class dashboard; heap after GC %,d -> %,d; %,d bytes per session%n",
                    round, sessions, before, after, bytes);
        }
        long median = perSession.stream().sorted().toList().get(perSession.size() / 2);
        System.out.printf("BENCHMARK memory median of %d rounds: %,d bytes per dashboard session (runs %s)%n", rounds, median,
                perSession);
        assertThat(keep).hasSize(10 + sessions * rounds);
        assertThat(median).isLessThanOrEqualTo(400 * 1024);
    }

    private UidlClient onDashboard(DashboardDataset.Summary d, int i) throws Exception {
        int teacher = 1 + i % 20;
        UidlClient c = signedIn("teacher" + teacher + "@bench.example");
        long classId = d.firstClassId() + (teacher - 1) * DashboardDataset.CLASSES_PER_TEACHER;
        c.init("classes/" + classId + "/dashboard", 1280, 800);
        c.navigate("classes/" + classId + "/dashboard");
        c.expect("chart-weeks-svg");
        c.forget(); // keep only what a real client keeps
        return c;
    }

    private UidlClient signedIn(String email) throws Exception {
        return new UidlClient(http, port, false).signIn(email, Fixtures.PASSWORD);
    }

    // ---------------------------------------------------------------- timing

    interface Action {
        void run(int i) throws Exception;
    }

    static List<Long> time(int n, Action action) {
        List<Long> times = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            try {
                action.run(i);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            times.add(System.nanoTime() - t0);
        }
        return times;
    }

    static long pct(List<Long> times, int p) {
        List<Long> sorted = times.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static long ms(double ms) {
        return (long) (ms * 1_000_000);
    }

    static void report(String what, List<Long> times) {
        System.out.printf(Locale.ROOT, "BENCHMARK %s: n=%d p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                times.size(), pct(times, 50) / 1e6, pct(times, 95) / 1e6, pct(times, 99) / 1e6, pct(times, 100) / 1e6);
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
