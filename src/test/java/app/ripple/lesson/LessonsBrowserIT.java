package app.ripple.lesson;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.lesson.LessonRecords.Participation;
import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.TestClockConfig;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lessons end to end in a real browser: a teacher records a planned lesson as delivered and marks
 * participation with one tap per student; the presenter follows the arrow keys. Data is made
 * through the real services, so this class shares its Spring context with the other browser tests.
 */
class LessonsBrowserIT extends BrowserTest {

    static final String TEACHER_EMAIL = "tess@test.example";

    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired DeliveryService deliveries;

    long teacher;
    long classId;
    long ana;
    long ben;
    long cleo;
    long plan;

    @BeforeEach
    void classWithAPlan() {
        fixtures.reset();
        fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", TEACHER_EMAIL);
        fixtures.clock().set(LocalDate.of(2026, 10, 1).atTime(9, 0).atZone(ZoneId.of("Europe/Madrid")).toInstant());
        fixtures.signIn(teacher);
        classId = classes.create(new ClassRecords.ClassForm("4B", AgeBand.AGES_9_11, null, List.of(teacher), 60));
        ana = roster.addStudent(classId, new ClassRecords.StudentForm("Ana P.", null, null));
        ben = roster.addStudent(classId, new ClassRecords.StudentForm("Ben Q.", null, null));
        cleo = roster.addStudent(classId, new ClassRecords.StudentForm("Cleo R.", null, null));
        fixtures.clock().set(TestClockConfig.START);
        plan = deliveries.plan(classId, "myths_and_facts", LocalDate.of(2026, 11, 25));
        deliveries.plan(classId, "words_matter", LocalDate.of(2026, 12, 2));
        fixtures.signOut();
    }

    @Test
    void aTeacherRecordsAPlannedLessonAndMarksParticipationWithOneTapEach() {
        signIn(TEACHER_EMAIL, Fixtures.PASSWORD);
        open("/classes/" + classId);
        page.locator("#lessons-plan-progress").waitFor();
        assertThat(page.locator("#lessons-plan-progress")).containsText("Term plan: 0 of 2 lessons delivered");
        assertNoSeriousAccessibilityViolations();

        page.locator("#lessons-plan-record-" + plan).click();
        page.locator("#delivery-view").waitFor();
        assertThat(page.locator("#delivery-lesson input")).hasValue("Mental health: myths and facts");
        page.locator("#delivery-minutes input").fill("35");
        page.locator("#delivery-notes textarea").fill("Good questions about **myths**.");
        assertNoSeriousAccessibilityViolations();
        page.locator("#delivery-save").click();

        page.locator("#participation-list").waitFor();
        assertThat(page.locator("#participation-" + ben + "-PARTICIPATED")).hasAttribute("aria-pressed", "true");
        page.locator("#participation-" + ben + "-ABSENT").click();
        assertThat(page.locator("#participation-" + ben + "-ABSENT")).hasAttribute("aria-pressed", "true");
        page.locator("#participation-" + cleo + "-PRESENT").click();
        assertThat(page.locator("#participation-" + cleo + "-PRESENT")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#participation-makeup-" + ben)).isVisible();
        assertNoSeriousAccessibilityViolations();

        long delivery = fixtures.jdbc().sql("select id from lesson_delivery").query(Long.class).single();
        fixtures.signIn(teacher);
        assertThat(deliveries.participation(delivery)).extracting(LessonRecords.ParticipationRow::status)
                .containsExactly(Participation.PARTICIPATED, Participation.ABSENT, Participation.PRESENT);
        assertThat(deliveries.delivery(delivery).minutes()).isEqualTo(35);
        fixtures.signOut();

        page.locator("#participation-done").click();
        page.locator("#lessons-plan-progress").waitFor();
        assertThat(page.locator("#lessons-plan-progress")).containsText("Term plan: 1 of 2 lessons delivered (50%)");
        assertThat(page.locator("#lessons-makeups")).containsText("Ben Q.");
        assertThat(page.locator("#lessons-doses")).containsText("Ana P.");
        page.locator("#lessons-makeup-done-" + delivery + "-" + ben).click();
        assertThat(page.locator("#lessons-makeups")).containsText("No make-ups waiting.");
    }

    @Test
    void thePresenterShowsOneStepAtATimeAndFollowsTheArrowKeys() {
        signIn(TEACHER_EMAIL, Fixtures.PASSWORD);
        open("/lessons/words_matter");
        page.locator("#lesson-view").waitFor();
        assertNoSeriousAccessibilityViolations();
        page.locator("#lesson-present").click();
        page.locator("#presenter-view").waitFor();
        assertThat(page.locator("#presenter-position")).hasText("Step 1 of 5");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#presenter-position")).hasText("Step 2 of 5");
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("#presenter-position")).hasText("Step 1 of 5");
        page.locator("#presenter-next").click();
        assertThat(page.locator("#presenter-position")).hasText("Step 2 of 5");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void theLibraryPassesTheAccessibilityCheck() {
        signIn(TEACHER_EMAIL, Fixtures.PASSWORD);
        open("/lessons");
        page.locator("#lessons-list").waitFor();
        assertThat(page.locator("#lesson-card-noas_story")).isVisible();
        assertNoSeriousAccessibilityViolations();
    }

    /**
     * Screenshots for the docs, skipped unless asked for:
     * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LessonsBrowserIT -Dripple.screenshots=true}.
     */
    @Test
    void screenshotsForTheDocs() {
        Assumptions.assumeTrue(Boolean.getBoolean("ripple.screenshots"), "screenshots only on request");
        fixtures.signIn(teacher);
        long d = deliveries.record(classId, new LessonRecords.DeliveryForm(plan, null, LocalDate.of(2026, 11, 25), 40,
                java.util.EnumSet.of(EvidenceComponent.FACTS, EvidenceComponent.DISCUSSION), ""));
        deliveries.setParticipation(d, ben, Participation.ABSENT);
        fixtures.signOut();
        signIn(TEACHER_EMAIL, Fixtures.PASSWORD);
        open("/classes/" + classId + "/deliveries/" + d);
        page.locator("#participation-list").waitFor();
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screenshot-participation.png")));
        open("/lessons/noas_story/present");
        page.locator("#presenter-view").waitFor();
        page.keyboard().press("ArrowRight");
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screenshot-presenter.png")));
    }
}
