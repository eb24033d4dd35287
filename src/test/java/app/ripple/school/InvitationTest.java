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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** With email on, a new teacher gets an invitation link (7 days) instead of a one-time password to hand over. */
@EmailTest
@Import(OutboxRunner.class)
class InvitationTest {

    @Autowired Fixtures fixtures;
    @Autowired StaffService staff;
    @Autowired PasswordResetService resets;
    @Autowired OutboxRunner outbox;
    @Autowired PasswordEncoder encoder;

    long coordinator;

    @BeforeEach
    void school() {
        fixtures.reset();
        TestSmtp.reset();
        coordinator = fixtures.school();
        fixtures.signIn(coordinator);
    }

    private String mailedToken(int index) {
        outbox.sendDue();
        var got = TestSmtp.received();
        String body = GreenMailUtil.getBody(got.get(index)).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = PasswordResetTest.LINK.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    @Test
    void aNewTeacherSetsTheirPasswordFromTheInvitation() throws Exception {
        assertThat(staff.invitationsOn()).isTrue();
        long id = staff.createTeacher("Nina New", "nina@test.example").staffId();
        String token = mailedToken(0);
        assertThat(TestSmtp.received().getFirst().getSubject()).isEqualTo("Your Ripple account at Test School");
        fixtures.signOut();
        resets.resetPassword(token, PasswordResetTest.NEW_PASSWORD, PasswordResetTest.NEW_PASSWORD);
        assertThat(fixtures.jdbc().sql("select must_change_password from staff_account where id = ?").param(id).query(Boolean.class)
                .single()).isFalse();
        assertThat(encoder.matches(PasswordResetTest.NEW_PASSWORD,
                fixtures.jdbc().sql("select password_hash from staff_account where id = ?").param(id).query(String.class).single())).isTrue();
    }

    @Test
    void anInvitationExpiresAfterSevenDaysAndAResendReplacesIt() {
        long id = staff.createTeacher("Nina New", "nina@test.example").staffId();
        String first = mailedToken(0);
        fixtures.clock().advance(Duration.ofDays(6));
        assertThat(resets.isUsable(first)).isTrue();
        fixtures.clock().advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(resets.isUsable(first)).isFalse();
        fixtures.signIn(coordinator);
        staff.sendInvitation(id);
        String second = mailedToken(1);
        assertThat(resets.isUsable(second)).isTrue();
        fixtures.signIn(coordinator);
        staff.sendInvitation(id);
        String third = mailedToken(2);
        assertThat(resets.isUsable(second)).isFalse();
        assertThat(resets.isUsable(third)).isTrue();
        assertThatThrownBy(() -> resets.resetPassword(first, PasswordResetTest.NEW_PASSWORD, PasswordResetTest.NEW_PASSWORD))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void teachersCannotSendInvitations() {
        long tess = fixtures.teacher("Tess Teacher", "tess@test.example");
        fixtures.signIn(tess);
        assertThatThrownBy(() -> staff.sendInvitation(coordinator)).isInstanceOf(AccessDeniedException.class);
        assertThat(Fixtures.PASSWORD).isNotBlank();
    }
}
