package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TermClosingViewTest extends ViewTest {

    @Autowired SchoolService school;
    long coordinator;

    @BeforeEach
    void school() {
        fixtures.reset();
        coordinator = fixtures.school();
    }

    @Test
    void theCoordinatorAddsASchoolYearAndATermInItThenClosesTheTermAfterConfirming() {
        signInAs(coordinator);
        SchoolSettingsView view = navigate(SchoolSettingsView.class);
        test(view.yearName).setValue("2026/27");
        view.yearStart.setValue(LocalDate.of(2026, 9, 1));
        view.yearEnd.setValue(LocalDate.of(2027, 7, 31));
        test(view.addYear).click();
        assertThat(test(view.years).size()).isEqualTo(1);

        test(view.termName).setValue("Autumn 2026");
        view.termStart.setValue(LocalDate.of(2026, 9, 7));
        view.termEnd.setValue(LocalDate.of(2026, 12, 18));
        view.termYear.setValue(view.termYear.getListDataView().getItems().filter(o -> o.isPresent()).findFirst().orElseThrow());
        test(view.addTerm).click();
        assertThat(school.termOverviews()).singleElement().satisfies(t -> assertThat(t.schoolYearName()).isEqualTo("2026/27"));

        HorizontalLayout actions = (HorizontalLayout) test(view.terms).getCellComponent(0, 5);
        Button close = (Button) actions.getComponentAt(0);
        assertThat(close.getId()).hasValueSatisfying(id -> assertThat(id).startsWith("term-close-"));
        test(close).click();
        roundTrip();
        ConfirmDialog dialog = view.closeDialog;
        assertThat(dialog.isOpened()).isTrue();
        test(dialog).confirm();
        assertThat(school.terms()).singleElement().satisfies(t -> assertThat(t.closed()).isTrue());
        HorizontalLayout after = (HorizontalLayout) test(view.terms).getCellComponent(0, 5);
        assertThat(after.getComponentAt(0)).isInstanceOf(Anchor.class);
    }

    @Test
    void aTermOutsideItsSchoolYearIsRefusedNextToTheField() {
        signInAs(coordinator);
        school.addSchoolYear("2026/27", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31));
        SchoolSettingsView view = navigate(SchoolSettingsView.class);
        test(view.termName).setValue("Summer");
        view.termStart.setValue(LocalDate.of(2027, 7, 1));
        view.termEnd.setValue(LocalDate.of(2027, 8, 31));
        view.termYear.setValue(view.termYear.getListDataView().getItems().filter(o -> o.isPresent()).findFirst().orElseThrow());
        test(view.addTerm).click();
        assertThat(view.termStart.isInvalid()).isTrue();
        assertThat(school.terms()).isEmpty();
    }
}
