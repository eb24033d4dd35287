package app.ripple;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.Fixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first minutes of a new installation, in a real browser: setup, sign-in, the shell. */
class FoundationBrowserIT extends BrowserTest {

    @BeforeEach
    void freshInstallation() {
        fixtures.reset();
    }

    @Test
    void aNewInstallationIsSetUpAndItsCoordinatorSignsIn() {
        // The setup view picks the browser's time zone; give the browser one that is not the server's.
        newContext(contextOptions(DESKTOP_WIDTH, DESKTOP_HEIGHT).setTimezoneId("Europe/Madrid"));

        open("/");
        page.locator("#setup-view").waitFor();
        assertThat(page).hasURL(path("/setup"));
        Locator zone = page.locator("#setup-time-zone input");
        // Once the browser's zone is shown, its round trip is over and cannot overwrite our choice.
        assertThat(zone).hasValue("Europe/Madrid");
        assertNoSeriousAccessibilityViolations();

        page.locator("#setup-school-name input").fill("Riverside Primary");
        zone.fill("America/Bogota");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("America/Bogota")).click();
        assertThat(zone).hasValue("America/Bogota");
        page.locator("#setup-language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
        page.locator("#setup-coordinator-name input").fill("Robin Rivera");
        page.locator("#setup-email input").fill("robin@riverside.example");
        page.locator("#setup-password input").fill(Fixtures.PASSWORD);
        page.locator("#setup-create").click();

        page.locator("#login-view").waitFor();
        assertThat(page).hasURL(path("/login"));
        assertThat(fixtures.jdbc().sql("select time_zone from school").query(String.class).single())
                .isEqualTo("America/Bogota");
        assertNoSeriousAccessibilityViolations();

        signIn("robin@riverside.example", Fixtures.PASSWORD);
        assertThat(page).hasURL(path("/"));
        assertThat(page.locator("#side-nav")).isVisible();
        assertThat(page.locator("#school-name")).hasText("Riverside Primary");
        assertThat(page.locator("#home-greeting")).hasText("Hello, Robin Rivera");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void theShellStillWorksOnASmallLaptop() {
        fixtures.school();
        newContext(1024, 768);
        signIn(Fixtures.COORDINATOR_EMAIL, Fixtures.PASSWORD);
        assertThat(page.locator("#school-name")).hasText("Test School");
        Locator nav = page.locator("#side-nav");
        if (!nav.isVisible()) {
            // At this width the drawer may collapse behind its toggle: it must open on demand.
            Locator toggle = page.locator("vaadin-drawer-toggle");
            assertThat(toggle).isVisible();
            toggle.click();
        }
        assertThat(nav).isVisible();
        assertThat(nav.locator("vaadin-side-nav-item").first()).isVisible();
        assertNoSeriousAccessibilityViolations();
    }
}
