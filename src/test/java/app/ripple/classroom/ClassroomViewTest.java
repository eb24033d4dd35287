package app.ripple.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClassroomViewTest extends ViewTest {

    @Autowired ClassService classes;
    @Autowired RosterService roster;

    long teacher;
    long other;

    @BeforeEach
    void teacherSignedIn() {
        fixtures.reset();
        fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
        other = fixtures.teacher("Otto Other", "otto@test.example");
        signInAs(teacher);
    }

    @Test
    void aTeacherCreatesAClassFromTheClassListAndLandsOnItsPage() {
        ClassesView view = navigate(ClassesView.class);
        assertThat(find(Paragraph.class).withId("classes-empty").all()).hasSize(1);
        test(view.create).click();
        ClassFormDialog dialog = find(ClassFormDialog.class).single();
        test(dialog.name).setValue("Class 4B – Los Búhos");
        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(ClassView.class);
        assertThat(((ClassView) getCurrentView()).title.getText()).isEqualTo("Class 4B – Los Búhos");
        assertThat(classes.myClasses(false)).extracting(c -> c.teacherNames()).containsExactly(java.util.List.of("Tess Teacher"));
    }

    @Test
    void anEmptyClassNameIsShownNextToTheField() {
        ClassesView view = navigate(ClassesView.class);
        test(view.create).click();
        ClassFormDialog dialog = find(ClassFormDialog.class).single();
        dialog.idleTimeout.setValue(5);
        test(dialog.save).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.idleTimeout.isInvalid()).isTrue();
        assertThat(dialog.idleTimeout.getErrorMessage()).isEqualTo("Choose between 30 and 300 seconds.");
        assertThat(classes.myClasses(true)).isEmpty();
    }

    @Test
    void aTeacherAddsAStudentWithAnAutomaticAvatarAndPicturePassword() {
        long classId = ClassroomFixtures.classOf(fixtures, classes, teacher, "4B");
        open("classes/" + classId);
        ClassView view = (ClassView) getCurrentView();
        test(view.roster.addStudent).click();
        test(find(TextField.class).withId("student-name").single()).setValue("Zoë <b>K.</b>");
        test(find(Button.class).withId("student-save").single()).click();

        assertThat(test(view.roster.grid).size()).isEqualTo(1);
        ClassRecords.StudentInfo s = test(view.roster.grid).getRow(0);
        assertThat(s.displayName()).isEqualTo("Zoë <b>K.</b>");
        assertThat(s.picturePassword()).hasSize(3).doesNotHaveDuplicates();
        assertThat(s.avatar()).isNotBlank();
    }

    @Test
    void aTooLongNameIsRefusedAndNothingIsSaved() {
        long classId = ClassroomFixtures.classOf(fixtures, classes, teacher, "4B");
        open("classes/" + classId);
        ClassView view = (ClassView) getCurrentView();
        test(view.roster.addStudent).click();
        TextField name = find(TextField.class).withId("student-name").single();
        name.setMaxLength(1000);
        test(name).setValue("x".repeat(41));
        test(find(Button.class).withId("student-save").single()).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(test(view.roster.grid).size()).isZero();
    }

    @Test
    void anotherTeachersClassLooksLikeItDoesNotExist() {
        long classOfOther = ClassroomFixtures.classOf(fixtures, classes, other, "Otto's class");
        signInAs(teacher);
        UI.getCurrent().navigate("classes/" + classOfOther);
        assertThat(getCurrentView()).isNotInstanceOf(ClassView.class);
        UI.getCurrent().navigate("classes/987654");
        assertThat(getCurrentView()).isNotInstanceOf(ClassView.class);
    }

    @Test
    void theTabletsTabListsTabletsAndRevokesThem() {
        long classId = ClassroomFixtures.classOf(fixtures, classes, teacher, "4B");
        long studentId = ClassroomFixtures.student(fixtures, roster, teacher, classId, "Sam O.");
        open("classes/" + classId);
        ClassView view = (ClassView) getCurrentView();
        test(view.tablets.tabletName).setValue("Reading corner");
        view.tablets.bindThisDevice();
        assertThat(fixtures.jdbc().sql("select name from class_tablet").query(String.class).single()).isEqualTo("Reading corner");

        signInAs(teacher);
        open("classes/" + classId);
        view = (ClassView) getCurrentView();
        assertThat(test(view.tablets.grid).size()).isEqualTo(1);
        Button revoke = (Button) test(view.tablets.grid).getCellComponent(0, "actions");
        test(revoke).click();
        assertThat(fixtures.jdbc().sql("select revoked_at is not null from class_tablet").query(Boolean.class).single()).isTrue();
        assertThat(studentId).isPositive();
    }

    @Test
    void coTeachersCanBeChosen() {
        ClassesView view = navigate(ClassesView.class);
        test(view.create).click();
        ClassFormDialog dialog = find(ClassFormDialog.class).single();
        test(dialog.name).setValue("Shared class");
        MultiSelectComboBox<app.ripple.school.StaffService.StaffRef> teachers = dialog.teachers;
        teachers.select(teachers.getListDataView().getItems().filter(r -> r.name().equals("Otto Other")).findFirst().orElseThrow());
        test(dialog.save).click();
        fixtures.signIn(other);
        assertThat(classes.myClasses(false)).extracting(ClassRecords.ClassSummary::name).containsExactly("Shared class");
    }

    @Test
    void theImportDialogListsBadRowsWithLineNumbersThenImportsAGoodFile() {
        long classId = ClassroomFixtures.classOf(fixtures, classes, teacher, "4B");
        open("classes/" + classId);
        ClassView view = (ClassView) getCurrentView();
        test(view.roster.importStudents).click();
        RosterImportDialog dialog = find(RosterImportDialog.class).single();
        dialog.filesReceived(java.util.Map.of("class.csv", "first_name,last_name\nAna,Ruiz\n,Kim\n".getBytes()));
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(test(dialog.problems).size()).isEqualTo(1);
        assertThat(test(dialog.problems).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(dialog.problems).getCellText(0, 1)).isEqualTo("The first name is missing.");

        dialog.filesReceived(java.util.Map.of("class.csv", "first_name,last_name\nAna,Ruiz\nKim,Lee\n".getBytes()));
        assertThat(dialog.importButton.isEnabled()).isTrue();
        test(dialog.importButton).click();
        assertThat(test(view.roster.grid).size()).isEqualTo(2);
    }

    @Test
    void aRosterFileOverTheLimitIsRefusedByTheServerEvenIfTheBrowserSentIt() throws Exception {
        long classId = ClassroomFixtures.classOf(fixtures, classes, teacher, "4B");
        open("classes/" + classId);
        ClassView view = (ClassView) getCurrentView();
        test(view.roster.importStudents).click();
        RosterImportDialog dialog = find(RosterImportDialog.class).single();
        app.ripple.base.LimitedUploadTest.EndlessStream endless = new app.ripple.base.LimitedUploadTest.EndlessStream();
        com.vaadin.flow.server.streams.UploadEvent event = org.mockito.Mockito.mock(com.vaadin.flow.server.streams.UploadEvent.class);
        org.mockito.Mockito.when(event.getFileName()).thenReturn("class.csv");
        org.mockito.Mockito.when(event.getFileSize()).thenReturn(-1L);
        org.mockito.Mockito.when(event.getInputStream()).thenReturn(endless);

        dialog.uploadHandler().handleUploadRequest(event);
        dialog.uploadFinished();

        assertThat(endless.read).isEqualTo(app.ripple.classroom.roster.RosterLimits.MAX_ZIP_BYTES + 1L);
        assertThat(test(find(com.vaadin.flow.component.notification.Notification.class).single()).getText())
                .isEqualTo(dialog.getTranslation("roster.import.rejected"));
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.rows.isVisible()).isFalse();
        assertThat(dialog.problems.isVisible()).isFalse();
    }

    @Test
    void aOneRosterExportAsksForTheClassThenPreviews() throws Exception {
        long classId = ClassroomFixtures.classOf(fixtures, classes, teacher, "4B");
        open("classes/" + classId);
        ClassView view = (ClassView) getCurrentView();
        test(view.roster.importStudents).click();
        RosterImportDialog dialog = find(RosterImportDialog.class).single();
        dialog.filesReceived(RosterImportTest.oneRosterSample());
        assertThat(dialog.oneRosterClass.isVisible()).isTrue();
        test(dialog.oneRosterClass).selectItem(dialog.oneRosterClass.getListDataView().getItems()
                .filter(c -> c.sourcedId().equals("c1")).map(c -> dialog.oneRosterClass.getItemLabelGenerator().apply(c)).findFirst().orElseThrow());
        assertThat(test(dialog.rows).size()).isPositive();
        test(dialog.importButton).click();
        assertThat(test(view.roster.grid).size()).isPositive();
    }

    @Test
    void theOneRosterPreviewCountsOnlyWhoJoinsListsSkippedAccountsAndTheClassPickerSpansTheDialog() {
        long classId = ClassroomFixtures.classOf(fixtures, classes, teacher, "4B");
        open("classes/" + classId);
        ClassView view = (ClassView) getCurrentView();
        test(view.roster.importStudents).click();
        RosterImportDialog dialog = find(RosterImportDialog.class).single();
        dialog.filesReceived(RosterImportTest.fiveJoinOneLeavesOneDisabled(false));
        assertThat(dialog.oneRosterClass.getWidth()).isEqualTo("100%");
        assertThat(dialog.summary.getText()).isEqualTo("5 students are ready to join or stay. 1 student leaves the class. "
                + "1 row is skipped (listed below with the reason). Nothing has been saved yet.");
        assertThat(dialog.skipped.isVisible()).isTrue();
        assertThat(test(dialog.skipped).getCellText(0, 1)).isEqualTo("Gus L.");
        assertThat(test(dialog.skipped).getCellText(0, 2)).startsWith("The account is switched off in the school system");
        test(dialog.importButton).click();
        assertThat(test(view.roster.grid).size()).isEqualTo(5);
    }
}
