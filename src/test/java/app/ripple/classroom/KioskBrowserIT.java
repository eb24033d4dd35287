package app.ripple.classroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.Fixtures;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The class tablet in a real browser at a tablet's size with touch: a teacher binds the device,
 * a student signs in with their avatar and three pictures, and the tablet signs them out by
 * itself when nobody touches it.
 */
class KioskBrowserIT extends BrowserTest {

    static final int TABLET_WIDTH = 768;
    static final int TABLET_HEIGHT = 1024;
    static final String TEACHER_EMAIL = "tess@test.example";

    @Autowired ClassService classes;
    @Autowired RosterService roster;

    long teacher;
    long classId;
    final List<Long> students = new ArrayList<>();
    long zoe;

    @BeforeEach
    void classOfFive() {
        fixtures.reset();
        fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", TEACHER_EMAIL);
        classId = ClassroomFixtures.classOf(fixtures, classes, teacher, "4B");
        students.clear();
        for (String name : List.of("Zoë K.", "Sam O.", "Priya N.", "Leo M.", "Ana R.")) {
            students.add(ClassroomFixtures.student(fixtures, roster, teacher, classId, name));
        }
        zoe = students.get(0);
        fixtures.signOut();
        newContext(tablet());
    }

    static Browser.NewContextOptions tablet() {
        return contextOptions(TABLET_WIDTH, TABLET_HEIGHT).setHasTouch(true).setIsMobile(false);
    }

    @Test
    void aTeacherBindsTheTabletAndAStudentSignsInWithPicturesThenIsSignedOutWhenIdle() {
        // Fake timers from the first page on, so the idle sign-out needs no real waiting.
        page.clock().install();
        bindThisDeviceAsTeacher();

        // The device now belongs to the class: the teacher is signed out here.
        open("/classes/" + classId);
        page.locator("#login-view").waitFor();
        assertThat(page).hasURL(path("/login"));

        open("/kiosk");
        Locator avatars = page.locator("#kiosk-avatars button");
        assertThat(avatars).hasCount(5);
        assertThat(page.locator("#kiosk-class-name")).hasText("4B");
        assertTouchTargets(avatars, 5);
        assertNoSeriousAccessibilityViolations();

        page.locator("#kiosk-avatar-" + zoe).tap();
        assertThat(page.locator("#kiosk-hello")).hasText("Hi, Zoë K.!");
        Locator pictures = page.locator("#kiosk-picture-pad button");
        assertTouchTargets(pictures, pictures.count());
        assertNoSeriousAccessibilityViolations();

        for (String picture : ClassroomFixtures.password(fixtures, zoe)) {
            page.locator("#kiosk-picture-" + picture).tap();
        }
        page.locator("#student-home").waitFor();
        assertThat(page).hasURL(path("/kiosk"));
        assertThat(page.locator("#student-hello")).hasText("Hi, Zoë K.!");
        assertNoSeriousAccessibilityViolations();

        // The class's idle time-out is 60 s. The fake clock still flows at real speed between our
        // steps (axe alone takes seconds), so a touch restarts the idle timer first, and the margins
        // leave a few real seconds: still signed in 55 s after the touch, signed out by 61 s.
        page.locator("#student-hello").tap();
        page.clock().fastForward(55_000);
        page.waitForTimeout(300); // real time for a (wrong) sign-out round trip to show, were there one
        assertThat(page.locator("#student-home")).isVisible();
        page.clock().fastForward(6_000);
        assertThat(page.locator("#kiosk-avatars")).isVisible();
        assertThat(page.locator("#student-home")).isHidden();
        assertThat(avatars).hasCount(5);
        // Signed out on the server too: a save sent now (as a late tap would) is refused.
        Object late = page.evaluate("() => document.getElementById('record-act') ? document.getElementById('record-act').$server"
                + ".save(0, 'lib:held_door', '', 'CLASSMATE', 0, 0) : 'out'");
        assertThat(late).isEqualTo("out");
    }

    @Autowired app.ripple.base.NodeDrain drain;

    /** haproxy's sticky cookie, as the load balancer would have set it (deploy/haproxy.cfg). */
    private void stickToANode() {
        context.addCookies(List.of(new Cookie("RIPPLE_NODE", "node1").setUrl(url("/"))));
        // A mark on this page that a reload wipes.
        page.evaluate("() => { window.__samePage = true; }");
    }

    private void awaitReloadAtTheAvatars() {
        page.waitForFunction("() => window.__samePage === undefined && document.querySelector('#kiosk-avatars button') !== null");
        assertThat(page).hasURL(path("/kiosk"));
        assertThat(page.locator("#kiosk-avatars button")).hasCount(5);
        org.assertj.core.api.Assertions.assertThat(context.cookies()).as("the sticky cookie is dropped: the reload picks another node")
                .noneMatch(c -> c.name.equals("RIPPLE_NODE"));
        org.assertj.core.api.Assertions.assertThat(context.cookies()).as("the tablet stays paired")
                .anyMatch(c -> c.name.equals(TabletTokens.COOKIE));
    }

    @Test
    void whenItsNodeDrainsATabletInUseMovesOnlyOnceTheStudentIsDone() {
        bindThisDeviceAsTeacher();
        stickToANode();
        drain.begin();
        try {
            page.locator("#kiosk-avatar-" + zoe).tap();
            for (String picture : ClassroomFixtures.password(fixtures, zoe)) {
                page.locator("#kiosk-picture-" + picture).tap();
            }
            page.locator("#student-home").waitFor();
            page.waitForTimeout(500);
            org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__samePage === true"))
                    .as("Zoë is signed in: the tablet stays on its node").isEqualTo(true);
            page.locator("#student-done").tap();
            awaitReloadAtTheAvatars();
        } finally {
            drain.end();
        }
    }

    @Test
    void whenItsNodeDrainsAnIdleTabletAsksWithinAMinuteAndMoves() {
        page.clock().install();
        bindThisDeviceAsTeacher();
        stickToANode();
        drain.begin();
        try {
            page.clock().fastForward(30_000);
            page.waitForTimeout(500);
            org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__samePage === true"))
                    .as("not asked yet").isEqualTo(true);
            page.clock().fastForward(KioskView.NODE_CHECK_SECONDS * 1000L);
            awaitReloadAtTheAvatars();
        } finally {
            drain.end();
        }
    }

    @Test
    void wrongPicturesGetAKindMessageAndThePadStays() {
        bindThisDeviceAsTeacher();
        long sam = students.get(1);
        page.locator("#kiosk-avatar-" + sam).tap();
        assertThat(page.locator("#kiosk-hello")).hasText("Hi, Sam O.!");
        List<String> wrong = new ArrayList<>(ClassroomFixtures.password(fixtures, sam));
        java.util.Collections.reverse(wrong);
        if (wrong.equals(ClassroomFixtures.password(fixtures, sam))) {
            wrong.set(0, wrong.get(1));
        }
        for (String picture : wrong) {
            page.locator("#kiosk-picture-" + picture).tap();
        }
        assertThat(page.locator("#kiosk-message")).hasText("Oops, that was not quite right. Try again!");
        assertThat(page.locator("#kiosk-picture-pad")).isVisible();
        assertThat(page.locator("#kiosk-hello")).hasText("Hi, Sam O.!");
        assertThat(page).hasURL(path("/kiosk"));
        assertThat(page.locator("#kiosk-dots")).hasAttribute("aria-label", "0 of 3 pictures tapped");
        assertNoSeriousAccessibilityViolations();

        // The right ones still work afterwards.
        for (String picture : ClassroomFixtures.password(fixtures, sam)) {
            page.locator("#kiosk-picture-" + picture).tap();
        }
        assertThat(page.locator("#student-hello")).hasText("Hi, Sam O.!");
    }

    @Test
    void aDeviceWithoutTheTabletCookieIsNotAClassTablet() {
        open("/kiosk");
        assertThat(page.locator("#kiosk-unknown")).isVisible();
        assertThat(page.locator("#kiosk-avatars")).hasCount(0);
        assertThat(page.locator("#kiosk-picture-pad")).hasCount(0);
        assertNoSeriousAccessibilityViolations();
        // Another device's cookie does not help either.
        context.addCookies(List.of(new Cookie(TabletTokens.COOKIE, "forged-token").setUrl(url("/"))));
        open("/kiosk");
        assertThat(page.locator("#kiosk-unknown")).isVisible();
    }

    /**
     * Screenshots for the docs, skipped unless asked for:
     * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=KioskBrowserIT -Dripple.screenshots=true}.
     */
    @Test
    void screenshotsForTheDocs() {
        Assumptions.assumeTrue(Boolean.getBoolean("ripple.screenshots"), "screenshots only on request");
        newContext(contextOptions(DESKTOP_WIDTH, DESKTOP_HEIGHT));
        signIn(TEACHER_EMAIL, Fixtures.PASSWORD);
        open("/classes/" + classId);
        page.locator("#roster-grid").waitFor();
        assertThat(page.locator("#roster-grid")).containsText("Zoë K.");
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/class-page.png")));
        // The tablet's screens: ChallengeBrowserIT.screenshotsForTheDocs.
    }

    /** Through the real class page: name the tablet, use this device, confirm; ends on the avatars. */
    private void bindThisDeviceAsTeacher() {
        signIn(TEACHER_EMAIL, Fixtures.PASSWORD);
        open("/classes/" + classId);
        Locator name = page.locator("#tablet-name input");
        name.fill("Reading corner");
        page.locator("#tablet-use-this-device").click();
        Locator confirm = page.locator("#tablet-confirm").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Use this device as a class tablet"));
        confirm.click();
        page.locator("#kiosk-avatars").waitFor();
        assertThat(page).hasURL(path("/kiosk"));
        assertThat(fixtures.jdbc().sql("select name from class_tablet where class_id = ?").param(classId)
                .query(String.class).list()).containsExactly("Reading corner");
        assertThat(context.cookies()).anyMatch(c -> c.name.equals(TabletTokens.COOKIE) && c.httpOnly);
    }

    /** Children's fingers: every target at least 48 × 48 CSS pixels. */
    private static void assertTouchTargets(Locator buttons, int expected) {
        assertThat(buttons.count()).isEqualTo(expected).isPositive();
        for (int i = 0; i < buttons.count(); i++) {
            BoundingBox box = buttons.nth(i).boundingBox();
            assertThat(box).as("bounding box of %s", buttons.nth(i).getAttribute("id")).isNotNull();
            assertThat(box.width).as("width of %s", buttons.nth(i).getAttribute("id")).isGreaterThanOrEqualTo(48);
            assertThat(box.height).as("height of %s", buttons.nth(i).getAttribute("id")).isGreaterThanOrEqualTo(48);
        }
    }
}
