package app.ripple.school;

import app.ripple.base.RippleI18NProvider;
import app.ripple.email.EmailSettings;
import app.ripple.email.Mail;
import app.ripple.email.MailText;
import app.ripple.email.Outbox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Links that let a staff member set a password: a reset link ({@link #RESET_VALID}) or an invitation
 * ({@link #INVITE_VALID}). The token is 32 random bytes in the link; the database keeps only its
 * SHA-256. The email goes through the outbox in the caller's transaction. Not a service: callers
 * ({@link PasswordResetService}, {@link StaffService}) check who may ask.
 */
@Component
class ResetLinks {

    static final Duration RESET_VALID = Duration.ofMinutes(30);
    static final Duration INVITE_VALID = Duration.ofDays(7);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final EmailSettings email;
    private final RippleI18NProvider i18n;
    private final Clock clock;

    ResetLinks(JdbcClient jdbc, Outbox outbox, EmailSettings email, RippleI18NProvider i18n, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.email = email;
        this.i18n = i18n;
        this.clock = clock;
    }

    boolean enabled() {
        return email.enabled();
    }

    void sendReset(StaffAccount a) {
        String token = newToken(a.id(), "RESET", RESET_VALID);
        MailText.Rendered content = MailText.in(i18n, a.language())
                .subject("email.reset.subject")
                .paragraph("email.reset.body", a.name(), RESET_VALID.toMinutes())
                .link(email.link("/reset-password?token=" + token), "email.reset.link")
                .paragraph("email.reset.notYou")
                .render();
        outbox.enqueue(new Mail(a.email(), "PASSWORD_RESET", "staff:" + a.id(), content));
    }

    /** A new invitation; earlier open invitations of the account are spent (a resend replaces them). */
    void sendInvitation(StaffAccount a, String schoolName) {
        jdbc.sql("update password_reset_token set used_at = ? where staff_id = ? and purpose = 'INVITE' and used_at is null")
                .params(Timestamp.from(clock.instant()), a.id()).update();
        String token = newToken(a.id(), "INVITE", INVITE_VALID);
        MailText.Rendered content = MailText.in(i18n, a.language())
                .subject("email.invite.subject", schoolName)
                .paragraph("email.invite.body", a.name(), schoolName, INVITE_VALID.toDays())
                .link(email.link("/reset-password?token=" + token), "email.invite.link")
                .paragraph("email.invite.account", a.email())
                .render();
        outbox.enqueue(new Mail(a.email(), "INVITATION", "staff:" + a.id(), content));
    }

    private String newToken(long staffId, String purpose, Duration valid) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("insert into password_reset_token (staff_id, purpose, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(staffId, purpose, hash(token), Timestamp.from(now), Timestamp.from(now.plus(valid))).update();
        return token;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
