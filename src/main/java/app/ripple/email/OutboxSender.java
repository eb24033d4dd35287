package app.ripple.email;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox messages, one per transaction: the transaction takes the sender's advisory
 * lock (so one node sends at a time), claims the next due row with {@code for update skip locked},
 * hands it to the SMTP server and marks it sent before committing. A node that dies between the SMTP
 * hand-over and the commit sends that one message again on the next run; no other message can be
 * sent twice, and none is lost (it stays due until a run marks it).
 * <p>
 * An SMTP failure leaves the message due again after an exponential backoff (30 s, 1 min, 2 min, …,
 * at most 1 hour); after {@link #MAX_ATTEMPTS} attempts it is given up ({@code FAILED}). Retention:
 * the body of a sent or given-up message is blanked in the same statement, and rows older than
 * {@link #KEEP_ROWS} are deleted.
 */
@Component
class OutboxSender {

    /** The advisory-lock key of the sender (any fixed number unique within Ripple). */
    static final long LOCK_KEY = app.ripple.base.AdvisoryLocks.EMAIL_OUTBOX;
    static final int MAX_ATTEMPTS = 12;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofHours(1);
    static final Duration KEEP_ROWS = Duration.ofDays(90);
    /** At most this many messages per run, so one run cannot hold the job for long. */
    static final int BATCH = 200;

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final EmailSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate tx;

    OutboxSender(JdbcClient jdbc, Clock clock, EmailSettings settings, ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.mailSender = mailSender;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What one run did. */
    record Result(int sent, int failed) {
    }

    private record Due(long id, String recipient, String subject, String text, String html, int attempts) {
    }

    private enum Outcome { SENT, FAILED, NONE }

    /** Sends every due message (up to {@link #BATCH}); does nothing when email is off or another node is sending. */
    Result sendDue() {
        JavaMailSender sender = settings.enabled() ? mailSender.getIfAvailable() : null;
        if (sender == null) {
            return new Result(0, 0);
        }
        int sent = 0;
        int failed = 0;
        for (int i = 0; i < BATCH; i++) {
            // The outbox of every school: sending needs no school's data but the message itself.
            Outcome o = app.ripple.base.SchoolScope.allSchools(() -> tx.execute(status -> sendOne(sender)));
            if (o == null || o == Outcome.NONE) {
                break;
            }
            if (o == Outcome.SENT) {
                sent++;
            } else {
                failed++;
                // The server is failing: the others wait for the next run rather than fail one by one now.
                break;
            }
        }
        purge();
        return new Result(sent, failed);
    }

    private Outcome sendOne(JavaMailSender sender) {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single()) {
            return Outcome.NONE;
        }
        Instant now = clock.instant();
        Optional<Due> next = jdbc.sql("""
                select id, recipient, subject, body_text, body_html, attempts from email_outbox
                where status = 'PENDING' and next_attempt_at <= ?
                order by next_attempt_at, id limit 1 for update skip locked""")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6)))
                .optional();
        if (next.isEmpty()) {
            return Outcome.NONE;
        }
        Due m = next.get();
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(m.recipient());
            helper.setSubject(m.subject());
            helper.setText(m.text(), m.html());
            sender.send(message);
        } catch (MailException | jakarta.mail.MessagingException e) {
            int attempts = m.attempts() + 1;
            boolean giveUp = attempts >= MAX_ATTEMPTS;
            jdbc.sql("""
                    update email_outbox set attempts = ?, next_attempt_at = ?, last_error = left(?, 500), status = ?,
                           body_text = case when ? then null else body_text end, body_html = case when ? then null else body_html end
                    where id = ?""")
                    .params(attempts, Timestamp.from(now.plus(backoff(attempts))), String.valueOf(e.getMessage()),
                            giveUp ? "FAILED" : "PENDING", giveUp, giveUp, m.id())
                    .update();
            log.warn("Email {} not sent (attempt {}{}): {}", m.id(), attempts, giveUp ? ", given up" : "", e.getMessage());
            return Outcome.FAILED;
        }
        jdbc.sql("""
                update email_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null,
                       body_text = null, body_html = null
                where id = ?""")
                .params(Timestamp.from(clock.instant()), m.id()).update();
        return Outcome.SENT;
    }

    /** The wait before attempt {@code attempts + 1}: 30 s doubled per failed attempt, at most an hour. */
    static Duration backoff(int attempts) {
        Duration d = FIRST_RETRY;
        for (int i = 1; i < attempts && d.compareTo(MAX_RETRY) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : d;
    }

    private void purge() {
        jdbc.sql("delete from email_outbox where status <> 'PENDING' and created_at < ?")
                .param(Timestamp.from(clock.instant().minus(KEEP_ROWS))).update();
    }
}
