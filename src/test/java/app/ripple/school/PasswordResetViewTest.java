package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.email.OutboxRunner;
import app.ripple.testsupport.EmailTest;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.TestSmtp;
import app.ripple.testsupport.ThisContextsSecurityStrategy;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The "Forgot password?" and reset pages with email on (GreenMail). */
@EmailTest
@Import(OutboxRunner.class)
@ExtendWith(ThisContextsSecurityStrategy.class)
class PasswordResetViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired OutboxRunner outbox;

    @BeforeEach
    void school() {
        fixtures.reset();
        TestSmtp.reset();
        fixtures.school();
        fixtures.teacher("Tess Teacher", "tess@test.example");
        fixtures.signOut();
    }

    private String ask(String address) {
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("forgot-password");
        ForgotPasswordView view = (ForgotPasswordView) getCurrentView();
        test(view.email).setValue(address);
        test(view.send).click();
        assertThat(view.done.isVisible()).isTrue();
        return view.done.getText();
    }

    @Test
    void theAnswerIsTheSameForAKnownAndAnUnknownAddressAndOnlyTheKnownOneGetsMail() {
        String known = ask("tess@test.example");
        String unknown = ask("nobody@test.example");
        assertThat(known).isEqualTo(unknown).contains("If an account uses this address");
        outbox.sendDue();
        assertThat(TestSmtp.received()).hasSize(1);
    }

    @Test
    void theLinkOpensTheResetPageOnceAndThenSaysItIsSpent() {
        ask("tess@test.example");
        outbox.sendDue();
        String body = GreenMailUtil.getBody(TestSmtp.received().getFirst()).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = PasswordResetTest.LINK.matcher(body);
        assertThat(m.find()).isTrue();
        String token = m.group(1);

        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", token));
        ResetPasswordView view = (ResetPasswordView) getCurrentView();
        test(view.password).setValue(PasswordResetTest.NEW_PASSWORD);
        test(view.repeat).setValue(PasswordResetTest.NEW_PASSWORD);
        test(view.save).click();
        assertThat($(Paragraph.class).withId("reset-done").exists()).isTrue();

        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", token));
        assertThat($(Paragraph.class).withId("reset-invalid").exists()).isTrue();
    }

    @Test
    void aMadeUpTokenIsRefused() {
        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", "made-up"));
        assertThat($(Paragraph.class).withId("reset-invalid").exists()).isTrue();
    }

    @Test
    void withEmailOnAddingATeacherSendsAnInvitationInsteadOfShowingAPassword() {
        fixtures.signIn(fixtures.staffId(Fixtures.COORDINATOR_EMAIL));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("staff");
        StaffView view = (StaffView) getCurrentView();
        test(view.add).click();
        test($(com.vaadin.flow.component.textfield.TextField.class).withId("staff-add-name").single()).setValue("Nina New");
        test($(com.vaadin.flow.component.textfield.EmailField.class).withId("staff-add-email").single()).setValue("nina@test.example");
        test($(com.vaadin.flow.component.button.Button.class).withId("staff-add-save").single()).click();
        assertThat($(com.vaadin.flow.component.dialog.Dialog.class).withId("invitation-sent-dialog").exists()).isTrue();
        assertThat($(com.vaadin.flow.component.html.Span.class).withId("one-time-password").exists()).isFalse();
        outbox.sendDue();
        assertThat(TestSmtp.received()).hasSize(1);
    }
}
