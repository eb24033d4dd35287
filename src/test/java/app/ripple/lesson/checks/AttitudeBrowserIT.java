package app.ripple.lesson.checks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.classroom.TabletService;
import app.ripple.lesson.attitude.BuiltInInstruments;
import app.ripple.lesson.checks.AttitudeRecords.Phase;
import app.ripple.school.SchoolService;
import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.Fixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attitude checks end to end in a real browser: a student answers a check on the class tablet
 * (touch, 768 × 1024) with big picture buttons and is signed out after the thank-you; the teacher
 * sees the class section and the consent screen; the coordinator the instrument registry. Data is
 * made through the real services without importing fixtures, so the browser tests share a context.
 */
class AttitudeBrowserIT extends BrowserTest {

    static final String SKS = BuiltInInstruments.SCHOOL_KINDNESS_SCALE.id();
    static final String TEACHER_EMAIL = "tess@test.example";

    @Autowired SchoolService school;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;
    @Autowired ConsentService consent;
    @Autowired CheckService checks;

    long classId;
    String token;
    long ana;
    long ben;
    long check;

    @BeforeEach
    void classWithAnOpenCheck() {
        fixtures.reset();
        long coordinator = fixtures.school();
        fixtures.signIn(coordinator);
        long term = school.addTerm("Autumn 2026", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20)).id();
        long teacher = fixtures.teacher("Tess Teacher", TEACHER_EMAIL);
        fixtures.signIn(teacher);
        classId = classes.create(new ClassRecords.ClassForm("4B", AgeBand.AGES_9_11, term, List.of(teacher), 60));
        token = tablets.bind(classId, "Tablet").token();
        ana = roster.addStudent(classId, new ClassRecords.StudentForm("Ana P.", null, null));
        ben = roster.addStudent(classId, new ClassRecords.StudentForm("Ben Q.", null, null));
        consent.record(classId, ana, SKS, true);
        check = checks.open(classId, SKS, Phase.PRE);
        fixtures.signOut();
    }

    @Test
    void aStudentAnswersACheckOnTheTabletOneStatementPerScreen() {
        newContext(contextOptions(768, 1024).setHasTouch(true).setIsMobile(false));
        context.addCookies(List.of(new Cookie("ripple_tablet", token).setDomain("localhost").setPath("/").setHttpOnly(true)));
        open("/kiosk");
        page.locator("#kiosk-avatars").waitFor();
        tap("kiosk-avatar-" + ana);
        page.locator("#kiosk-picture-pad").waitFor();
        String password = fixtures.jdbc().sql("select picture_password from student where id = ?").param(ana).query(String.class).single();
        for (String picture : password.split(",")) {
            tap("kiosk-picture-" + picture);
        }
        page.locator("#student-home").waitFor();
        assertThat(page.locator("#attitude-check")).containsText("A few questions from your teacher");
        // The challenge's act recording is still there, below the card.
        assertThat(page.locator("#record-act")).isAttached();
        assertNoSeriousAccessibilityViolations();

        tap("attitude-start");
        assertThat(page.locator("#attitude-statement")).hasText("The adults in my school model kindness");
        for (int v = 1; v <= 5; v++) {
            Locator button = page.locator("#attitude-answer-" + v);
            assertThat(button.locator("img")).isVisible();
            BoundingBox box = button.boundingBox();
            assertThat(box.width).as("answer %d width", v).isGreaterThanOrEqualTo(48);
            assertThat(box.height).as("answer %d height", v).isGreaterThanOrEqualTo(48);
        }
        assertNoSeriousAccessibilityViolations();
        // For a look by eye (not compared): target/attitude-tablet.png.
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/attitude-tablet.png")));
        int[] answers = {5, 4, 4, 5, 3};
        for (int i = 0; i < answers.length; i++) {
            assertThat(page.locator("#attitude-progress")).hasText("Question " + (i + 1) + " of 5");
            tap("attitude-answer-" + answers[i]);
        }
        assertThat(page.locator("#attitude-thanks")).containsText("Thank you!");
        assertNoSeriousAccessibilityViolations();
        // Signed out in the round trip that saved the answers; the browser returns to the avatars after the thank-you.
        assertThat(page.locator("#kiosk-avatars")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(15_000));

        assertThat(fixtures.jdbc().sql("select answers::int[] from attitude_response where check_id = ?").param(check)
                .query((rs, n) -> (Integer[]) rs.getArray(1).getArray()).single()).containsExactly(5, 4, 4, 5, 3);
        assertThat(fixtures.jdbc().sql("select student_id from attitude_check_done").query(Long.class).single()).isEqualTo(ana);
    }

    @Test
    void theTeacherSeesTheSectionAndRecordsConsentAndTheCoordinatorTheRegistry() {
        signIn(TEACHER_EMAIL, Fixtures.PASSWORD);
        open("/classes/" + classId);
        Locator card = page.locator("#attitude-check-" + check);
        assertThat(card).containsText("Not answered yet: Ana P.");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target/attitude-class-page.png")));
        assertNoSeriousAccessibilityViolations();

        open("/classes/" + classId + "/consent");
        page.locator("#consent-" + ben).getByText("Yes").click();
        assertThat(page.locator("#consent-offered-" + ben)).hasText("Will be offered the check");
        assertNoSeriousAccessibilityViolations();
        assertThat(fixtures.jdbc().sql("select consent from attitude_consent where student_id = ?").param(ben).query(Boolean.class)
                .single()).isTrue();

        open("/instruments/" + SKS + "/preview");
        assertThat(page.locator("#preview-statements li")).hasCount(5);
        assertNoSeriousAccessibilityViolations();

        newContext(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        signIn(Fixtures.COORDINATOR_EMAIL, Fixtures.PASSWORD);
        open("/school/instruments");
        assertThat(page.locator("#instrument-validated-ripple-stigma-check")).hasText("Not a validated instrument");
        assertNoSeriousAccessibilityViolations();
    }

    private void tap(String id) {
        Locator target = page.locator("#" + id);
        assertThat(target).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(20_000));
        target.tap();
    }
}
