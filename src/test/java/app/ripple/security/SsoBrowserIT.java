package app.ripple.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.Fixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testidp.TestOidcProvider;
import testidp.TestOidcProvider.TestUser;

/**
 * Staff sign-in through a real OpenID Connect provider (Spring Authorization Server in its own context, see
 * {@link TestOidcProvider}) in Chromium: the provider's sign-in and consent pages, Ripple's matching of the
 * verified e-mail, refusals, sign-out through the provider's end-session endpoint and "SSO only".
 */
class SsoBrowserIT extends BrowserTest {

    static final String PROVIDER_NAME = "Test School ID";
    private static TestOidcProvider provider;
    private static volatile int ripplePort;

    @DynamicPropertySource
    static synchronized void provider(DynamicPropertyRegistry registry) {
        if (provider == null) {
            provider = TestOidcProvider.start(() -> ripplePort);
        }
        registry.add("ripple.sso.providers.idp.display-name", () -> PROVIDER_NAME);
        registry.add("ripple.sso.providers.idp.issuer-uri", () -> provider.issuer());
        registry.add("ripple.sso.providers.idp.client-id", () -> TestOidcProvider.CLIENT_ID);
        registry.add("ripple.sso.providers.idp.client-secret", () -> TestOidcProvider.CLIENT_SECRET);
    }

    @AfterAll
    static synchronized void stopProvider() {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    long teacherId;

    @BeforeEach
    void school() {
        ripplePort = port;
        // The provider's and Ripple's pages on a busy 2-core machine: more than assertions' default 5 s.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        fixtures.reset();
        fixtures.school();
        teacherId = fixtures.teacher("Sam Sso", "sso.teacher@school.test");
        long former = fixtures.teacher("Fran Former", "sso.former@school.test");
        fixtures.jdbc().sql("update staff_account set active = false where id = ?").param(former).update();
        fixtures.teacher("Pat Password", "pat@school.test");
    }

    /** Clicks "Sign in with …" and signs in at the provider's page (consenting when it asks). */
    private void signInThroughProvider(TestUser user) {
        open("/login");
        Locator button = page.locator("#sso-idp");
        button.waitFor();
        assertThat(button).hasText("Sign in with " + PROVIDER_NAME);
        button.click();
        page.waitForURL(url -> url.startsWith(provider.issuer()));
        if (page.url().startsWith(provider.issuer() + "/login")) {
            page.locator("input[name=username]").fill(user.username());
            page.locator("input[name=password]").fill(TestOidcProvider.PASSWORD);
            page.locator("button[type=submit]").click();
        }
        page.waitForURL(url -> !url.startsWith(provider.issuer() + "/login"));
        if (page.url().startsWith(provider.issuer())) {
            // The provider's consent page, the first time this user signs in to Ripple.
            Locator consent = page.locator("#submit-consent");
            consent.waitFor();
            for (Locator box : page.locator("input[type=checkbox]").all()) {
                box.check();
            }
            consent.click();
        }
        page.waitForURL(url -> url.startsWith("http://localhost:" + port));
    }

    private Optional<String> sessionCookie() {
        return context.cookies("http://localhost:" + port).stream().filter(c -> c.name.equals("JSESSIONID"))
                .map((Cookie c) -> c.value).findFirst();
    }

    private List<String> audit(String action) {
        return fixtures.jdbc().sql("select actor || ' | ' || coalesce(details, '') from audit_log where action = ? order by id")
                .param(action).query(String.class).list();
    }

    @Test
    void aTeacherSignsInThroughTheProviderAndSignOutEndsBothSessions() {
        open("/login");
        page.locator("#login-form").waitFor();
        assertNoSeriousAccessibilityViolations();
        String before = sessionCookie().orElse("");
        TestOidcProvider.AUTHORIZATION_REQUESTS.clear();

        signInThroughProvider(TestOidcProvider.TEACHER);
        page.locator("#home-view").waitFor();
        assertThat(page.locator("#user-menu")).containsText("Sam Sso");

        // The authorization request carried state, nonce and a PKCE challenge (the provider also insists on PKCE).
        String request = TestOidcProvider.AUTHORIZATION_REQUESTS.peek();
        assertThat(request).contains("state=").contains("nonce=").contains("code_challenge=")
                .contains("code_challenge_method=S256").contains("response_type=code");
        // Session fixation: a new session id after signing in.
        assertThat(sessionCookie()).isPresent().get().isNotEqualTo(before);
        assertThat(audit("SSO_LOGIN")).containsExactly("sso.teacher@school.test | provider=" + PROVIDER_NAME);
        assertThat(fixtures.jdbc().sql("select count(*) from staff_sso_sign_in where staff_id = ?").param(teacherId)
                .query(Integer.class).single()).isEqualTo(1);

        open("/account");
        assertThat(page.locator("#account-sign-in-methods")).containsText("With " + PROVIDER_NAME);

        List<String> visited = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(r -> visited.add(r.url()));
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#user-menu-sign-out").click();
        page.waitForURL(url -> url.startsWith("http://localhost:" + port + "/login"));
        page.locator("#login-view").waitFor();
        open("/");
        assertThat(page).hasURL(path("/login"));
        // Sign-out went through the provider's end-session endpoint with the ID token as a hint.
        assertThat(visited).anySatisfy(u -> assertThat(u).startsWith(provider.issuer() + "/connect/logout")
                .contains("id_token_hint=").contains("post_logout_redirect_uri="));
    }

    @Test
    void anUnverifiedEmailIsRefused() {
        signInThroughProvider(TestOidcProvider.UNVERIFIED);
        assertThat(page.locator("#sso-refused-view")).hasAttribute("data-reason", "unverified");
        assertThat(audit("SSO_LOGIN_REFUSED")).containsExactly("sso.unverified@school.test | provider=" + PROVIDER_NAME + " reason=unverified");
        open("/");
        assertThat(page).hasURL(path("/login"));
    }

    @Test
    void anUnknownEmailIsToldToAskTheCoordinatorAndAudited() {
        signInThroughProvider(TestOidcProvider.STRANGER);
        page.locator("#sso-refused-view").waitFor();
        assertThat(page.locator("#sso-refused-view")).hasAttribute("data-reason", "unknown");
        assertThat(page.locator("#sso-refused-message")).containsText("ask your coordinator to add you");
        assertNoSeriousAccessibilityViolations();
        assertThat(audit("SSO_LOGIN_REFUSED")).containsExactly("sso.stranger@school.test | provider=" + PROVIDER_NAME + " reason=unknown");
        assertThat(fixtures.jdbc().sql("select count(*) from staff_account where lower(email) = 'sso.stranger@school.test'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aDeactivatedAccountIsRefused() {
        signInThroughProvider(TestOidcProvider.FORMER);
        assertThat(page.locator("#sso-refused-view")).hasAttribute("data-reason", "deactivated");
        assertThat(audit("SSO_LOGIN_REFUSED")).containsExactly("sso.former@school.test | provider=" + PROVIDER_NAME + " reason=deactivated");
    }

    @Test
    void aForgedCallbackIsRefusedAndAudited() {
        open("/login/oauth2/code/idp?code=stolen&state=forged");
        assertThat(page.locator("#sso-refused-view")).hasAttribute("data-reason", "failed");
        assertThat(audit("SSO_LOGIN_FAILED")).singleElement().asString().contains("provider=" + PROVIDER_NAME)
                .contains("authorization_request_not_found");
    }

    @Test
    void ssoOnlyHidesThePasswordFormAndTheBreakGlassCoordinatorKeepsTheirPassword() {
        // The coordinator signs in through the provider once, then turns "SSO only" on.
        signInThroughProvider(TestOidcProvider.COORDINATOR);
        page.locator("#home-view").waitFor();
        open("/school/settings");
        Locator ssoOnly = page.locator("#school-sso-only");
        ssoOnly.waitFor();
        ssoOnly.locator("input").check();
        assertThat(page.locator("#school-sso-status")).containsText("keeps a password for emergencies");
        assertNoSeriousAccessibilityViolations();

        // Another browser: the password form is gone, the provider button stays.
        newContext(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        open("/login");
        page.locator("#sso-idp").waitFor();
        assertThat(page.locator("#login-form")).isHidden();
        assertThat(page.locator("#login-password-link")).isVisible();
        assertNoSeriousAccessibilityViolations();

        // A teacher's correct password is refused...
        open("/login?password");
        page.locator("#login-form vaadin-text-field[name=username] input").fill("pat@school.test");
        page.locator("#login-form vaadin-password-field[name=password] input").fill(Fixtures.PASSWORD);
        page.locator("#login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("#login-form")).containsText("Please use your school account");
        assertThat(audit("LOGIN_FAILED")).containsExactly("pat@school.test | sso-only");

        // ...the break-glass coordinator's works.
        open("/login?password");
        page.locator("#login-form vaadin-text-field[name=username] input").fill(Fixtures.COORDINATOR_EMAIL);
        page.locator("#login-form vaadin-password-field[name=password] input").fill(Fixtures.PASSWORD);
        page.locator("#login-form vaadin-button[slot=submit]").click();
        page.locator("#home-view").waitFor();
        open("/account");
        assertThat(page.locator("#account-sign-in-methods")).containsText("kept for emergencies");
    }
}
