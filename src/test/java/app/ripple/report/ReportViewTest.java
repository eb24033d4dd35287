package app.ripple.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /reports, the term archive and the class page's report section, without a browser. */
class ReportViewTest extends ViewTest {

    @Autowired org.springframework.context.ApplicationContext context;
    ReportFixtures f;

    void reportFixtures() {
        f = ReportFixtures.from(context);
    }
    @Autowired ReportService reports;

    long teacherA;
    long teacherB;
    long classOfA;
    long classOfB;

    @BeforeEach
    void twoClasses() {
        reportFixtures();
        ReportFixtures.TwoClasses two = f.twoTeachersWithAClassEach("Class A", "Class B");
        teacherA = two.teacherA();
        teacherB = two.teacherB();
        classOfA = two.classOfA();
        classOfB = two.classOfB();
        f.students(teacherA, classOfA, "Zoë K.", "Ana B.");
        fixtures.signOut();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        UI.getCurrent().navigate("reports");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    void aTeacherSeesOnlyTheirClassesWithEveryDownloadAndNoBulkZip() {
        signInAs(teacherA);
        ReportsView view = navigate(ReportsView.class);
        assertThat(find(Div.class).withId("report-class-" + classOfA).all()).hasSize(1);
        assertThat(find(Div.class).withId("report-class-" + classOfB).all()).isEmpty();
        for (String kind : List.of("pdf", "family", "acts", "participation", "aggregates", "json")) {
            assertThat(find(Anchor.class).withId("report-" + kind + "-" + classOfA).all()).hasSize(1);
        }
        assertThat(find(Div.class).withId("report-bulk").all()).isEmpty();
        assertThat(view.getPageTitle()).isEqualTo("Reports");
        // A list, one link per item (inline links ran together: "Class report (PDF)Family pages (PDF)...").
        var links = find(com.vaadin.flow.component.html.UnorderedList.class).withId("report-links-" + classOfA).single();
        assertThat(links.getClassNames()).contains("ripple-download-list");
        assertThat(links.getChildren()).hasSize(7).allMatch(c -> c instanceof com.vaadin.flow.component.html.ListItem);
    }

    @Test
    void theCoordinatorMakesTheZipInTheBackgroundWithProgress() throws Exception {
        signInAs(f.coordinator);
        ReportsView view = navigate(ReportsView.class);
        assertThat(find(Div.class).withId("report-class-" + classOfB).all()).hasSize(1);
        byte[] zip = view.startBulk().get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(zip).isNotEmpty();
        assertThat(f.jdbc().sql("select count(*) from audit_log where action = 'REPORTS_ZIP_EXPORTED'").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void theClassPageHasAReportSectionWhoseDialogSavesHighlightsAndTheClosingParagraph() {
        long ch = f.challenge(classOfA, "Week", 5, false);
        long zoe = f.jdbc().sql("select id from student where display_name = 'Zoë K.'").query(Long.class).single();
        long act = f.act(classOfA, ch, zoe, app.ripple.challenge.Category.EMPATHY, "APPROVED", ReportFixtures.TERM_START.plusDays(3),
                "Listened to Ana", null);
        signInAs(teacherA);
        UI.getCurrent().navigate("classes/" + classOfA);
        assertThat(find(Div.class).withId("report-section").all()).hasSize(1);
        assertThat(find(Anchor.class).withId("report-pdf-" + classOfA).all()).hasSize(1);
        test(find(Button.class).withId("report-edit-highlights").single()).click();
        ReportSection.HighlightsDialog dialog = find(ReportSection.HighlightsDialog.class).single();
        assertThat(test(dialog.acts).size()).isEqualTo(1);
        dialog.acts.select(test(dialog.acts).getRow(0));
        test(dialog.closing).setValue("A kind term.");
        test(dialog.save).click();
        fixtures.signIn(teacherA);
        assertThat(reports.note(classOfA).highlightActIds()).containsExactly(act);
        assertThat(reports.note(classOfA).closingParagraph()).isEqualTo("A kind term.");
    }

    @Test
    void theTermArchiveListsAClosedTermsClassesAndTheClassPageSaysItIsReadOnly() {
        fixtures.signIn(f.coordinator);
        f.school.closeTerm(f.termId);
        signInAs(f.coordinator);
        UI.getCurrent().navigate("reports/archive/" + f.termId);
        TermArchiveView view = (TermArchiveView) getCurrentView();
        assertThat(find(Div.class).withId("archive-class-" + classOfA).all()).hasSize(1);
        assertThat(find(Div.class).withId("archive-class-" + classOfB).all()).hasSize(1);
        assertThat(view.getPageTitle()).isEqualTo("Term archive: Autumn 2026");
        UI.getCurrent().navigate("classes/" + classOfA);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("report-read-only").all()).hasSize(1);
        UI.getCurrent().navigate("reports");
        assertThat(find(Anchor.class).withId("report-archive-" + f.termId).all()).hasSize(1);
    }
}
