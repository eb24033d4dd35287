package app.ripple.school;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassService;
import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.Fixtures;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A district in a real browser (docs/district.md): the district administrator adds a school and
 * appoints its coordinator, reads the overview and downloads its CSV and PDF; the new coordinator
 * sees their own empty school only; a coordinator probing another school's class id gets the page a
 * missing id gets; and a first run that sets up a district. axe-core checks the district's pages.
 * <p>
 * The docs' pictures ({@code docs/district-*.png}), on request:
 * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DistrictBrowserIT -Dripple.screenshots=true}
 * (the first-run picture; the district's pages are taken on the demo district by
 * {@link DistrictScreenshotsBrowserIT}).
 */
class DistrictBrowserIT extends BrowserTest {

    static final String ADMIN_EMAIL = "dana@district.example";
    static final String HILLSIDE_COORDINATOR = "hillside@test.example";

    @Autowired ClassService classes;

    long testSchool;
    long hillside;
    long robins;
    long owls;

    /** Test School (class Robins) and Hillside Academy (class Owls), and the district administrator. */
    void district() {
        fixtures.reset();
        fixtures.school();
        testSchool = fixtures.jdbc().sql("select id from school where name = 'Test School'").query(Long.class).single();
        long tess = fixtures.teacher("Tess Teacher", "tess@test.example");
        fixtures.signIn(tess);
        robins = classes.create(new ClassForm("Robins", AgeBand.AGES_9_11, null, List.of(tess), 60));

        fixtures.signOut();
        hillside = fixtures.otherSchool("Hillside Academy", HILLSIDE_COORDINATOR);
        long hal = fixtures.jdbc().sql("""
                insert into staff_account (school_id, name, email, password_hash, role, language, active, must_change_password, created_at)
                select ?, 'Hal Hillside', 'hal@hillside.example', password_hash, 'TEACHER', 'en', true, false, ?
                from staff_account where email = ? returning id""")
                .params(hillside, Timestamp.valueOf("2026-01-01 00:00:00"), HILLSIDE_COORDINATOR).query(Long.class).single();
        fixtures.signIn(hal);
        owls = classes.create(new ClassForm("Owls", AgeBand.AGES_9_11, null, List.of(hal), 60));

        fixtures.signOut();
        fixtures.districtAdmin(ADMIN_EMAIL);
    }

    @Test
    void theDistrictAdministratorAddsASchoolAndItsCoordinatorSeesOnlyThatSchool() throws Exception {
        district();

        // Signing in lands a district administrator on the district's schools.
        signInTo(ADMIN_EMAIL, Fixtures.PASSWORD, "#district-schools-view");
        assertThat(page).hasURL(path("/district"));
        assertThat(page.locator("#district-schools")).containsText("Hillside Academy");
        assertNoSeriousAccessibilityViolations();

        page.locator("#district-school-name input").fill("Brookside Primary");
        Locator zone = page.locator("#district-school-time-zone input");
        zone.fill("Europe/Dublin");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Europe/Dublin")).click();
        assertThat(zone).hasValue("Europe/Dublin");
        page.locator("#district-school-create").click();
        assertThat(page.locator("#district-schools")).containsText("Brookside Primary");
        long brookside = fixtures.jdbc().sql("select id from school where name = 'Brookside Primary'").query(Long.class).single();
        assertThat(fixtures.jdbc().sql("select time_zone from school where id = ?").param(brookside).query(String.class).single())
                .isEqualTo("Europe/Dublin");

        // Appoint its coordinator: without email set up, a one-time password to hand over.
        page.locator("#district-school-coordinators-" + brookside).click();
        assertThat(page.locator("#district-coordinators-card")).containsText("Brookside Primary");
        page.locator("#district-coordinator-name input").fill("Bea Brook");
        page.locator("#district-coordinator-email input").fill("bea@brookside.example");
        page.locator("#district-coordinator-appoint").click();
        Locator otp = page.locator("#district-one-time-password");
        assertThat(otp).isVisible();
        String oneTimePassword = otp.textContent().strip();
        assertThat(page.locator("#district-coordinators")).containsText("bea@brookside.example");
        assertNoSeriousAccessibilityViolations();
        assertThat(fixtures.jdbc().sql("select school_id from staff_account where email = 'bea@brookside.example'")
                .query(Long.class).single()).isEqualTo(brookside);

        // The overview: every open school, alphabetically, and its two downloads.
        open("/district/overview");
        page.locator("#district-overview").waitFor();
        assertThat(page.locator("#district-grid")).containsText("Brookside Primary");
        assertNoSeriousAccessibilityViolations();
        Download csv = page.waitForDownload(() -> page.locator("#district-csv").click());
        String text = new String(Files.readAllBytes(csv.path()), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(1 + 3);
        assertThat(rows.get(0).get(0)).isEqualTo("School");
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)))
                .containsExactly("Brookside Primary", "Hillside Academy", "Test School");
        Download pdf = page.waitForDownload(() -> page.locator("#district-pdf").click());
        byte[] pdfBytes = Files.readAllBytes(pdf.path());
        assertThat(pdfBytes.length).isGreaterThan(1000);
        assertThat(new String(pdfBytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        open("/district/settings");
        page.locator("#district-settings-view").waitFor();
        assertNoSeriousAccessibilityViolations();

        // The new coordinator, in a browser of their own: the one-time password, then a new one.
        newContext(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        signInTo("bea@brookside.example", oneTimePassword, "#account-view");
        assertThat(page.locator("#account-must-change")).isVisible();
        page.locator("#account-current-password input").fill(oneTimePassword);
        page.locator("#account-new-password input").fill(Fixtures.PASSWORD);
        page.locator("#account-repeat-password input").fill(Fixtures.PASSWORD);
        page.locator("#account-change-password").click();
        page.locator("#home-view").waitFor();
        assertThat(page.locator("#school-name")).hasText("Brookside Primary");
        assertThat(page.locator("#home-classes")).not().containsText("Robins");
        open("/classes");
        page.locator("#classes-view").waitFor();
        assertThat(page.locator("#classes-empty")).isVisible();
        assertThat(page.locator("#classes-view")).not().containsText("Robins");
        assertThat(page.locator("#classes-view")).not().containsText("Owls");
        String missing = notFoundPage(999_999_999L);
        assertThat(notFoundPage(robins)).isEqualTo(missing);

        // Test School's coordinator probing Hillside's class gets exactly what a missing id gets.
        newContext(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        signIn(Fixtures.COORDINATOR_EMAIL, Fixtures.PASSWORD);
        open("/classes/" + robins);
        page.locator("#class-view").waitFor();
        assertThat(notFoundPage(owls)).isEqualTo(notFoundPage(999_999_999L));
    }

    @Test
    void aFirstRunSetsUpADistrictAndItsAdministratorLandsOnTheSchools() {
        fixtures.reset();
        newContext(contextOptions(DESKTOP_WIDTH, DESKTOP_HEIGHT).setTimezoneId("Europe/London"));
        open("/");
        page.locator("#setup-view").waitFor();
        assertThat(page.locator("#setup-time-zone input")).hasValue("Europe/London");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("A district")).check();
        Locator districtName = page.locator("#setup-district-name input");
        assertThat(districtName).isVisible();
        districtName.fill("Lakeside Schools Trust");
        page.locator("#setup-coordinator-name input").fill("Dana Whitfield");
        page.locator("#setup-email input").fill("dana@lakeside.example");
        page.locator("#setup-password input").fill(Fixtures.PASSWORD);
        page.locator("#setup-school-name input").fill("Lakeside Primary");
        assertNoSeriousAccessibilityViolations();
        if (Boolean.getBoolean("ripple.screenshots")) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/district-first-run.png")).setFullPage(true));
        }
        page.locator("#setup-create").click();

        page.locator("#login-view").waitFor();
        assertThat(fixtures.jdbc().sql("select role from staff_account where email = 'dana@lakeside.example'")
                .query(String.class).single()).isEqualTo("DISTRICT_ADMIN");
        signInTo("dana@lakeside.example", Fixtures.PASSWORD, "#district-schools-view");
        assertThat(page).hasURL(path("/district"));
        assertThat(page.locator("#district-schools-view h1")).containsText("Lakeside Schools Trust");
        assertThat(page.locator("#district-schools")).containsText("Lakeside Primary");
        assertNoSeriousAccessibilityViolations();
    }

    /** Signs in through the login form and waits for the page the person lands on. */
    private void signInTo(String email, String password, String landing) {
        open("/login");
        page.locator("#login-form").waitFor();
        page.locator("#login-form vaadin-text-field[name=username] input").fill(email);
        page.locator("#login-form vaadin-password-field[name=password] input").fill(password);
        page.locator("#login-form vaadin-button[slot=submit]").click();
        page.locator(landing).waitFor();
    }

    /** The text of a class page that is not there, with the id made neutral so two answers compare. */
    private String notFoundPage(long classId) {
        open("/classes/" + classId);
        page.waitForLoadState();
        assertThat(page.locator("#class-view")).hasCount(0);
        Locator body = page.locator("body");
        assertThat(body).containsText("classes/" + classId);
        return body.innerText().replace(Long.toString(classId), "ID");
    }
}
