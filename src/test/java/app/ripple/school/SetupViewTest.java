package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SetupViewTest extends ViewTest {

    @Autowired SetupService setup;

    @BeforeEach
    void emptyInstallation() {
        fixtures.reset();
        UI.getCurrent().navigate("");
    }

    @Test
    void aFreshInstallationSendsEveryRouteToSetup() {
        assertThat(getCurrentView()).isInstanceOf(SetupView.class);
        UI.getCurrent().navigate("staff");
        assertThat(getCurrentView()).isInstanceOf(SetupView.class);
        UI.getCurrent().navigate("login");
        assertThat(getCurrentView()).isInstanceOf(SetupView.class);
    }

    @Test
    void setupCreatesTheSchoolAndItsCoordinatorThenGoesToSignIn() {
        SetupView view = navigate(SetupView.class);
        test(view.schoolName).setValue("Escuela Pública Río Claro");
        test(view.timeZone).selectItem("Europe/Madrid");
        test(view.language).selectItem("Español");
        test(view.coordinatorName).setValue("María José O'Neill");
        test(view.email).setValue("maria@rioclaro.example");
        test(view.password).setValue("un río que suena bonito");
        test(view.create).click();

        assertThat(setup.isSetupNeeded()).isFalse();
        assertThat(fixtures.jdbc().sql("select name || '|' || time_zone || '|' || default_language from school")
                .query(String.class).single()).isEqualTo("Escuela Pública Río Claro|Europe/Madrid|es");
        assertThat(fixtures.jdbc().sql("select role from staff_account where email = 'maria@rioclaro.example'")
                .query(String.class).single()).isEqualTo("COORDINATOR");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    void badInputShowsAMessageNextToEachFieldAndCreatesNothing() {
        SetupView view = navigate(SetupView.class);
        test(view.schoolName).setValue("   ");
        test(view.coordinatorName).setValue("Pat");
        test(view.email).setValue("pat@school.example");
        test(view.password).setValue("password1234");
        test(view.create).click();

        assertThat(view.schoolName.isInvalid()).isTrue();
        assertThat(view.schoolName.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("too common");
        assertThat(view.email.isInvalid()).isFalse();
        assertThat(setup.isSetupNeeded()).isTrue();
    }

    @Test
    void setupIsGoneForGoodOnceTheSchoolExists() {
        fixtures.school();
        UI.getCurrent().navigate("setup");
        assertThat(getCurrentView()).isNotInstanceOf(SetupView.class);
    }
}
