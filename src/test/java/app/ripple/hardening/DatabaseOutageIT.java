package app.ripple.hardening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import app.ripple.Application;
import app.ripple.testsupport.Required;

/**
 * The database goes away in the middle of a lesson and comes back. Ripple runs as an application of
 * its own (not a test context: real clock, its own port) on a private PostgreSQL cluster ({@link PrivatePostgres}; the shared server is
 * left alone), filled with the demo school. A student on a class tablet saves one act, writes a
 * second, and the database stops before she taps save: she gets a clear message, her entry stays on
 * screen with "Try again", and another tablet opening Ripple sees a "cannot reach its database"
 * page instead of an error. The database starts again: within 10 seconds "Try again" saves the act,
 * without restarting Ripple, and both acts are in the database exactly once.
 */
class DatabaseOutageIT {

    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("RIPPLE_TEST_CHROMIUM", "/usr/bin/chromium"));
    static final String TOKEN = "outage-test-tablet-token-0123456789abcdefghijklmnop";

    PrivatePostgres pg;
    ConfigurableApplicationContext app;
    /**
     * Spring Security keeps one static holder strategy per JVM and each Vaadin application replaces it
     * with its own; put back the one the browser tests' shared context uses, or their fixtures would
     * sign in where that context's services do not look.
     */
    org.springframework.security.core.context.SecurityContextHolderStrategy savedStrategy;
    int port;
    Playwright playwright;
    Browser browser;

    @BeforeEach
    void startDatabaseAndApp() throws Exception {
        PrivatePostgres.unavailableBecause().ifPresent(reason -> Required.tool(false, "database outage test: " + reason));
        Required.tool(Files.isExecutable(CHROMIUM), "database outage test: no Chromium at " + CHROMIUM);
        pg = PrivatePostgres.start();
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        savedStrategy = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        // Ripple in this JVM but as an application of its own (not a test context): real clock, demo
        // school, its own port. Command-line arguments outrank the test JVM's database system properties.
        app = new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.profiles.active=demo",
                "--spring.datasource.url=" + pg.jdbcUrl("ripple"), "--spring.flyway.user=postgres", "--spring.flyway.password=",
                "--spring.datasource.username=ripple_app", "--spring.datasource.password=", "--ripple.db.bootstrap=true", "--management.server.port=0");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "0"));
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
        if (savedStrategy != null) {
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(savedStrategy);
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void aStudentsEntrySurvivesADatabaseOutageAndIsSavedOnceItIsBack() throws Exception {
        long classId = single("select id from school_class order by id limit 1");
        long student = single("select id from student where class_id = " + classId + " and active order by id limit 1");
        String[] password = text("select picture_password from student where id = " + student).split(",");
        update("insert into class_tablet (class_id, name, token_hash, created_at, school_id)"
                + " select c.id, 'Outage tablet', ?, now(), c.school_id from school_class c where c.id = ?",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(TOKEN.getBytes(StandardCharsets.UTF_8))), classId);
        long before = single("select count(*) from kindness_act");

        BrowserContext tablet = tablet();
        Page page = tablet.newPage();
        signIn(page, student, password);
        ownWords(page, "First act, saved before the outage");
        page.locator("#record-save").tap();
        page.locator("#record-thanks").waitFor();
        page.locator("#kiosk-avatars").waitFor(new Locator.WaitForOptions().setTimeout(20_000));

        signIn(page, student, password);
        ownWords(page, "Second act, written during the outage");

        pg.stopServer();
        page.locator("#record-save").tap();
        assertThat(page.locator("#record-error")).hasText("We could not save it just now. Your act is still here: tap “Try again”.",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("#record-save")).hasText("Try again");
        assertThat(page.locator("#record-save")).isEnabled();
        assertThat(page.locator("#student-home")).isVisible();

        // The load balancer's readiness check takes this node out while its database is away; liveness stays up.
        assertThat(awaitProbe("readiness", 503)).as("readiness while PostgreSQL is down").isEqualTo(503);
        assertThat(probe("liveness")).as("liveness while PostgreSQL is down").isEqualTo(200);

        // Another tablet opening Ripple meanwhile gets a clear page, not a stack trace.
        BrowserContext other = tablet();
        Page otherPage = other.newPage();
        otherPage.navigate(url("/kiosk"));
        assertThat(otherPage.locator("#database-unavailable")).containsText("Ripple cannot reach its database",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

        pg.startServer();
        Instant back = Instant.now();
        boolean saved = false;
        while (!saved && Duration.between(back, Instant.now()).toMillis() < 10_000) {
            Locator save = page.locator("#record-save");
            if (save.count() > 0 && save.isEnabled()) {
                save.tap();
            }
            try {
                page.locator("#record-thanks").waitFor(new Locator.WaitForOptions().setTimeout(2_000));
                saved = true;
            } catch (com.microsoft.playwright.TimeoutError e) {
                // still failing: tap "Try again" again, as a student would
            }
        }
        long recoveredMs = Duration.between(back, Instant.now()).toMillis();
        System.out.println("Database outage: act saved " + recoveredMs + " ms after PostgreSQL accepted connections again");
        assertThat(saved).as("saved within 10 s of the database returning (took %d ms)", recoveredMs).isTrue();

        assertThat(awaitProbe("readiness", 200)).as("readiness once PostgreSQL is back").isEqualTo(200);
        otherPage.locator("#database-unavailable-retry").click();
        otherPage.locator("#kiosk-avatars").waitFor(new Locator.WaitForOptions().setTimeout(20_000));

        assertThat(single("select count(*) from kindness_act")).isEqualTo(before + 2);
        assertThat(texts("select own_text from kindness_act where student_id = " + student + " and own_text is not null order by id"))
                .containsSubsequence("First act, saved before the outage", "Second act, written during the outage")
                .filteredOn(t -> t.startsWith("Second act")).hasSize(1);
        assertThat(app.isActive()).as("the same Ripple application, never restarted").isTrue();
    }

    /** A health probe on the management port (docs/deploy.md): its HTTP status. */
    private int probe(String which) throws Exception {
        int management = Integer.parseInt(app.getEnvironment().getProperty("local.management.port", "0"));
        var http = java.net.http.HttpClient.newHttpClient();
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + management
                + "/actuator/health/" + which)).timeout(Duration.ofSeconds(15)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Polls a probe for up to 30 s until it answers {@code status}; returns the last status seen. */
    private int awaitProbe(String which, int status) throws Exception {
        Instant until = Instant.now().plusSeconds(30);
        int seen = probe(which);
        while (seen != status && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            seen = probe(which);
        }
        return seen;
    }

    private BrowserContext tablet() {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(768, 1024).setHasTouch(true)
                .setLocale("en-GB"));
        c.setDefaultTimeout(20_000);
        c.addCookies(List.of(new Cookie("ripple_tablet", TOKEN).setDomain("localhost").setPath("/").setHttpOnly(true)));
        return c;
    }

    private void signIn(Page page, long student, String[] password) {
        if (!page.url().endsWith("/kiosk")) {
            page.navigate(url("/kiosk"));
        }
        page.locator("#kiosk-avatar-" + student).tap();
        for (String picture : password) {
            page.locator("#kiosk-picture-" + picture).tap();
        }
        page.locator("#student-home").waitFor();
    }

    /** Own words for a classmate, up to the last screen with the save button. */
    private static void ownWords(Page page, String text) {
        page.locator("#record-own-words").tap();
        page.locator("#record-own-text").fill(text);
        page.locator("#record-own-next").tap();
        page.locator("#record-for-CLASSMATE").tap();
        page.locator("#record-save").waitFor();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Connection db() throws Exception {
        return DriverManager.getConnection(pg.jdbcUrl("ripple"), "postgres", "");
    }

    private long single(String sql) throws Exception {
        try (Connection c = db(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String sql) throws Exception {
        return texts(sql).getFirst();
    }

    private List<String> texts(String sql) throws Exception {
        try (Connection c = db(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private void update(String sql, Object... params) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
