package app.ripple.challenge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.classroom.TabletService;
import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.Fixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.Cookie;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The challenge feature end to end in a real browser: a student records an act on the class
 * tablet (touch, tablet viewport), a teacher approves own words and sees them on the wall.
 * <p>
 * Data is made through the real services, as in {@link ChallengeFixtures}, but without importing
 * it, so this class shares its Spring context with the other browser tests.
 */
class ChallengeBrowserIT extends BrowserTest {

    static final int TABLET_WIDTH = 768;
    static final int TABLET_HEIGHT = 1024;
    static final String TEACHER_EMAIL = "tess@test.example";

    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;
    @Autowired ChallengeService challenges;

    long teacher;
    long classId;
    String token;
    long ana;
    long ben;
    long cleo;
    /** Taps on the tablet since the counter was last reset. */
    int taps;

    @BeforeEach
    void classWithTabletAndRunningChallenge() {
        fixtures.reset();
        fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", TEACHER_EMAIL);
        fixtures.signIn(teacher);
        classId = classes.create(new ClassRecords.ClassForm("4B", AgeBand.AGES_9_11, null, List.of(teacher), 60));
        token = tablets.bind(classId, "Tablet").token();
        ana = roster.addStudent(classId, new ClassRecords.StudentForm("Ana P.", null, null));
        ben = roster.addStudent(classId, new ClassRecords.StudentForm("Ben Q.", null, null));
        cleo = roster.addStudent(classId, new ClassRecords.StudentForm("Cleo R.", null, null));
        // The test clock stands at 2026-11-25: the challenge runs from the 23rd to the 29th.
        LocalDate today = LocalDate.of(2026, 11, 25);
        challenges.create(classId, new ChallengeForm("Kindness week", "Let us fill the class with kindness.", today.minusDays(2),
                today.plusDays(4), 10, EnumSet.allOf(Category.class), List.of("lib:held_door", "lib:went_to_bed_on_time"), false,
                null));
        fixtures.signOut();
    }

    /**
     * Three taps after sign-in, at both tablet sizes, and the round trips the browser really sends:
     * one for the avatar and the three pictures together, one for the save (which signs out too).
     * Every screen starts at the top and fits without scrolling.
     */
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"768, 1024", "1024, 768"})
    void aStudentRecordsASuggestedActInThreeTapsAndTwoRoundTrips(int width, int height) {
        openTablet(width, height);
        assertThat(page.locator("#kiosk-progress")).containsText("Kindness week: 0 of 10 kind acts");
        assertFitsAtTheTop("avatars");
        int[] uidl = {0};
        page.onRequest(r -> {
            if (r.url().contains("v-r=uidl")) {
                uidl[0]++;
            }
        });

        signInOnTablet(ana);
        assertThat(uidl[0]).as("round trips for the avatar and three pictures").isEqualTo(1);
        assertFitsAtTheTop("space");
        taps = 0;
        assertNoSeriousAccessibilityViolations();

        tap("record-suggestion-lib-held_door");
        assertFitsAtTheTop("recipient");
        tap("record-for-CLASSMATE");
        assertFitsAtTheTop("finish");
        tap("record-save");
        assertThat(page.locator("#record-thanks")).isVisible();
        assertThat(taps).as("taps to choose and save a suggested act").isLessThanOrEqualTo(3);
        assertThat(uidl[0]).as("round trips from the avatar to the saved act, sign-out included").isEqualTo(2);
        assertNoSeriousAccessibilityViolations();

        // The browser returns to the avatars by itself a few seconds after saving, with the class goal moved on.
        assertThat(page.locator("#kiosk-avatars")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertThat(page.locator("#kiosk-progress")).containsText("Kindness week: 1 of 10 kind acts");
        assertThat(uidl[0]).as("no round trip for the thank-you or the way back").isEqualTo(2);
        assertThat(page).hasURL(path("/kiosk"));
        // Signed out for real, in the same round trip as the save: a replayed save is refused and saves nothing.
        Object replay = page.evaluate("() => document.getElementById('record-act').$server.save(0, 'lib:held_door', '', 'CLASSMATE', 0, 0)");
        assertThat(replay).isEqualTo("out");

        assertThat(fixtures.jdbc().sql("select status from kindness_act").query(String.class).list()).containsExactly("APPROVED");
        assertThat(fixtures.jdbc().sql("select student_id from kindness_act").query(Long.class).single()).isEqualTo(ana);
    }

    /** Read-aloud in the class's language, through the browser's speech synthesis (stubbed here to hear what it is asked). */
    @Test
    void readAloudSpeaksThePromptAndAnActInTheTabletsLanguage() {
        fixtures.signIn(teacher);
        classes.setReadAloud(classId, true);
        fixtures.signOut();
        openTablet(TABLET_WIDTH, TABLET_HEIGHT, "en-US");
        Locator speaker = page.locator("[data-kiosk-screen=avatars] .ripple-say");
        assertThat(speaker).isVisible();
        speaker.tap();
        assertThat(spoken()).singleElement().asString().matches("Find your picture and tap it!\\|en.*");

        signInOnTablet(ben);
        page.locator("#record-suggestion-lib-held_door").locator("xpath=..").locator(".ripple-say").tap();
        assertThat(spoken()).last().asString().matches("I held the door for someone\\|en.*");
        // The act card itself was not chosen by the speaker's tap.
        assertThat(page.locator("#record-suggestion-lib-held_door")).isVisible();
        assertNoSeriousAccessibilityViolations();

        // No voice for the language: no speaker.
        openTablet(TABLET_WIDTH, TABLET_HEIGHT, "fr-FR");
        assertThat(page.locator("[data-kiosk-screen=avatars] .ripple-say")).isHidden();
    }

    /**
     * The tablet's screens for docs/kiosk.md (read-aloud on, landscape), skipped unless asked for:
     * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ChallengeBrowserIT -Dripple.screenshots=true}.
     */
    @Test
    void screenshotsForTheDocs() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("ripple.screenshots"), "screenshots only on request");
        fixtures.signIn(teacher);
        classes.setReadAloud(classId, true);
        for (String name : List.of("Dev S.", "Emma T.", "Farah U.", "Gus V.", "Hana W.", "Ivo X.", "Jade Y.", "Kofi Z.", "Lena A.",
                "Milo B.", "Nora C.", "Omar D.", "Pia E.", "Quinn F.", "Rosa G.", "Theo H.", "Uma I.", "Vik J.", "Wren K.", "Yara L.",
                "Zack M.", "Alba N.", "Bruno O.", "Chloé P.", "Diego Q.", "Elif R.", "Finn S.")) {
            roster.addStudent(classId, new ClassRecords.StudentForm(name, null, null));
        }
        fixtures.signOut();
        openTablet(1024, 768, "en-GB");
        page.waitForFunction("() => Array.from(document.querySelectorAll('#kiosk-avatars img')).every(i => i.complete && i.naturalWidth > 0)");
        page.waitForTimeout(300);
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(java.nio.file.Path.of("docs/kiosk-avatars.png")));
        tap("kiosk-avatar-" + ana);
        page.locator("#kiosk-picture-pad").waitFor();
        page.locator("#kiosk-picture-pad button").first().tap();
        page.waitForTimeout(300);
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(java.nio.file.Path.of("docs/kiosk-pictures.png")));
        tap("kiosk-back");
        signInOnTablet(ana);
        page.waitForTimeout(300);
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(java.nio.file.Path.of("docs/kiosk-record.png")));
        tap("record-suggestion-lib-held_door");
        tap("record-for-CLASSMATE");
        page.locator("#record-feeling-4").tap();
        page.waitForTimeout(300);
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(java.nio.file.Path.of("docs/kiosk-finish.png")));
    }

    @SuppressWarnings("unchecked")
    private List<String> spoken() {
        return (List<String>) page.evaluate("() => window.__spoken.map(u => u.text + '|' + u.lang)");
    }

    /** The screen shows, at the top, and its content fits the viewport without scrolling. */
    private void assertFitsAtTheTop(String screen) {
        page.waitForFunction("s => { const r = document.getElementById('kiosk-view'); const f = document.getElementById('record-act');"
                + " return r.getAttribute('data-screen') === s || (f && f.getAttribute('data-step') === s); }", screen);
        page.waitForFunction("() => window.scrollY === 0");
        Object overflow = page.evaluate("() => document.scrollingElement.scrollHeight - window.innerHeight");
        assertThat(((Number) overflow).intValue()).as("pixels to scroll on %s", screen).isLessThanOrEqualTo(0);
    }

    @Test
    void aTeacherApprovesOwnWordsShownAsTextAndTheyAppearOnTheWall() {
        String words = "I helped Sam tie his shoes <b>today</b>";
        openTablet();
        signInOnTablet(ben);
        tap("record-own-words");
        page.locator("#record-own-text").fill(words);
        tap("record-own-next");
        tap("record-for-CLASSMATE");
        tap("record-save");
        assertThat(page.locator("#record-thanks")).containsText("Your teacher will read it soon");
        long actId = fixtures.jdbc().sql("select id from kindness_act where status = 'PENDING'").query(Long.class).single();
        assertThat(fixtures.jdbc().sql("select own_text from kindness_act where id = ?").param(actId).query(String.class).single())
                .isEqualTo(words);

        newContext(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        signIn(TEACHER_EMAIL, Fixtures.PASSWORD);
        open("/moderation");
        Locator row = page.locator("#pending-" + actId);
        assertThat(row).isVisible();
        // A student's words are text: the markup shows literally and makes no bold element.
        assertThat(row.locator(".ripple-quote")).hasText(words);
        assertThat(row.locator("b")).hasCount(0);
        assertThat(row).containsText("Ben");
        assertNoSeriousAccessibilityViolations();

        page.locator("#pending-approve-" + actId).click();
        assertThat(row).hasCount(0);
        assertThat(fixtures.jdbc().sql("select status from kindness_act where id = ?").param(actId).query(String.class).single())
                .isEqualTo("APPROVED");

        open("/classes/" + classId + "/wall");
        Locator card = page.locator("#wall-card-" + actId);
        assertThat(card).isVisible();
        assertThat(card).containsText(words);
        assertThat(card.locator("b")).hasCount(0);
        assertThat(card.locator(".ripple-wall-who")).hasText("Ben");
        assertNoSeriousAccessibilityViolations();
    }

    /** "Almost done!" on a landscape tablet: every feeling face whole (they were cut off on the right), the screen at the top. */
    @Test
    void theAlmostDoneScreenShowsEveryFeelingFaceWholeAndStartsAtTheTop() {
        openTablet(1024, 768);
        signInOnTablet(ana);
        tap("record-suggestion-lib-held_door");
        page.locator("#record-for-CLASSMATE").scrollIntoViewIfNeeded();
        tap("record-for-CLASSMATE");
        page.locator("#record-feeling-5").waitFor();
        page.waitForFunction("() => window.scrollY === 0");
        for (int i = 1; i <= 5; i++) {
            Locator face = page.locator("#record-feeling-" + i);
            com.microsoft.playwright.options.BoundingBox button = face.boundingBox();
            com.microsoft.playwright.options.BoundingBox img = face.locator("img").boundingBox();
            assertThat(img.x).as("face %d left", i).isGreaterThanOrEqualTo(button.x - 0.5);
            assertThat(img.x + img.width).as("face %d right", i).isLessThanOrEqualTo(button.x + button.width + 0.5);
            assertThat(button.x + button.width).as("face %d in view", i).isLessThanOrEqualTo(1024);
            Object clipped = face.evaluate("b => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1");
            assertThat(clipped).as("face %d clipped", i).isEqualTo(false);
        }
    }

    private void openTablet() {
        openTablet(TABLET_WIDTH, TABLET_HEIGHT);
    }

    /** A fresh touch context at tablet size, already bound to the class (its cookie set as binding would). */
    private void openTablet(int width, int height) {
        openTablet(width, height, null);
    }

    /** @param voice if set, the browser's speech synthesis is a stub with one voice of this language that records what it says */
    private void openTablet(int width, int height, @Nullable String voice) {
        newContext(contextOptions(width, height).setHasTouch(true).setIsMobile(false));
        if (voice != null) {
            page.addInitScript("""
                    window.__spoken = [];
                    const voices = [{ lang: '%s', name: 'Stub voice' }];
                    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
                      getVoices: () => voices, cancel: () => {}, addEventListener: () => {},
                      speak: (u) => window.__spoken.push({ text: u.text, lang: u.lang }) } });
                    window.SpeechSynthesisUtterance = function (text) { this.text = text; };
                    """.formatted(voice));
        }
        context.addCookies(List.of(new Cookie("ripple_tablet", token).setDomain("localhost").setPath("/").setHttpOnly(true)));
        open("/kiosk");
        page.locator("#kiosk-avatars").waitFor();
        assertThat(page.locator("#kiosk-class-name")).hasText("4B");
    }

    /** Taps the student's avatar and their three pictures, as the picture password would be entered. */
    private void signInOnTablet(long studentId) {
        tap("kiosk-avatar-" + studentId);
        page.locator("#kiosk-picture-pad").waitFor();
        String password = fixtures.jdbc().sql("select picture_password from student where id = ?").param(studentId)
                .query(String.class).single();
        for (String picture : password.split(",")) {
            tap("kiosk-picture-" + picture);
        }
        page.locator("#student-home").waitFor();
        assertThat(page).hasURL(path("/kiosk"));
        assertThat(page.locator("#record-act")).isVisible();
    }

    private void tap(String id) {
        Locator target = page.locator("#" + id);
        assertThat(target).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(20_000));
        target.tap();
        taps++;
    }
}
