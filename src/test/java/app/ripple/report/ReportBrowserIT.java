package app.ripple.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.school.SchoolService;
import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.Fixtures;
import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reports end to end: a teacher downloads their class's term report PDF from /reports, and the
 * coordinator prepares the zip of all classes and watches its progress. Data through the real
 * services plus plain SQL for acts (no imported fixtures, so the Spring context is shared).
 */
class ReportBrowserIT extends BrowserTest {

    static final String TEACHER_EMAIL = "tess@test.example";

    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired SchoolService school;

    long classId;

    @BeforeEach
    void classWithActs() {
        fixtures.reset();
        long coordinator = fixtures.school();
        fixtures.signIn(coordinator);
        long term = school.addTerm("Autumn 2026", LocalDate.of(2026, 9, 7), LocalDate.of(2026, 12, 18)).id();
        long teacher = fixtures.teacher("Tess Teacher", TEACHER_EMAIL);
        fixtures.signIn(teacher);
        classId = classes.create(new ClassRecords.ClassForm("Clase 5 Búhos", AgeBand.AGES_9_11, term, List.of(teacher), 60));
        long zoe = roster.addStudent(classId, new ClassRecords.StudentForm("Zoë K.", null, null));
        long challenge = fixtures.jdbc().sql("""
                insert into challenge (class_id, title, start_date, end_date, goal, categories, created_at)
                values (?, 'Kindness week', ?, ?, 20, 'KIND_TO_OTHERS,EMPATHY', now()) returning id""")
                .params(classId, LocalDate.of(2026, 9, 7), LocalDate.of(2026, 12, 18)).query(Long.class).single();
        for (int i = 0; i < 5; i++) {
            fixtures.jdbc().sql("""
                    insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, own_text, category, recipient, status, created_at)
                    values (?, ?, ?, ?, ?, 'EMPATHY', 'CLASSMATE', 'APPROVED', ?)""")
                    .params(classId, challenge, zoe, UUID.randomUUID(), "Listened " + i,
                            Timestamp.valueOf(LocalDate.of(2026, 10, 1).plusDays(i).atTime(10, 0))).update();
        }
        fixtures.signOut();
    }

    @Test
    void aTeacherDownloadsTheClassReportAndTheCoordinatorTheZip() throws Exception {
        signIn(TEACHER_EMAIL, Fixtures.PASSWORD);
        open("/reports");
        assertThat(page.locator("#report-class-" + classId)).containsText("Clase 5 Búhos");
        assertThat(page.locator("#report-bulk")).hasCount(0);
        assertNoSeriousAccessibilityViolations();
        Download download = page.waitForDownload(() -> page.locator("#report-pdf-" + classId).click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(download.suggestedFilename()).isEqualTo("clase-5-buhos-report.pdf");
        assertThat(fixtures.jdbc().sql("select count(*) from audit_log where action = 'REPORT_PDF_EXPORTED'")
                .query(Integer.class).single()).isEqualTo(1);

        open("/classes/" + classId);
        assertThat(page.locator("#report-section")).isVisible();
        page.locator("#report-edit-highlights").click();
        // the dialog's content is rendered in its overlay: wait for the field, not the dialog element
        assertThat(page.locator("#report-closing textarea")).isVisible();
        page.locator("#report-closing textarea").fill("Un trimestre lleno de amabilidad.");
        page.locator("#report-highlights-save").click();
        assertThat(page.locator("#report-closing")).hasCount(0);
        assertThat(fixtures.jdbc().sql("select closing_paragraph from report_note where class_id = ?").param(classId)
                .query(String.class).single()).isEqualTo("Un trimestre lleno de amabilidad.");

        newContext(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        signIn(Fixtures.COORDINATOR_EMAIL, Fixtures.PASSWORD);
        open("/reports");
        page.locator("#report-bulk-start").click();
        assertThat(page.locator("#report-bulk-download")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator("#report-bulk-status")).containsText("ready");
        assertNoSeriousAccessibilityViolations();
        Download zip = page.waitForDownload(() -> page.locator("#report-bulk-download").click());
        byte[] bytes = Files.readAllBytes(zip.path());
        assertThat(bytes[0]).isEqualTo((byte) 'P');
        assertThat(bytes[1]).isEqualTo((byte) 'K');
    }
}
