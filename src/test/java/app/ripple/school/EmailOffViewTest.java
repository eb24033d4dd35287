package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Without an SMTP host, the pages that need email say so and point to the fallback. */
class EmailOffViewTest extends ViewTest {

    long coordinator;

    @BeforeEach
    void school() {
        fixtures.reset();
        coordinator = fixtures.school();
        fixtures.signOut();
    }

    @Test
    void theSignInPageLinksToForgotPasswordWhichSaysToAskTheCoordinator() {
        UI.getCurrent().navigate("login");
        assertThat($(Anchor.class).withId("login-forgot-link").single().getHref()).isEqualTo("forgot-password");
        UI.getCurrent().navigate("forgot-password");
        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);
        assertThat($(Paragraph.class).withId("forgot-email-off").single().getText()).contains("coordinator");
    }

    @Test
    void theSafeguardingSettingsSayAlertsAreNotSent() {
        signInAs(coordinator);
        UI.getCurrent().navigate("school/safeguarding");
        assertThat($(Paragraph.class).withId("safeguarding-alerts-email-off").exists()).isTrue();
    }

    @Test
    void theNeedsAttentionQueueSaysNobodyIsEmailed() {
        signInAs(coordinator);
        UI.getCurrent().navigate("moderation");
        roundTrip();
        assertThat($(Paragraph.class).withId("attention-email-off").exists()).isTrue();
    }

    @Test
    void theWeeklyDigestCannotBeTurnedOnWithoutEmail() {
        signInAs(coordinator);
        UI.getCurrent().navigate("account");
        var digest = $(com.vaadin.flow.component.checkbox.Checkbox.class).withId("account-digest").single();
        assertThat(digest.isEnabled()).isFalse();
        assertThat(digest.getHelperText()).contains("not set up");
    }
}
