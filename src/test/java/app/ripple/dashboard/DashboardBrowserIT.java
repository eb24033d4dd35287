package app.ripple.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.Fixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dashboards in a real browser at desktop and tablet widths: the charts become visible, their
 * data tables open, and axe-core finds no serious or critical violation. Screenshots go to
 * {@code target/screenshots/}.
 */
class DashboardBrowserIT extends BrowserTest {

    static final int TABLET_WIDTH = 768;
    static final int TABLET_HEIGHT = 1024;

    DashboardFixtures f;

    @BeforeEach
    void school() {
        f = new DashboardFixtures(fixtures).build();
        fixtures.signOut();
    }

    @Test
    void aTeacherSeesHerClassCardAndTheClassDashboardChartsAtDesktopWidth() {
        signIn("tess@test.example", Fixtures.PASSWORD);
        Locator card = page.locator("#home-card-" + f.robins);
        assertThat(card).isVisible();
        assertThat(card).containsText("3 acts this week (last week: 2)");
        assertNoSeriousAccessibilityViolations();

        card.locator("#home-card-" + f.robins + "-dashboard").click();
        page.locator("#class-dashboard").waitFor();
        chartsAreVisible("chart-weeks", "chart-mix");
        assertThat(page.locator("#dashboard-quiet-list")).containsText("Dora P.");
        assertThat(page.locator("#dashboard-lessons-table")).isVisible();
        // the accessible alternative: the same numbers in a table
        page.locator("#chart-mix summary").click();
        assertThat(page.locator("#chart-mix-table")).isVisible();
        assertThat(page.locator("#chart-mix-table")).containsText("Kind to others");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/class-dashboard.png")).setFullPage(true));
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void theClassDashboardFitsATablet() {
        newContext(TABLET_WIDTH, TABLET_HEIGHT);
        signIn("tess@test.example", Fixtures.PASSWORD);
        open("/classes/" + f.robins + "/dashboard");
        page.locator("#class-dashboard").waitFor();
        chartsAreVisible("chart-weeks", "chart-mix");
        double width = page.locator("#chart-weeks-svg svg").boundingBox().width;
        assertThat(width).isLessThanOrEqualTo(TABLET_WIDTH);
        // no sideways scrolling of the page
        Object scroll = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
        assertThat(scroll).isEqualTo(true);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/class-dashboard-tablet.png"))
                .setFullPage(true));
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void aCoordinatorSeesTheSchoolOverview() {
        signIn(Fixtures.COORDINATOR_EMAIL, Fixtures.PASSWORD);
        open("/school");
        page.locator("#school-overview").waitFor();
        assertThat(page.locator("#school-grid")).isVisible();
        chartsAreVisible("chart-school-weeks", "chart-school-completion");
        assertThat(page.locator("#school-csv")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/school-overview.png")).setFullPage(true));
        assertNoSeriousAccessibilityViolations();
    }

    private void chartsAreVisible(String... ids) {
        for (String id : ids) {
            Locator svg = page.locator("#" + id + "-svg svg");
            assertThat(svg).isVisible();
            assertThat(svg).hasAttribute("role", "img");
            assertThat(svg.boundingBox().height).isGreaterThan(100);
            assertThat(page.locator("#" + id + "-summary")).isVisible();
        }
    }

    /**
     * The README's home, dashboard and school overview pictures, on request:
     * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DashboardBrowserIT -Dripple.screenshots=true}.
     */
    @Test
    void screenshotsForTheDocs() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("ripple.screenshots"), "screenshots only on request");
        signIn("tess@test.example", Fixtures.PASSWORD);
        page.locator("#home-card-" + f.robins).waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screenshot-home.png")));
        open("/classes/" + f.robins + "/dashboard");
        page.locator("#class-dashboard").waitFor();
        chartsAreVisible("chart-weeks", "chart-mix");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screenshot-dashboard.png")));
        newContext(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        signIn(Fixtures.COORDINATOR_EMAIL, Fixtures.PASSWORD);
        open("/school");
        page.locator("#school-overview").waitFor();
        chartsAreVisible("chart-school-weeks", "chart-school-completion");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screenshot-school-overview.png")));
    }

}
