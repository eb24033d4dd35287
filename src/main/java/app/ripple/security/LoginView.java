package app.ripple.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.web.WebAttributes;

/**
 * Staff sign-in. Spring Security handles the POST; this view shows the form and explains failures.
 * While no staff account exists it sends everyone to the first-run setup.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String DEMO_PASSWORD = "ripple-demo-2026";

    private final LoginForm form = new LoginForm();
    private final SetupStatus setupStatus;
    private final AuthenticationContext authenticationContext;
    private final Div demoBox = new Div();
    private @org.jspecify.annotations.Nullable String errorTitle;
    private final boolean ssoConfigured;
    private final ObjectProvider<SsoSignInPolicy> ssoPolicy;
    private final com.vaadin.flow.component.html.Anchor passwordLink = new com.vaadin.flow.component.html.Anchor();
    private final com.vaadin.flow.component.html.Anchor forgotLink = new com.vaadin.flow.component.html.Anchor();

    LoginView(SetupStatus setupStatus, AuthenticationContext authenticationContext, Environment environment,
            ObjectProvider<DemoKioskHints> kioskHints, SsoProperties sso, ObjectProvider<SsoSignInPolicy> ssoPolicy) {
        this.setupStatus = setupStatus;
        this.ssoConfigured = !sso.configured().isEmpty();
        this.ssoPolicy = ssoPolicy;
        this.authenticationContext = authenticationContext;
        addClassName("ripple-center-page");
        setId("login-view");

        Div card = new Div();
        card.addClassName("ripple-card");
        card.addClassName("ripple-login-card");
        Image logo = new Image("images/ripple-logo.svg", "");
        logo.addClassName("ripple-logo");
        H1 title = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("ripple-muted");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        form.setId("login-form");
        Paragraph forgot = new Paragraph(getTranslation("login.forgot"));
        forgot.addClassName("ripple-muted");

        card.add(logo, title, tagline);
        // OpenID Connect providers (docs/sso.md): plain links that Spring Security answers, not Vaadin's router.
        SsoButtons providers = new SsoButtons(sso);
        if (providers.hasProviders()) {
            card.add(providers);
        }
        // The reset pages live with the staff accounts (school module); a plain link keeps this view independent of them.
        forgotLink.setHref("forgot-password");
        forgotLink.setText(getTranslation("login.forgotLink"));
        forgotLink.setId("login-forgot-link");
        card.add(form, forgotLink, forgot);
        if (ssoConfigured) {
            passwordLink.setId("login-password-link");
            passwordLink.setVisible(false);
            passwordLink.setHref("login?password");
            passwordLink.setRouterIgnore(true);
            passwordLink.setText(getTranslation("sso.login.breakGlass"));
            card.add(passwordLink);
        }
        if (environment.getProperty("ripple.demo.enabled", Boolean.class, false)) {
            demoBox.setId("demo-credentials");
            demoBox.addClassName("ripple-demo-box");
            demoBox.add(new H2(getTranslation("login.demo.title")));
            demoBox.add(new Paragraph(getTranslation("login.demo.accounts",
                    "coordinator@example.org", "teacher1@example.org", "teacher3@example.org", DEMO_PASSWORD)));
            // The other schools of the demo district and its administrator (DemoSchool, docs/district.md).
            Paragraph district = new Paragraph(getTranslation("login.demo.district", "district@example.org",
                    "coordinator2@example.org", "Escuela Río Claro (demo)", "coordinator3@example.org", "Hillside Academy (demo)"));
            district.setId("demo-district");
            demoBox.add(district);
            kioskHints.ifAvailable(hints -> {
                demoBox.add(new Paragraph(getTranslation("login.demo.kiosk", hints.className())));
                com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
                list.setId("demo-picture-passwords");
                for (DemoKioskHints.StudentHint h : hints.students()) {
                    list.add(new com.vaadin.flow.component.html.ListItem(h.displayName() + ": "
                            + String.join(" → ", h.pictureNameKeys().stream().map(this::getTranslation).toList())));
                }
                demoBox.add(list);
            });
            card.add(demoBox);
        }
        add(card);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.email"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage e = i18n.getErrorMessage();
        e.setTitle(getTranslation("login.error.title"));
        e.setMessage(getTranslation("login.error.message"));
        e.setUsername(getTranslation("login.error.username"));
        e.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (setupStatus.isSetupNeeded()) {
            event.forwardTo("setup");
            return;
        }
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        // "Staff sign in only with the school's provider": the password form only on request (break-glass).
        boolean ssoOnly = ssoConfigured && ssoPolicy.getIfAvailable(() -> null) instanceof SsoSignInPolicy p && p.staffSsoOnly();
        boolean showForm = !ssoOnly || params.containsKey("password") || params.containsKey("error");
        form.setVisible(showForm);
        // With "SSO only", staff reset their password at the provider; the link would only confuse.
        forgotLink.setVisible(!ssoOnly);
        passwordLink.setVisible(ssoOnly && !showForm);
        if (params.containsKey("error")) {
            Object last = lastAuthenticationException();
            LoginI18n i18n = i18n();
            if (last instanceof LoginThrottledException) {
                i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.locked.message"));
            } else if (last instanceof SsoOnlyException) {
                i18n.getErrorMessage().setTitle(getTranslation("sso.login.ssoOnly.title"));
                i18n.getErrorMessage().setMessage(getTranslation("sso.login.ssoOnly.message"));
            }
            form.setI18n(i18n);
            form.setError(true);
            errorTitle = i18n.getErrorMessage().getTitle();
        }
    }

    private @org.jspecify.annotations.Nullable Object lastAuthenticationException() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /** The error the form shows, if any (for tests: the form's i18n is not readable from outside). */
    @org.jspecify.annotations.Nullable String errorTitle() {
        return errorTitle;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
