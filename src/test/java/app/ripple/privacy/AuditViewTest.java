package app.ripple.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.school.AuditService;
import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class AuditViewTest extends ViewTest {

    @Autowired ApplicationContext context;
    PrivacyFixtures data;
    @Autowired AuditService audit;

    @BeforeEach
    void someHistory() {
        data = new PrivacyFixtures(context);
        data.school();
        long classId = data.classIn(null, "4B");
        for (int i = 0; i < 20; i++) {
            data.student(classId, "Student " + i);
        }
        for (int i = 0; i < 100; i++) {
            audit.record("STUDENT_ADDED", "student:" + (1000 + i), "class:" + classId);
        }
    }

    @Test
    void theCoordinatorSeesWhoDidWhatAndFiltersIt() {
        signInAs(data.coordinator);
        AuditView view = navigate(AuditView.class);
        int all = test(view.grid).size();
        assertThat(all).isGreaterThan(120);
        assertThat(view.total.getText()).endsWith("entries");

        test(view.action).selectItem("STUDENT_ADDED");
        assertThat(test(view.grid).size()).isEqualTo(120);
        assertThat(test(view.grid).getRow(0).actor()).isEqualTo("tess@test.example");
        assertThat(view.total.getText()).isEqualTo("120 entries");

        test(view.target).setValue("student:10");
        assertThat(test(view.grid).size()).as("student:10 and student:1000 to 1099").isEqualTo(101);
        test(view.actor).setValue("nobody");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.total.getText()).isEqualTo("No entries");

        test(view.clear).click();
        view.from.setValue(LocalDate.of(2026, 11, 26));
        assertThat(test(view.grid).size()).isZero();
        view.from.setValue(LocalDate.of(2026, 11, 25));
        view.to.setValue(LocalDate.of(2026, 11, 25));
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(all);
        assertThat(view.csv.getHref()).isNotBlank();
    }

    @Test
    void teachersCannotOpenTheAuditLog() {
        signInAs(data.teacher);
        UI.getCurrent().navigate("school/audit");
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }
}
