package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SetupRaceViewTest extends ViewTest {

    @BeforeEach
    void emptyInstallation() {
        fixtures.reset();
        UI.getCurrent().navigate("");
    }

    @Test
    void whenSomebodyElseFinishedSetupFirstTheFormSaysSoAndOffersSignIn() {
        SetupView view = navigate(SetupView.class);
        test(view.schoolName).setValue("Second School");
        test(view.timeZone).selectItem("Europe/Madrid");
        test(view.coordinatorName).setValue("Late Larry");
        test(view.email).setValue("larry@school.example");
        test(view.password).setValue("a long enough passphrase");
        // Meanwhile, on another node, the first coordinator finished.
        fixtures.school();

        test(view.create).click();

        Paragraph message = $(Paragraph.class).id("setup-already-done");
        assertThat(message.getText()).startsWith("Ripple has just been set up by someone else");
        assertThat(message.getElement().getAttribute("role")).isEqualTo("alert");
        Anchor signIn = $(Anchor.class).id("setup-sign-in");
        assertThat(signIn.getHref()).isEqualTo("login");
        assertThat(view.create.isEnabled()).isFalse();
        assertThat(fixtures.jdbc().sql("select count(*) from school").query(Long.class).single()).isEqualTo(1);
        assertThat(fixtures.jdbc().sql("select count(*) from staff_account where email = 'larry@school.example'")
                .query(Long.class).single()).isZero();
    }
}
