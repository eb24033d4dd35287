package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffViewTest extends ViewTest {

    long coordinator;

    @BeforeEach
    void signedInCoordinator() {
        fixtures.reset();
        coordinator = fixtures.school();
        signInAs(coordinator);
    }

    @Test
    void theCoordinatorAddsATeacherAndSeesTheOneTimePasswordOnce() {
        StaffView view = navigate(StaffView.class);
        test(view.add).click();
        test(find(TextField.class).withId("staff-add-name").single()).setValue("Ana Ruiz");
        test(find(EmailField.class).withId("staff-add-email").single()).setValue("ana@test.example");
        test(find(Button.class).withId("staff-add-save").single()).click();

        String otp = find(Span.class).withId("one-time-password").single().getText();
        assertThat(otp).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(fixtures.jdbc().sql("select must_change_password from staff_account where email = 'ana@test.example'")
                .query(Boolean.class).single()).isTrue();
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    @Test
    void aBadEmailIsShownNextToTheFieldAndNoAccountIsCreated() {
        StaffView view = navigate(StaffView.class);
        test(view.add).click();
        test(find(TextField.class).withId("staff-add-name").single()).setValue("Ana Ruiz");
        EmailField email = find(EmailField.class).withId("staff-add-email").single();
        test(email).setValue("ana at school");
        test(find(Button.class).withId("staff-add-save").single()).click();
        assertThat(email.isInvalid()).isTrue();
        assertThat(fixtures.jdbc().sql("select count(*) from staff_account").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCoordinatorDeactivatesATeacher() {
        long teacher = fixtures.teacher("Tom Teacher", "tom@test.example");
        StaffView view = navigate(StaffView.class);
        assertThat(test(view.grid).getRow(1).id()).isEqualTo(teacher);
        HorizontalLayout actions = (HorizontalLayout) test(view.grid).getCellComponent(1, "actions");
        Button toggle = (Button) actions.getComponentAt(1);
        assertThat(toggle.getId()).hasValue("staff-toggle-" + teacher);
        test(toggle).click();
        assertThat(fixtures.jdbc().sql("select active from staff_account where id = ?").param(teacher)
                .query(Boolean.class).single()).isFalse();
    }
}
