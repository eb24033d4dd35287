package app.ripple.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends ViewTest {

    @BeforeEach
    void school() {
        fixtures.reset();
        fixtures.school();
        UI.getCurrent().navigate("login");
    }

    @Test
    void aWrongPasswordShowsTheErrorOnTheSignInForm() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("bad"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(((LoginView) getCurrentView()).errorTitle()).isEqualTo("Wrong email or password");
    }

    @Test
    void aLockedAccountGetsTheLockOutMessage() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginThrottledException(java.time.Instant.now()));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(((LoginView) getCurrentView()).errorTitle()).isEqualTo("Sign-in paused");
    }

    @Test
    void theDemoCredentialsAreNotShownOutsideTheDemoProfile() {
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("demo-credentials").all()).isEmpty();
    }
}
