package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.email.OutboxRunner;
import app.ripple.testsupport.EmailTest;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.TestSmtp;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

@EmailTest
@Import(OutboxRunner.class)
class PasswordResetTest {

    static final Pattern LINK = Pattern.compile("http://ripple\\.test/reset-password\\?token=([A-Za-z0-9_-]+)");
    static final String NEW_PASSWORD = "violet harbour kindness 42";

    @Autowired Fixtures fixtures;
    @Autowired PasswordResetService resets;
    @Autowired OutboxRunner outbox;
    @Autowired PasswordEncoder encoder;

    long tess;

    @BeforeEach
    void school() {
        fixtures.reset();
        TestSmtp.reset();
        fixtures.school();
        tess = fixtures.teacher("Tess Teacher", "tess@test.example");
        fixtures.signOut();
    }

    private String mailedToken() {
        outbox.sendDue();
        var got = TestSmtp.received();
        assertThat(got).hasSize(1);
        String body = GreenMailUtil.getBody(got.getFirst()).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    private String hash(long staffId) {
        return fixtures.jdbc().sql("select password_hash from staff_account where id = ?").param(staffId).query(String.class).single();
    }

    private int audited(String action) {
        return fixtures.jdbc().sql("select count(*) from audit_log where action = ?").param(action).query(Integer.class).single();
    }

    @Test
    void aLinkSetsThePasswordOnceAndOnlyItsHashIsStored() {
        resets.requestReset("TESS@test.example", "10.0.0.1");
        String token = mailedToken();
        assertThat(fixtures.jdbc().sql("select token_hash from password_reset_token").query(String.class).single())
                .isEqualTo(PasswordResetService.hash(token)).doesNotContain(token);
        assertThat(resets.isUsable(token)).isTrue();
        resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(encoder.matches(NEW_PASSWORD, hash(tess))).isTrue();
        assertThat(resets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.resetPassword(token, "another long passphrase 7", "another long passphrase 7"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(encoder.matches(NEW_PASSWORD, hash(tess))).isTrue();
        assertThat(fixtures.jdbc().sql("select credentials_changed_at is not null from staff_account where id = ?").param(tess)
                .query(Boolean.class).single()).isTrue();
        assertThat(audited("PASSWORD_RESET_REQUESTED")).isEqualTo(1);
        assertThat(audited("PASSWORD_RESET_USED")).isEqualTo(1);
        // The sent message keeps no body (the link) in the outbox.
        assertThat(fixtures.jdbc().sql("select count(*) from email_outbox where body_text is not null").query(Integer.class).single())
                .isZero();
    }

    @Test
    void aLinkExpiresAfterThirtyMinutes() {
        resets.requestReset("tess@test.example", "10.0.0.1");
        String token = mailedToken();
        fixtures.clock().advance(Duration.ofMinutes(31));
        assertThat(resets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anUnknownAddressGetsNoMailButIsAudited() {
        resets.requestReset("nobody@test.example", "10.0.0.1");
        outbox.sendDue();
        assertThat(TestSmtp.received()).isEmpty();
        assertThat(audited("PASSWORD_RESET_REQUESTED")).isEqualTo(1);
    }

    @Test
    void requestsAreThrottledPerAddressAndPerClient() {
        for (int i = 0; i < 5; i++) {
            resets.requestReset("tess@test.example", "10.0.0." + i);
        }
        outbox.sendDue();
        assertThat(TestSmtp.received()).hasSize(PasswordResetService.PER_EMAIL);
        assertThat(audited("PASSWORD_RESET_THROTTLED")).isEqualTo(2);

        TestSmtp.reset();
        fixtures.clock().advance(Duration.ofHours(2));
        for (int i = 0; i < PasswordResetService.PER_CLIENT; i++) {
            resets.requestReset("someone" + i + "@test.example", "10.9.9.9");
        }
        resets.requestReset("tess@test.example", "10.9.9.9");
        outbox.sendDue();
        assertThat(TestSmtp.received()).isEmpty();
        // From another client the same address still gets its link.
        resets.requestReset("tess@test.example", "10.1.1.1");
        outbox.sendDue();
        assertThat(TestSmtp.received()).hasSize(1);
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysUsable() {
        resets.requestReset("tess@test.example", "10.0.0.1");
        String token = mailedToken();
        assertThatThrownBy(() -> resets.resetPassword(token, "short", "short")).isInstanceOf(InvalidInputException.class);
        assertThat(resets.isUsable(token)).isTrue();
    }

    @Test
    void aDeactivatedAccountGetsNoLink() {
        fixtures.jdbc().sql("update staff_account set active = false where id = ?").param(tess).update();
        resets.requestReset("tess@test.example", "10.0.0.1");
        outbox.sendDue();
        assertThat(TestSmtp.received()).isEmpty();
        assertThat(Fixtures.PASSWORD).isNotBlank();
    }
}
