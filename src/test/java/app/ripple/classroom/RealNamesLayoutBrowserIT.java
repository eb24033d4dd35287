package app.ripple.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.Fixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real names in a real browser: 40-character names and names without spaces on the staff pages
 * (desktop 1280×800 and a small laptop 1024×768, English and Spanish) and on the class tablet
 * (1024×768 landscape and 768×1024 portrait). Nothing may need sideways scrolling or be cut off.
 */
class RealNamesLayoutBrowserIT extends BrowserTest {

    static final String TEACHER_EMAIL = "tess@test.example";
    /** 40 characters, the longest display name Ripple takes. */
    static final String LONG = "Maximiliana Alejandra Fernández-Villalob";
    /** 40 characters and no space to break at. */
    static final String NO_SPACES = "Wolfeschlegelsteinhausenbergerdorffvoral";

    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;

    long teacher;
    long classId;
    String token;
    final List<Long> students = new ArrayList<>();

    @BeforeEach
    void classWithLongNames() {
        fixtures.reset();
        fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", TEACHER_EMAIL);
        classId = ClassroomFixtures.classOf(fixtures, classes, teacher, "4B Kindness Crew of the Upper School Building");
        students.clear();
        assertThat(LONG).hasSize(RosterService.NAME_MAX);
        assertThat(NO_SPACES).hasSize(RosterService.NAME_MAX);
        students.add(ClassroomFixtures.student(fixtures, roster, teacher, classId, LONG));
        students.add(ClassroomFixtures.student(fixtures, roster, teacher, classId, NO_SPACES));
        // Enough students for three rows of avatars, so the last ones are below the fold at 1024×768.
        for (int i = 0; i < 22; i++) {
            students.add(ClassroomFixtures.student(fixtures, roster, teacher, classId, "Student " + (char) ('A' + i) + "."));
        }
        token = tablets.bind(classId, "Tablet").token();
        fixtures.signOut();
    }

    @Test
    void staffPagesNeedNoSidewaysScrollingWithLongNamesInEnglishAndSpanish() {
        for (String language : List.of("en", "es")) {
            fixtures.jdbc().sql("update staff_account set language = ?").param(language).update();
            for (int[] size : new int[][] {{1280, 800}, {1024, 768}}) {
                newContext(size[0], size[1]);
                signIn(Fixtures.COORDINATOR_EMAIL, Fixtures.PASSWORD);
                List<String[]> views = new ArrayList<>(List.of(new String[][] {{"/classes/" + classId, "#roster-grid"},
                        {"/school/privacy", "#privacy-students"}, {"/reports", "#report-list"}, {"/classes", "#classes-view"},
                        {"/staff", "#staff-view"}, {"/school/audit", "#audit-view"}, {"/", "#home-view"}}));
                if (size[0] == 1280) {
                    // Not yet checked at 1024 px: school settings and approvals.
                    views.add(new String[] {"/school/settings", "#school-settings-view"});
                    views.add(new String[] {"/moderation", "#moderation-view"});
                }
                for (String[] view : views) {
                    open(view[0]);
                    page.locator(view[1]).first().waitFor();
                    page.waitForTimeout(400);
                    String where = language + " " + size[0] + "×" + size[1] + " " + view[0];
                    assertNoSidewaysScrolling(where);
                }
                // The roster's actions ("Remove", "Eliminar") are in view for every student, long names included.
                open("/classes/" + classId);
                page.locator("#roster-grid").waitFor();
                page.waitForTimeout(400);
                for (long id : students.subList(0, 2)) {
                    assertInViewport(page.locator("#roster-remove-" + id), language + " " + size[0] + " remove " + id);
                }
                // The privacy page's actions column is in view too.
                open("/school/privacy");
                page.locator("#privacy-students").waitFor();
                page.waitForTimeout(400);
                assertInViewport(page.locator("#privacy-erase-" + students.getFirst()), language + " " + size[0] + " erase");
            }
        }
    }

    @Test
    void theReportDownloadLinksAreSetApart() {
        newContext(1280, 800);
        signIn(TEACHER_EMAIL, Fixtures.PASSWORD);
        open("/reports");
        Locator links = page.locator("#report-links-" + classId + " a");
        links.first().waitFor();
        assertThat(links.count()).isGreaterThanOrEqualTo(6);
        assertThat(page.locator("#report-links-" + classId + " li").count()).isEqualTo(links.count());
        for (int i = 1; i < links.count(); i++) {
            BoundingBox before = links.nth(i - 1).boundingBox();
            BoundingBox box = links.nth(i).boundingBox();
            boolean sameRow = Math.abs(box.y - before.y) < 2;
            if (sameRow) {
                assertThat(box.x - (before.x + before.width)).as("space between link %d and %d", i - 1, i).isGreaterThanOrEqualTo(12);
            }
        }
    }

    @Test
    void tabletAvatarsShowLongNamesWhole() {
        for (int[] size : new int[][] {{1024, 768}, {768, 1024}}) {
            openTablet(size[0], size[1]);
            assertNoSidewaysScrolling("kiosk " + size[0]);
            for (long id : students.subList(0, 2)) {
                Locator button = page.locator("#kiosk-avatar-" + id);
                BoundingBox card = button.boundingBox();
                Locator name = button.locator("xpath=span");
                BoundingBox label = name.boundingBox();
                String where = size[0] + " avatar " + id;
                assertThat(label.x).as(where + " left").isGreaterThanOrEqualTo(card.x - 0.5);
                assertThat(label.x + label.width).as(where + " right").isLessThanOrEqualTo(card.x + card.width + 0.5);
                Object clipped = name.evaluate("s => s.scrollWidth > s.clientWidth + 1");
                assertThat(clipped).as(where + " text clipped").isEqualTo(false);
                assertThat(button.getAttribute("title")).isIn(LONG, NO_SPACES);
            }
        }
    }

    @Test
    void longNamesStayInsideTheirWallCards() {
        // Test data straight into the tables: a running challenge and one approved act by each long name.
        long challenge = fixtures.jdbc().sql("""
                insert into challenge (class_id, title, start_date, end_date, goal, categories, self_counts, created_at)
                values (?, 'Kindness week', date '2026-11-20', date '2026-11-30', 10, 'KIND_TO_OTHERS,EMPATHY', false, now())
                returning id""").param(classId).query(Long.class).single();
        for (long student : students.subList(0, 2)) {
            fixtures.jdbc().sql("""
                    insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, own_text, category, recipient,
                        status, created_at) values (?, ?, ?, gen_random_uuid(), 'Helped a friend', 'EMPATHY', 'CLASSMATE', 'APPROVED', ?)""")
                    .params(classId, challenge, student, java.sql.Timestamp.from(app.ripple.testsupport.TestClockConfig.START)).update();
        }
        fixtures.jdbc().sql("update school_class set wall_shows_names = true where id = ?").param(classId).update();
        for (int[] size : new int[][] {{1280, 800}, {1024, 768}}) {
            newContext(size[0], size[1]);
            signIn(TEACHER_EMAIL, Fixtures.PASSWORD);
            open("/classes/" + classId + "/wall");
            Locator cards = page.locator("#wall-cards .ripple-wall-card");
            cards.first().waitFor();
            assertThat(cards.count()).isEqualTo(2);
            assertNoSidewaysScrolling("wall " + size[0]);
            for (int i = 0; i < 2; i++) {
                BoundingBox card = cards.nth(i).boundingBox();
                BoundingBox who = cards.nth(i).locator(".ripple-wall-who").boundingBox();
                assertThat(who.x + who.width).as("name inside card %d at %d px", i, size[0]).isLessThanOrEqualTo(card.x + card.width + 0.5);
            }
        }
    }

    @Test
    void everyTabletScreenStartsAtTheTopAndThePictureKeepsItsPlaceWhenTheTabletTurns() {
        openTablet(1024, 768);
        long last = students.getLast();
        Locator avatar = page.locator("#kiosk-avatar-" + last);
        avatar.scrollIntoViewIfNeeded();
        // With 40-character names the avatars may reach below the fold; scrolled or not, the pad starts at the top.
        page.evaluate("() => window.scrollTo(0, document.scrollingElement.scrollHeight)");
        avatar.tap();
        page.locator("#kiosk-picture-pad").waitFor();
        page.waitForFunction("() => window.scrollY === 0");
        BoundingBox hello = page.locator("#kiosk-hello").boundingBox();
        assertThat(hello.y).as("the student's name on the picture pad is in view").isBetween(0.0, 768.0 - hello.height);
        Set<Long> landscape = padLayout();

        page.setViewportSize(768, 1024);
        page.waitForTimeout(300);
        Set<Long> portrait = padLayout();
        assertThat(landscape).as("4 columns × 3 rows in landscape").hasSize(12);
        assertThat(portrait).as("the same 4 × 3 in portrait").isEqualTo(landscape);
    }

    /** Column and row of every picture (column * 10 + row), from the pictures' positions. */
    private Set<Long> padLayout() {
        Locator pictures = page.locator("#kiosk-picture-pad button");
        assertThat(pictures.count()).isEqualTo(12);
        TreeSet<Double> xs = new TreeSet<>();
        TreeSet<Double> ys = new TreeSet<>();
        List<BoundingBox> boxes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            BoundingBox b = pictures.nth(i).boundingBox();
            boxes.add(b);
            xs.add(Math.rint(b.x));
            ys.add(Math.rint(b.y));
            assertThat(b.x + b.width).as("picture %d in view", i).isLessThanOrEqualTo(page.viewportSize().width);
        }
        assertThat(xs).as("columns").hasSize(4);
        assertThat(ys).as("rows").hasSize(3);
        Set<Long> cells = new TreeSet<>();
        List<Double> columns = new ArrayList<>(xs);
        List<Double> rows = new ArrayList<>(ys);
        for (int i = 0; i < 12; i++) {
            cells.add(i * 100L + columns.indexOf(Math.rint(boxes.get(i).x)) * 10L + rows.indexOf(Math.rint(boxes.get(i).y)));
        }
        return cells;
    }

    private void openTablet(int width, int height) {
        newContext(contextOptions(width, height).setHasTouch(true).setIsMobile(false));
        context.addCookies(List.of(new Cookie(TabletTokens.COOKIE, token).setDomain("localhost").setPath("/").setHttpOnly(true)));
        open("/kiosk");
        page.locator("#kiosk-avatars").waitFor();
        page.waitForTimeout(300);
    }

    private void assertNoSidewaysScrolling(String where) {
        Object page1 = page.evaluate("() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth");
        assertThat(((Number) page1).intValue()).as("page wider than the window: " + where).isLessThanOrEqualTo(0);
        Object grids = page.evaluate("""
                () => [...document.querySelectorAll('vaadin-grid')].filter(g => g.offsetParent !== null)
                        .filter(g => { const t = g.shadowRoot.querySelector('#table'); return t && t.scrollWidth > t.clientWidth + 1; })
                        .map(g => (g.id || g.getAttribute('aria-label')) + ' ' + g.shadowRoot.querySelector('#table').scrollWidth
                                + ' > ' + g.shadowRoot.querySelector('#table').clientWidth).join(', ')""");
        assertThat((String) grids).as("grids that scroll sideways: " + where).isEmpty();
    }

    private void assertInViewport(Locator locator, String what) {
        locator.scrollIntoViewIfNeeded();
        BoundingBox box = locator.boundingBox();
        assertThat(box).as(what).isNotNull();
        int width = page.viewportSize().width;
        int height = page.viewportSize().height;
        assertThat(box.x).as(what + " left").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as(what + " right").isLessThanOrEqualTo(width);
        assertThat(box.y).as(what + " top").isGreaterThanOrEqualTo(0);
        assertThat(box.y).as(what + " top within the window").isLessThan(height);
    }
}
