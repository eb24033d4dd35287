package app.ripple.school;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.Fixtures;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two coordinators set up Ripple at the same time (on two nodes, say): the one who submits second
 * reads why nothing was created and finds the way to sign in, in a real browser.
 */
class SetupRaceBrowserIT extends BrowserTest {

    @BeforeEach
    void freshInstallation() {
        fixtures.reset();
    }

    @Test
    void theSecondCoordinatorIsToldThatSomebodyElseSetRippleUpAndSignsInInstead() {
        newContext(contextOptions(DESKTOP_WIDTH, DESKTOP_HEIGHT).setTimezoneId("Europe/Madrid"));
        open("/setup");
        page.locator("#setup-view").waitFor();
        assertThat(page.locator("#setup-time-zone input")).hasValue("Europe/Madrid");
        page.locator("#setup-school-name input").fill("Second School");
        page.locator("#setup-coordinator-name input").fill("Late Larry");
        page.locator("#setup-email input").fill("larry@school.example");
        page.locator("#setup-password input").fill(Fixtures.PASSWORD);

        // Meanwhile the first coordinator finished (through another node).
        fixtures.school();
        page.locator("#setup-create").click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Ripple has just been set up by someone else");
        assertThat(page.locator("#setup-create")).isDisabled();
        assertNoSeriousAccessibilityViolations();
        assertThat(fixtures.jdbc().sql("select count(*) from staff_account where email = 'larry@school.example'")
                .query(Long.class).single()).isZero();

        page.locator("#setup-sign-in").click();
        page.locator("#login-view").waitFor();
        signIn(Fixtures.COORDINATOR_EMAIL, Fixtures.PASSWORD);
        assertThat(page.locator("#school-name")).hasText("Test School");
    }
}
