package app.ripple.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.TestPropertySource;

/** The sign-in page with a provider configured, "SSO only", and the refusal page. */
@TestPropertySource(properties = {
        "ripple.sso.providers.google.display-name=Google",
        "ripple.sso.providers.google.issuer-uri=http://127.0.0.1:9/never",
        "ripple.sso.providers.google.client-id=ripple"})
class SsoViewsTest extends ViewTest {

    @BeforeEach
    void school() {
        fixtures.reset();
        fixtures.school();
    }

    @Test
    void theSignInPageOffersEachProviderAsAPlainLink() {
        UI.getCurrent().navigate("login");
        Anchor google = find(Anchor.class).withId("sso-google").single();
        assertThat(google.getText()).isEqualTo("Sign in with Google");
        assertThat(google.getHref()).isEqualTo("oauth2/authorization/google");
        assertThat(google.getElement().hasAttribute("router-ignore")).isTrue();
        assertThat(find(LoginForm.class).single().isVisible()).isTrue();
    }

    @Test
    void ssoOnlyHidesThePasswordFormUnlessAskedFor() {
        fixtures.jdbc().sql("update school set staff_sso_only = true").update();
        UI.getCurrent().navigate("login");
        assertThat(find(LoginForm.class).all()).as("only visible components are found").isEmpty();
        assertThat(find(Anchor.class).withId("login-password-link").single().isVisible()).isTrue();
        UI.getCurrent().navigate("login", QueryParameters.of("password", ""));
        assertThat(find(LoginForm.class).single().isVisible()).isTrue();
    }

    @Test
    void aRefusedPasswordUnderSsoOnlySaysSo() {
        fixtures.jdbc().sql("update school set staff_sso_only = true").update();
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new SsoOnlyException());
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(find(LoginForm.class).single().isVisible()).isTrue();
        assertThat(((LoginView) getCurrentView()).errorTitle()).isEqualTo("Please use your school account");
    }

    @Test
    void theRefusalPageExplainsOnlyKnownReasons() {
        UI.getCurrent().navigate("sign-in-refused", QueryParameters.of("reason", "unknown"));
        assertThat(find(Paragraph.class).withId("sso-refused-message").single().getText()).contains("ask your coordinator to add you");
        UI.getCurrent().navigate("sign-in-refused", QueryParameters.of("reason", "<script>"));
        assertThat(getCurrentView().getElement().getAttribute("data-reason")).isEqualTo("failed");
    }
}
