package app.ripple.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.dashboard.DashboardRecords.DateRange;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleBrowserTest;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Dashboards over a generated school of 1,000,000 acts in 500 classes ({@link DashboardDataset}):
 * <ol>
 *   <li>class dashboard data (every query of {@link DashboardService#classDashboard}, a term of data)
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

    static final ObjectMapper JSON = new ObjectMapper();
    static DashboardDataset.@Nullable Summary data;

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired DashboardService dashboards;

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
        time(100, i -> dashboards.classDashboard(d.firstClassId() + random.nextInt(classes), term)); // warm-up
        List<Long> dashboard = time(Integer.getInteger("benchmark.iterations", 1000),
                i -> dashboards.classDashboard(d.firstClassId() + random.nextInt(classes), term));
        var one = dashboards.classDashboard(d.firstClassId(), term);
        System.out.printf("BENCHMARK sample class: %d acts in the term, %d weeks, %d students, %d lesson rows%n", one.acts(),
                one.weeks().size(), one.students(), one.lessonsPerStudent().size());
        time(5, i -> dashboards.schoolOverview(d.termId()));
        List<Long> school = time(Integer.getInteger("benchmark.schoolIterations", 50), i -> dashboards.schoolOverview(d.termId()));
        fixtures.signOut();
        report("select 1 round trip", floor);
        report("class dashboard data (term, all queries)", dashboard);
        report("school overview (" + classes + " classes, term)", school);
        System.out.printf(Locale.ROOT, "BENCHMARK ratio class dashboard p50 / select 1 p50: %.1f%n",
                (double) pct(dashboard, 50) / pct(floor, 50));
        assertThat(pct(dashboard, 95)).as("class dashboard p95").isLessThanOrEqualTo(ms(5));
        assertThat(pct(school, 95)).as("school overview p95").isLessThanOrEqualTo(ms(100));
    }

    @Test
    @Order(2)
    void dashboardNavigationRoundTripThroughTheUiProtocol() throws Exception {
        DashboardDataset.Summary d = data();
        Client c = signedIn("teacher1@bench.example");
        c.init("classes/" + d.firstClassId() + "/dashboard");
        List<Long> times = new ArrayList<>();
        int n = Integer.getInteger("benchmark.navigations", 300);
        for (int i = 0; i < n + 20; i++) {
            long classId = d.firstClassId() + (i % DashboardDataset.CLASSES_PER_TEACHER);
            long t0 = System.nanoTime();
            c.navigate("classes/" + classId + "/dashboard");
            long t = System.nanoTime() - t0;
            if (!c.lastResponse.contains("chart-weeks-svg") || !c.lastResponse.contains("Class 00" + (classId - d.firstClassId() + 1))) {
                throw new AssertionError("not a dashboard: " + c.lastResponse.substring(0, Math.min(2000, c.lastResponse.length())));
            }
            if (i >= 20) {
                times.add(t);
            }
        }
        report("dashboard navigation round trip (UIDL over HTTP)", times);
        System.out.printf("BENCHMARK last navigation response: %,d bytes%n", c.lastResponse.length());
        // kept for a look at what the response is made of
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "dashboard-navigation-response.json"), c.lastResponse);
        assertThat(pct(times, 95)).as("navigation p95").isLessThanOrEqualTo(ms(150));
    }

    @Test
    @Order(3)
    void memoryPerDashboardSession() throws Exception {
        DashboardDataset.Summary d = data();
        int sessions = Integer.getInteger("benchmark.sessions", 100);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        List<Client> keep = new ArrayList<>();
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
        assertThat(keep.getLast().lastResponse).contains("chart-weeks-svg");
        assertThat(median).isLessThanOrEqualTo(400 * 1024);
    }

    private Client onDashboard(DashboardDataset.Summary d, int i) throws Exception {
        int teacher = 1 + i % 20;
        Client c = signedIn("teacher" + teacher + "@bench.example");
        long classId = d.firstClassId() + (teacher - 1) * DashboardDataset.CLASSES_PER_TEACHER;
        c.init("classes/" + classId + "/dashboard");
        c.navigate("classes/" + classId + "/dashboard");
        if (!c.lastResponse.contains("chart-weeks-svg")) {
            throw new AssertionError("not on the dashboard: " + c.lastResponse);
        }
        c.lastResponse = "chart-weeks-svg"; // keep only what a real client keeps
        return c;
    }

    // ---------------------------------------------------------------- HTTP client speaking Vaadin's protocol

    private Client signedIn(String email) throws Exception {
        Client c = new Client();
        HttpResponse<String> page = http.send(c.get("/login"), HttpResponse.BodyHandlers.ofString());
        c.cookies(page);
        String token = meta(page.body(), "_csrf");
        String header = meta(page.body(), "_csrf_header");
        String parameter = meta(page.body(), "_csrf_parameter");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)
                + (token == null ? "" : "&" + (parameter == null ? "_csrf" : parameter) + "=" + token);
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(url("/login"))).header("Cookie", c.cookieHeader())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null && header != null) {
            post.header(header, token);
        }
        HttpResponse<String> r = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        c.cookies(r);
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("sign-in failed: HTTP " + r.statusCode() + " " + location + " " + r.body());
        }
        return c;
    }

    private static @Nullable String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    final class Client {
        final Map<String, String> cookies = new HashMap<>();
        int uiId;
        String csrf = "";
        int syncId;
        int clientId;
        String lastResponse = "";

        HttpRequest get(String path) {
            return HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookieHeader()).GET().build();
        }

        String cookieHeader() {
            StringBuilder s = new StringBuilder();
            cookies.forEach((k, v) -> s.append(s.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            return s.isEmpty() ? "x=y" : s.toString();
        }

        void cookies(HttpResponse<?> r) {
            for (String c : r.headers().allValues("Set-Cookie")) {
                int eq = c.indexOf('=');
                int end = c.indexOf(';');
                cookies.put(c.substring(0, eq), c.substring(eq + 1, end < 0 ? c.length() : end));
            }
        }

        void init(String route) throws Exception {
            HttpResponse<String> r = http.send(get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                    + "&query=&v-sw=1280&v-sh=800&v-wn=bench&v-td=true"), HttpResponse.BodyHandlers.ofString());
            cookies(r);
            JsonNode appConfig = JSON.readTree(r.body()).path("appConfig");
            uiId = appConfig.path("v-uiId").asInt();
            JsonNode uidl = appConfig.path("uidl");
            csrf = uidl.path("Vaadin-Security-Key").asString();
            syncId = uidl.path("syncId").asInt(0);
            if (csrf.isEmpty()) {
                throw new AssertionError("unexpected init response: " + r.body());
            }
        }

        void navigate(String route) throws Exception {
            send("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                    + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
        }

        void send(String rpc) throws Exception {
            String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId + ",\"clientId\":"
                    + clientId + "}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(url("/?v-r=uidl&v-uiId=" + uiId)))
                    .header("Cookie", cookieHeader()).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            cookies(r);
            String text = r.body();
            if (r.statusCode() != 200) {
                throw new AssertionError("HTTP " + r.statusCode() + ": " + text);
            }
            if (text.startsWith("for(;;);")) {
                text = text.substring("for(;;);".length());
            }
            lastResponse = text;
            JsonNode json = JSON.readTree(text);
            JsonNode message = json.isArray() ? json.get(0) : json;
            if (message.has("syncId")) {
                syncId = message.get("syncId").asInt();
            }
            clientId++;
        }
    }

    // ---------------------------------------------------------------- timing

    interface Action {
        void run(int i) throws Exception;
    }

    private static List<Long> time(int n, Action action) {
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
