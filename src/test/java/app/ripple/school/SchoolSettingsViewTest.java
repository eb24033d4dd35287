package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SchoolSettingsViewTest extends ViewTest {

    @Autowired SchoolService school;
    long coordinator;
    long teacher;

    @BeforeEach
    void school() {
        fixtures.reset();
        coordinator = fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
    }

    @Test
    void theCoordinatorAddsATermAndChangesThePaperSize() {
        signInAs(coordinator);
        SchoolSettingsView view = navigate(SchoolSettingsView.class);
        test(view.termName).setValue("Autumn 2026");
        view.termStart.setValue(LocalDate.of(2026, 9, 7));
        view.termEnd.setValue(LocalDate.of(2026, 12, 18));
        test(view.addTerm).click();
        assertThat(test(view.terms).size()).isEqualTo(1);
        assertThat(school.currentTerm()).map(TermInfo::name).hasValue("Autumn 2026");

        test(view.paperSize).selectItem("US Letter");
        test(view.save).click();
        assertThat(school.current().orElseThrow().paperSize()).isEqualTo("LETTER");
    }

    @Test
    void aTermEndingBeforeItStartsOrOverlappingIsRefusedNextToTheField() {
        signInAs(coordinator);
        SchoolSettingsView view = navigate(SchoolSettingsView.class);
        test(view.termName).setValue("Backwards");
        view.termStart.setValue(LocalDate.of(2026, 12, 1));
        view.termEnd.setValue(LocalDate.of(2026, 11, 1));
        test(view.addTerm).click();
        assertThat(view.termEnd.isInvalid()).isTrue();
        assertThat(test(view.terms).size()).isZero();

        school.addTerm("Autumn", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20));
        test(view.termName).setValue("Overlap");
        view.termStart.setValue(LocalDate.of(2026, 12, 1));
        view.termEnd.setValue(LocalDate.of(2027, 1, 31));
        test(view.addTerm).click();
        assertThat(view.termStart.isInvalid()).isTrue();
        assertThat(school.terms()).hasSize(1);
    }

    @Test
    void teachersCannotOpenSchoolSettings() {
        signInAs(teacher);
        UI.getCurrent().navigate("school/settings");
        assertThat(getCurrentView()).isNotInstanceOf(SchoolSettingsView.class);
    }
}
