package app.ripple.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.school.AuditService;
import app.ripple.school.SchoolService;
import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class PrivacyViewTest extends ViewTest {

    @Autowired ApplicationContext context;
    PrivacyFixtures data;
    @Autowired SchoolService school;
    @Autowired AuditService audit;

    long classId;
    long ana;
    long ben;

    @BeforeEach
    void aClassWithTwoStudents() {
        data = new PrivacyFixtures(context);
        data.school();
        long term = data.term("Spring 2025", LocalDate.of(2025, 1, 8), LocalDate.of(2025, 6, 30));
        classId = data.classIn(term, "3A");
        ana = data.student(classId, "Ana P.");
        ben = data.student(classId, "Ben Q.");
        data.fillEverything(classId, term, ana, "Ana's act");
        // Closed in July 2025 (retention counts from the closing).
        java.time.Instant now = data.fixtures.clock().instant();
        data.fixtures.clock().set(java.time.Instant.parse("2025-07-02T10:00:00Z"));
        data.fixtures.signIn(data.coordinator);
        school.closeTerm(term);
        data.fixtures.clock().set(now);
        data.fixtures.signOut();
    }

    @Test
    void theCoordinatorFindsAStudentAndErasesThemAfterTypingTheirName() {
        signInAs(data.coordinator);
        PrivacyView view = navigate(PrivacyView.class);
        assertThat(test(view.students).size()).isEqualTo(2);
        test(view.search).setValue("ana");
        assertThat(test(view.students).size()).isEqualTo(1);

        view.requests.openErase(test(view.students).getRow(0));
        assertThat(view.requests.confirmErase.isEnabled()).isFalse();
        test(view.requests.confirmName).setValue("Ben Q.");
        test(view.requests.confirmErase).click();
        assertThat(view.requests.confirmName.isInvalid()).isTrue();
        assertThat(data.rowsOf(ana).get("student")).isEqualTo(1);

        test(view.requests.confirmName).setValue("Ana P.");
        test(view.requests.confirmErase).click();
        assertThat(view.requests.eraseDialog.isOpened()).isFalse();
        assertThat(view.requests.receiptDialog.isOpened()).isTrue();
        String receipt = view.requests.receiptDialog.getElement().getTextRecursively();
        assertThat(receipt).contains("Student number " + ana).contains("Kindness acts: 2").doesNotContain("Ana");
        assertThat(find(Span.class).withId("privacy-receipt-reference").single().getText()).startsWith("E-");
        assertThat(data.rowsOf(ana).values()).allMatch(n -> n == 0);
        assertThat(test(view.students).size()).isZero();
    }

    @Test
    void theRetentionSettingShowsTheDryRunAndApplyingItLeavesAReceipt() {
        long autumn = data.term("Autumn 2024", LocalDate.of(2024, 9, 9), LocalDate.of(2024, 12, 20));
        data.student(data.classIn(autumn, "5C"), "Pia E.");
        signInAs(data.coordinator);
        PrivacyView view = navigate(PrivacyView.class);
        assertThat(view.previewSummary.getText()).contains("Retention is off");
        assertThat(view.applyNow.isEnabled()).isFalse();

        test(view.retentionOn).click();
        view.retentionMonths.clear();
        test(view.saveRetention).click();
        assertThat(view.retentionMonths.isInvalid()).isTrue();
        assertThat(school.retentionMonths()).isEmpty();

        test(view.retentionMonths).setValue(12);
        test(view.saveRetention).click();
        assertThat(school.retentionMonths()).hasValue(12);
        assertThat(view.previewSummary.getText()).contains("2 students in 1 classes");
        assertThat(test(view.preview).size()).isEqualTo(1);
        assertThat(test(view.preview).getRow(0).className()).isEqualTo("3A");
        assertThat(view.waitingBox.isVisible()).as("ended but not closed: shown, not due").isTrue();
        assertThat(test(view.waiting).size()).isEqualTo(1);
        assertThat(test(view.waiting).getRow(0).className()).isEqualTo("5C");
        assertThat(view.waitingBox.getElement().getTextRecursively()).contains("retention waits for closing");

        test(view.applyNow).click();
        Dialog confirm = find(Dialog.class).withId("privacy-apply-dialog").single();
        test(find(com.vaadin.flow.component.button.Button.class).withId("privacy-apply-confirm").single()).click();
        assertThat(confirm.isOpened()).isFalse();
        assertThat(test(view.runs).size()).isEqualTo(1);
        assertThat(test(view.runs).getRow(0).students()).isEqualTo(2);
        assertThat(test(view.students).size()).as("only the waiting class's student is left").isEqualTo(1);
        assertThat(test(view.students).getRow(0).className()).isEqualTo("5C");
        assertThat(view.previewSummary.getText()).contains("Nothing is due today");
        assertThat(view.waitingBox.isVisible()).isTrue();
    }

    @Test
    void schoolSettingsShowTheRetentionSetting() {
        signInAs(data.coordinator);
        school.updateRetentionMonths(18);
        UI.getCurrent().navigate("school/settings");
        assertThat(find(Paragraph.class).withId("school-retention").single().getText()).contains("18 months");
    }

    @Test
    void teachersCannotOpenThePrivacyPage() {
        signInAs(data.teacher);
        UI.getCurrent().navigate("school/privacy");
        assertThat(getCurrentView()).isNotInstanceOf(PrivacyView.class);
    }
}
