package app.ripple.testsupport;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for end-to-end tests in a real browser. Name subclasses {@code *BrowserIT}: failsafe runs
 * them in {@code ./mvnw verify}, after the fast tests.
 * <p>
 * Debian's Chromium is driven headless: Playwright may not download a browser of its own here
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 is set by the pom). Starting Chromium costs about a second,
 * so there is one browser per test class and a fresh context (cookies, storage) per test.
 * <p>
 * Vaadin renders views on the client after the page has loaded, so tests wait for elements
 * ({@code page.locator("#setup-view").waitFor()}), never for load events.
 */
@RippleBrowserTest
public abstract class BrowserTest {

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 800;

    /** Chromium's location, overridable for machines that install it elsewhere. */
    static final Path CHROMIUM = Paths.get(env("RIPPLE_TEST_CHROMIUM", "/usr/bin/chromium"));

    /** axe-core impacts that fail a test; "minor" and "moderate" ones are only printed. */
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private static @Nullable Playwright playwright;
    private static @Nullable Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected Fixtures fixtures;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
                    + " (apt-get install chromium, or set RIPPLE_TEST_CHROMIUM)");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                // No sandbox: CI runs as root. The rest keeps Chromium off the network and quiet.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openContext() {
        newContext(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    /** Replaces the current context with a fresh one (no cookies) of the given viewport size. */
    protected void newContext(int width, int height) {
        newContext(contextOptions(width, height));
    }

    /** Replaces the current context with a fresh one made with these options. */
    protected void newContext(Browser.NewContextOptions options) {
        if (context != null) {
            context.close();
        }
        context = browser().newContext(options);
        // Vaadin's first load on a cold server can be slow on a busy 2-core machine.
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    /** The defaults of every context: the given viewport, British English. */
    protected static Browser.NewContextOptions contextOptions(int width, int height) {
        return new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-GB");
    }

    protected String url(String path) {
        return "http://localhost:" + port + (path.startsWith("/") ? path : "/" + path);
    }

    /** Opens a path of the app; wait for an element of the expected view afterwards. */
    protected void open(String path) {
        page.navigate(url(path));
    }

    /**
     * A pattern matching this app path, for {@code assertThat(page).hasURL(path("/login"))}, which
     * retries: Vaadin updates the address bar after it has rendered a forwarded view.
     */
    protected Pattern path(String path) {
        // Playwright matches in JavaScript, which knows no \Q...\E quoting: escape by hand.
        String literal = url(path).replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
        return Pattern.compile("^" + literal + "(\\?.*)?$");
    }

    /**
     * Signs in through the real Vaadin login form (Spring Security handles the POST) and waits for
     * the staff home. The form's fields are Vaadin text fields named username and password.
     */
    protected void signIn(String email, String password) {
        open("/login");
        page.locator("#login-form").waitFor();
        page.locator("#login-form vaadin-text-field[name=username] input").fill(email);
        page.locator("#login-form vaadin-password-field[name=password] input").fill(password);
        page.locator("#login-form vaadin-button[slot=submit]").click();
        page.locator("#home-view").waitFor();
    }

    /**
     * Runs axe-core on the current page and fails on any violation of impact "serious" or
     * "critical", listing each with the offending elements. Milder findings are printed only.
     */
    protected void assertNoSeriousAccessibilityViolations() {
        AxeResults results = new AxeBuilder(page).analyze();
        if (results.isErrored()) {
            fail("axe-core failed on " + page.url() + ": " + results.getErrorMessage());
        }
        List<Rule> blocking = results.getViolations().stream()
                .filter(r -> r.getImpact() != null && BLOCKING_IMPACTS.contains(r.getImpact())).toList();
        List<Rule> other = results.getViolations().stream().filter(r -> !blocking.contains(r)).toList();
        if (!other.isEmpty()) {
            System.out.println("axe-core, not blocking, on " + page.url() + ":\n" + describe(other));
        }
        // "Incomplete" means axe could not decide (e.g. text over a gradient): worth a human look.
        List<Rule> undecided = results.getIncomplete().stream()
                .filter(r -> r.getImpact() != null && BLOCKING_IMPACTS.contains(r.getImpact())).toList();
        if (!undecided.isEmpty()) {
            System.out.println("axe-core could not decide, check by eye, on " + page.url() + ":\n" + describe(undecided));
        }
        if (!blocking.isEmpty()) {
            fail("axe-core found " + blocking.size() + " serious or critical violation(s) on " + page.url() + ":\n"
                    + describe(blocking));
        }
    }

    static String describe(List<Rule> rules) {
        StringBuilder s = new StringBuilder();
        for (Rule r : rules) {
            s.append("- [").append(r.getImpact()).append("] ").append(r.getId()).append(": ").append(r.getHelp())
                    .append(" (").append(r.getHelpUrl()).append(")\n");
            for (CheckedNode n : r.getNodes()) {
                s.append("    at ").append(n.getTarget()).append("\n      ").append(n.getHtml()).append("\n");
                if (n.getFailureSummary() != null) {
                    s.append("      ").append(n.getFailureSummary().replace("\n", "\n      ")).append("\n");
                }
            }
        }
        return s.toString();
    }

    private static Browser browser() {
        if (browser == null) {
            throw new IllegalStateException("The browser is not running");
        }
        return browser;
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
