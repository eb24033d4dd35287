package app.ripple.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.Fixtures;
import com.microsoft.playwright.Locator;
import java.sql.Timestamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A coordinator answers an erasure request and then finds it in the audit log, in a real browser. */
class PrivacyBrowserIT extends BrowserTest {

    long ana;

    @BeforeEach
    void aClassWithTwoStudents() {
        fixtures.reset();
        fixtures.school();
        fixtures.teacher("Tess Teacher", "tess@test.example");
        Timestamp now = Timestamp.from(fixtures.clock().instant());
        long classId = fixtures.jdbc().sql("""
                insert into school_class (school_id, name, age_band, created_at)
                values ((select id from school), '4B', '9-11', ?) returning id""").param(now).query(Long.class).single();
        ana = student(classId, "Ana P.", "cat", now);
        student(classId, "Ben Q.", "dog", now);
    }

    private long student(long classId, String name, String avatar, Timestamp now) {
        return fixtures.jdbc().sql("""
                insert into student (class_id, display_name, avatar, picture_password, created_at)
                values (?, ?, ?, 'sun,moon,star', ?) returning id""").params(classId, name, avatar, now).query(Long.class).single();
    }

    private Locator cell(String gridId, String text) {
        return page.locator("#" + gridId + " vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void theCoordinatorErasesAStudentAfterTypingTheNameAndFindsTheReceiptInTheAuditLog() {
        signIn(Fixtures.COORDINATOR_EMAIL, Fixtures.PASSWORD);
        open("/school/privacy");
        page.locator("#privacy-view").waitFor();
        assertThat(cell("privacy-students", "Ben Q.")).isVisible();
        assertNoSeriousAccessibilityViolations();

        page.locator("#privacy-erase-" + ana).click();
        page.locator("#privacy-erase-name").waitFor();
        assertThat(page.locator("#privacy-erase-confirm")).isDisabled();
        assertNoSeriousAccessibilityViolations();
        page.locator("#privacy-erase-name input").fill("Ana P.");
        page.locator("#privacy-erase-confirm").click();

        Locator receipt = page.locator("#privacy-receipt-reference");
        assertThat(receipt).containsText("E-");
        String reference = receipt.textContent().strip();
        assertNoSeriousAccessibilityViolations();
        page.locator("#privacy-receipt-done").click();
        assertThat(fixtures.jdbc().sql("select count(*) from student where id = ?").param(ana).query(Long.class).single()).isZero();

        open("/school/audit");
        page.locator("#audit-view").waitFor();
        page.locator("#audit-target input").fill("student:" + ana);
        assertThat(cell("audit-grid", "STUDENT_ERASED")).isVisible();
        assertThat(cell("audit-grid", reference)).isVisible();
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void aTeacherCannotOpenTheAuditLogOrThePrivacyPage() {
        signIn("tess@test.example", Fixtures.PASSWORD);
        assertThat(page.locator("#side-nav")).not().containsText("Audit log");
        open("/school/audit");
        page.locator("#home-view, vaadin-app-layout, body").first().waitFor();
        page.waitForTimeout(500);
        assertThat(page.locator("#audit-view")).hasCount(0);
        open("/school/privacy");
        page.waitForTimeout(500);
        assertThat(page.locator("#privacy-view")).hasCount(0);
    }
}
