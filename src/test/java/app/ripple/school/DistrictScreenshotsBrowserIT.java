package app.ripple.school;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.TestDatabase;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pictures of docs/district.md ({@code docs/district-schools.png}, {@code district-overview.png},
 * {@code district-settings.png}), taken on the demo district (a database of its own, built at start
 * by the demo profile), on request only:
 * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DistrictScreenshotsBrowserIT -Dripple.screenshots=true}.
 * The first-run picture is taken by {@link DistrictBrowserIT}.
 */
@EnabledIfSystemProperty(named = "ripple.screenshots", matches = "true")
@ActiveProfiles("demo")
@DirtiesContext
class DistrictScreenshotsBrowserIT extends BrowserTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.useOwn(registry, "districtshots");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
    }

    @AfterAll
    static void dropDatabase() {
        TestDatabase.dropOwn("districtshots");
    }

    @Test
    void screenshotsForTheDocs() {
        open("/login");
        page.locator("#login-form").waitFor();
        page.locator("#login-form vaadin-text-field[name=username] input").fill(DemoSchool.DISTRICT_ADMIN);
        page.locator("#login-form vaadin-password-field[name=password] input").fill(DemoSchool.PASSWORD);
        page.locator("#login-form vaadin-button[slot=submit]").click();
        page.locator("#district-schools-view").waitFor();
        assertThat(page.locator("#district-schools")).containsText("Hillside Academy (demo)");
        page.locator("#district-schools vaadin-button").first().click();
        assertThat(page.locator("#district-coordinators-card")).isVisible();
        shot("docs/district-schools.png");

        open("/district/overview");
        page.locator("#district-overview").waitFor();
        assertThat(page.locator("#district-grid")).containsText("Escuela Río Claro (demo)");
        shot("docs/district-overview.png");

        open("/district/settings");
        page.locator("#district-settings-view").waitFor();
        shot("docs/district-settings.png");
    }

    private void shot(String file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(file)));
    }
}
