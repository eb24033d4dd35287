package app.ripple.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Content-Security-Policy against what people actually run: the production jar
 * ({@code target/ripple-*.jar}, built by {@code package}, Vaadin in production mode with its
 * pre-built bundle), started with {@code java -jar} by the same JDK as this test, on a throwaway
 * PostgreSQL database that is created here and dropped at the end. {@link SecurityHeadersBrowserIT}
 * checks the same in the test app (Vaadin development mode), whose scripts differ.
 * <p>
 * One JVM start for the class: the demo profile fills the empty database (a coordinator, classes,
 * students); the test adds a tablet with a known token. Debian's Chromium then walks sign-in, staff
 * pages with a dialog and the class tablet while every {@code securitypolicyviolation} event and
 * CSP console message is collected; there must be none. The headers are checked on raw responses.
 * <p>
 * Failsafe runs it after {@code package} in {@code ./mvnw verify}. Run alone (after a package):
 * {@code ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ProductionJarBrowserIT}.
 * Without a jar it fails with that instruction rather than skipping.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionJarBrowserIT {

    static final String DEMO_COORDINATOR = "coordinator@example.org";
    static final String DEMO_PASSWORD = "ripple-demo-2026";
    static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    /** A CSP violation reported by the page itself (the policy is enforced, so nothing runs that broke it). */
    static final String LISTEN_FOR_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => {
              (window.__cspViolations = window.__cspViolations || []).push(
                e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || '') + ':' + e.lineNumber);
            });""";

    static String database;
    static Process app;
    static Path log;
    static int port;
    static Playwright playwright;
    static Browser browser;

    static final List<String> violations = new CopyOnWriteArrayList<>();
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void startTheProductionJar() throws Exception {
        Path jar = productionJar();
        assertThat(productionMode(jar)).as(jar + " is built in Vaadin production mode (flow-build-info.json)").isTrue();
        database = "ripple_prodit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        admin("create database " + database);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        log = Paths.get("target", "production-jar-it.log");
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        // -XX:TieredStopAtLevel=1 only makes the JIT start faster; the jar and its configuration are as shipped.
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--server.port=" + port,
                "--management.server.port=0",
                "--spring.profiles.active=demo",
                "--spring.datasource.url=" + jdbcUrl(database),
                "--spring.flyway.user=" + env("RIPPLE_TEST_DB_USER", "postgres"),
                "--spring.flyway.password=" + env("RIPPLE_TEST_DB_PASSWORD", ""),
                "--spring.datasource.username=ripple_app",
                "--spring.datasource.password=",
                "--ripple.db.bootstrap=false",
                "--ripple.retention.cron=-",
                // the demo school's attitude checks create a pseudonym key: in this run's file, not the user's home
                "--ripple.pseudonym.key-file=" + System.getProperty("ripple.pseudonym.key-file",
                        Paths.get("target", "production-jar-it-pseudonym.key").toAbsolutePath().toString()));
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Instant started = Instant.now();
        app = pb.start();
        waitForLogin(started);
        long login = Duration.between(started, Instant.now()).toMillis();
        waitForDemoSchool(started);
        System.out.println("Production jar " + jar.getFileName() + " answered /login after " + login + " ms, demo school ready after "
                + Duration.between(started, Instant.now()).toMillis() + " ms");

        Path chromium = Paths.get(env("RIPPLE_TEST_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            fail("Browser tests need Chromium at " + chromium + " (apt-get install chromium, or set RIPPLE_TEST_CHROMIUM)");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } finally {
            try {
                if (app != null) {
                    app.destroy();
                    if (!app.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                        app.destroyForcibly().waitFor();
                    }
                }
            } finally {
                if (database != null) {
                    admin("drop database if exists " + database + " with (force)");
                }
            }
        }
    }

    @Test
    @Order(1)
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/login", "/kiosk", "/", "/classes", "/VAADIN/")) {
            SecurityHeadersBrowserIT.assertSecurityHeaders(path, http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        HttpResponse<String> tls = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).header("X-Forwarded-Proto", "https")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tls.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000 ; includeSubDomains");
        assertThat(tls.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("Secure").contains("HttpOnly"));
    }

    @Test
    @Order(2)
    void signInAndStaffPagesRunWithoutCspViolations() throws Exception {
        long classId = queryLong("select min(id) from school_class");
        try (BrowserContext context = newContext(false)) {
            Page page = watched(context);
            page.navigate(url("/login"));
            page.locator("#login-form").waitFor();
            page.locator("#login-form vaadin-text-field[name=username] input").fill(DEMO_COORDINATOR);
            page.locator("#login-form vaadin-password-field[name=password] input").fill(DEMO_PASSWORD);
            page.locator("#login-form vaadin-button[slot=submit]").click();
            page.locator("#home-view").waitFor();
            assertThat(context.cookies()).extracting(c -> c.name).doesNotContain("remember-me");
            // Self-check: the policy is enforced and a violation is seen (an image from elsewhere is refused).
            page.evaluate("() => { const i = document.createElement('img'); i.src = 'https://example.invalid/probe.png';"
                    + " document.body.appendChild(i); }");
            page.waitForTimeout(300);
            collect(page);
            assertThat(violations).as("the deliberate probe is reported").anyMatch(v -> v.contains("img-src") && v.contains("probe.png"));
            violations.clear();
            for (String[] view : new String[][] {{"/classes", "#classes-view"}, {"/classes/" + classId, "#roster-grid"},
                    {"/school/settings", "#school-settings-view"}, {"/school/privacy", "#privacy-view"},
                    {"/school/instruments", "#instruments-view"}, {"/school", "#school-overview"}}) {
                page.navigate(url(view[0]));
                page.locator(view[1]).first().waitFor();
                page.waitForTimeout(300);
                collect(page);
            }
            // A dialog (an overlay the server opens) and the side navigation.
            page.navigate(url("/classes/" + classId));
            page.locator("#challenge-new").click();
            page.locator("#challenge-dialog").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            page.waitForTimeout(500);
            collect(page);
        }
        assertThat(violations).as("CSP violations on the production jar's staff pages").isEmpty();
    }

    @Test
    @Order(3)
    void theClassTabletRunsWithoutCspViolations() throws Exception {
        long classId = queryLong("select min(id) from school_class");
        long studentId = queryLong("select min(id) from student where class_id = " + classId);
        String pictures = queryString("select picture_password from student where id = " + studentId);
        String token = "prod-it-" + UUID.randomUUID();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        exec("insert into class_tablet (class_id, name, token_hash, created_at, last_seen_at, school_id) select " + classId
                + ", 'Production IT tablet', '" + hash + "', now(), now(), school_id from school_class where id = " + classId);
        try (BrowserContext context = newContext(true)) {
            context.addCookies(List.of(new Cookie("ripple_tablet", token).setDomain("localhost").setPath("/").setHttpOnly(true)));
            Page page = watched(context);
            page.navigate(url("/kiosk"));
            page.locator("#kiosk-avatars").waitFor();
            page.locator("#kiosk-avatar-" + studentId).tap();
            page.locator("#kiosk-picture-pad").waitFor();
            for (String picture : pictures.split(",")) {
                page.locator("#kiosk-picture-" + picture).tap();
            }
            page.locator("#student-home").waitFor();
            page.waitForTimeout(500);
            collect(page);
        }
        assertThat(violations).as("CSP violations on the production jar's class tablet").isEmpty();
    }

    // ---- helpers ----

    private static BrowserContext newContext(boolean tablet) {
        BrowserContext context = browser.newContext(tablet
                ? new Browser.NewContextOptions().setViewportSize(768, 1024).setHasTouch(true).setLocale("en-GB")
                : new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en-GB"));
        context.setDefaultTimeout(20_000);
        context.addInitScript(LISTEN_FOR_VIOLATIONS);
        return context;
    }

    /** A page whose CSP console messages and page errors are collected. */
    private static Page watched(BrowserContext context) {
        violations.clear();
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                violations.add(page.url() + ": " + m.text());
            }
        });
        page.onPageError(e -> {
            if (e.contains("Content Security Policy") || e.contains("EvalError")) {
                violations.add(page.url() + ": " + e);
            }
        });
        return page;
    }

    /** Adds what the page's securitypolicyviolation listener saw since the last look. */
    @SuppressWarnings("unchecked")
    private static void collect(Page page) {
        Object seen = page.evaluate("() => { const v = window.__cspViolations || []; window.__cspViolations = []; return v; }");
        if (seen instanceof List<?> list) {
            list.forEach(v -> violations.add(page.url() + ": " + v));
        }
    }

    static Path productionJar() throws IOException {
        Path target = Paths.get("target");
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (var files = Files.list(target)) {
                files.filter(p -> p.getFileName().toString().matches("ripple-.*\\.jar")).forEach(jars::add);
            }
        }
        if (jars.isEmpty()) {
            fail("No production jar target/ripple-*.jar. This test checks the jar that `package` builds: run it with "
                    + "`./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ProductionJarBrowserIT` "
                    + "(failsafe runs after package), or `./mvnw -B -DskipTests package` first.");
        }
        return jars.getFirst();
    }

    /** Vaadin writes productionMode into the build info it packs into the jar. */
    static boolean productionMode(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            for (String name : List.of("BOOT-INF/classes/META-INF/VAADIN/config/flow-build-info.json",
                    "META-INF/VAADIN/config/flow-build-info.json")) {
                ZipEntry e = j.getEntry(name);
                if (e != null) {
                    try (InputStream in = j.getInputStream(e)) {
                        String info = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(" ", "");
                        return info.contains("\"productionMode\":true");
                    }
                }
            }
        }
        return false;
    }

    private static void waitForLogin(Instant started) throws Exception {
        while (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) < 0) {
            if (!app.isAlive()) {
                fail("The production jar exited with " + app.exitValue() + " before answering /login:\n" + tail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).timeout(Duration.ofSeconds(2)).GET()
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fail("The production jar did not answer /login within " + START_TIMEOUT.toSeconds() + " s:\n" + tail());
    }

    /** The demo school is filled in just after the app starts listening; wait for its classes' tablets (the last rows). */
    private static void waitForDemoSchool(Instant started) throws Exception {
        while (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) < 0) {
            try (Connection c = connect(database); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from class_tablet")) {
                if (rs.next() && rs.getLong(1) > 0) {
                    return;
                }
            } catch (SQLException e) {
                // the table is not there yet
            }
            Thread.sleep(200);
        }
        fail("The demo school was not created within " + START_TIMEOUT.toSeconds() + " s:\n" + tail());
    }

    private static String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String jdbcUrl(String db) {
        return "jdbc:postgresql://" + env("RIPPLE_TEST_DB_HOST", "127.0.0.1") + ":" + env("RIPPLE_TEST_DB_PORT", "5432") + "/" + db;
    }

    private static Connection connect(String db) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", env("RIPPLE_TEST_DB_USER", "postgres"));
        if (!env("RIPPLE_TEST_DB_PASSWORD", "").isEmpty()) {
            p.setProperty("password", env("RIPPLE_TEST_DB_PASSWORD", ""));
        }
        return DriverManager.getConnection(jdbcUrl(db), p);
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void exec(String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long queryLong(String sql) throws SQLException {
        return Long.parseLong(queryString(sql));
    }

    private static String queryString(String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next() || rs.getString(1) == null) {
                throw new IllegalStateException("The demo school has no data for: " + sql);
            }
            return rs.getString(1);
        }
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
