package app.ripple.email;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where features put their messages: a row in {@code email_outbox}, written in the caller's
 * transaction (required: a message is saved with the event that causes it, or not at all). Not a
 * service: it checks no caller, the feature that calls it has done so.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final EmailSettings settings;

    Outbox(JdbcClient jdbc, Clock clock, EmailSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Whether messages are sent at all; when not, callers fall back to their behaviour without email. */
    public boolean enabled() {
        return settings.enabled();
    }

    /** Queues a message for sending as soon as the sender runs; returns its outbox id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(Mail mail) {
        if (!mail.recipient().contains("@") || mail.recipient().length() > 254) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                insert into email_outbox (kind, reference, recipient, subject, body_text, body_html, next_attempt_at, created_at)
                values (?, ?, ?, left(?, 300), ?, ?, ?, ?) returning id""")
                .params(mail.kind(), mail.reference(), mail.recipient(), mail.content().subject(), mail.content().text(),
                        mail.content().html(), now, now)
                .query(Long.class).single();
    }
}
