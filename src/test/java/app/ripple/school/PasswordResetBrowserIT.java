package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.BrowserTest;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.TestSmtp;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * "Forgot password?" end to end, with the outbox job sending to GreenMail: the email's link sets a
 * new password once, signs the account out elsewhere, and an unknown address gets the same page and
 * no email.
 */
@ContextConfiguration(initializers = TestSmtp.Initializer.class)
@TestPropertySource(properties = "ripple.email.send-delay=PT0.5S")
class PasswordResetBrowserIT extends BrowserTest {

    static final String NEW_PASSWORD = "violet harbour kindness 42";

    @BeforeEach
    void school() {
        fixtures.reset();
        TestSmtp.reset();
        fixtures.school();
        fixtures.teacher("Tess Teacher", "tess@test.example");
        fixtures.signOut();
    }

    private String askForLink(Page p, String address) {
        p.navigate(url("/login"));
        p.locator("#login-forgot-link").click();
        p.locator("#forgot-password-view").waitFor();
        p.locator("#forgot-email input").fill(address);
        p.locator("#forgot-send").click();
        p.locator("#forgot-done").waitFor();
        return p.locator("#forgot-done").textContent();
    }

    @Test
    void forgotPasswordEmailsALinkThatSetsTheNewPasswordOnce() throws Exception {
        // Tess is also signed in elsewhere: that session ends when the password is reset.
        BrowserContext elsewhere = context.browser().newContext(contextOptions(DESKTOP_WIDTH, DESKTOP_HEIGHT));
        elsewhere.setDefaultTimeout(20_000);
        Page other = elsewhere.newPage();
        other.navigate(url("/login"));
        other.locator("#login-form vaadin-text-field[name=username] input").fill("tess@test.example");
        other.locator("#login-form vaadin-password-field[name=password] input").fill(Fixtures.PASSWORD);
        other.locator("#login-form vaadin-button[slot=submit]").click();
        other.locator("#home-view").waitFor();
        fixtures.clock().advance(java.time.Duration.ofMinutes(1));

        String answer = askForLink(page, "tess@test.example");
        assertNoSeriousAccessibilityViolations();
        var mail = TestSmtp.await(1, 20_000);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().getSubject()).isEqualTo("Reset your Ripple password");
        String body = GreenMailUtil.getBody(mail.getFirst()).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = PasswordResetTest.LINK.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        String link = "/reset-password?token=" + m.group(1);

        open(link);
        page.locator("#reset-password input").fill(NEW_PASSWORD);
        page.locator("#reset-repeat input").fill(NEW_PASSWORD);
        assertNoSeriousAccessibilityViolations();
        page.locator("#reset-save").click();
        page.locator("#reset-done").waitFor();
        fixtures.clock().advance(java.time.Duration.ofMinutes(1));

        signIn("tess@test.example", NEW_PASSWORD);

        // The link cannot be used twice.
        newContext(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        open(link);
        page.locator("#reset-invalid").waitFor();

        // The other session was ended: its next page is the sign-in.
        other.navigate(url("/"));
        other.locator("#login-view").waitFor();
        elsewhere.close();

        // An unknown address gets the same answer, and no email.
        newContext(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        assertThat(askForLink(page, "nobody@test.example")).isEqualTo(answer);
        Thread.sleep(2_000);
        assertThat(TestSmtp.received()).hasSize(1);
    }
}
