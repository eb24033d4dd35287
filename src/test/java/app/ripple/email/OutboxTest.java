package app.ripple.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.RippleI18NProvider;
import app.ripple.testsupport.EmailTest;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@EmailTest
class OutboxTest {

    @Autowired Fixtures fixtures;
    @Autowired Outbox outbox;
    @Autowired OutboxSender sender;
    @Autowired RippleI18NProvider i18n;
    @Autowired PlatformTransactionManager transactions;

    TransactionTemplate tx;

    @BeforeEach
    void clean() {
        fixtures.reset();
        TestSmtp.reset();
        tx = new TransactionTemplate(transactions);
    }

    @AfterEach
    void serverBack() {
        TestSmtp.startAgain();
    }

    private long enqueue(String to) {
        Long id = tx.execute(s -> outbox.enqueue(new Mail(to, "TEST", "test:1",
                MailText.in(i18n, "es").subject("email.attention.alert.subject", "4B <Robins>")
                        .paragraph("email.attention.alert.body", "4B <Robins>").link("http://ripple.test/moderation", "email.attention.open")
                        .render())));
        return id == null ? -1 : id;
    }

    private Map<String, Object> row(long id) {
        return fixtures.jdbc().sql("select status, attempts, body_text, body_html, sent_at, next_attempt_at from email_outbox where id = ?")
                .param(id).query().singleRow();
    }

    @Test
    void aQueuedMessageIsSentOnceInTheRecipientsLanguageAndItsBodyIsBlankedAfterSending() throws Exception {
        long id = enqueue("tess@school.test");
        assertThat(sender.sendDue()).isEqualTo(new OutboxSender.Result(1, 0));
        assertThat(sender.sendDue()).isEqualTo(new OutboxSender.Result(0, 0));
        List<MimeMessage> got = TestSmtp.received();
        assertThat(got).hasSize(1);
        MimeMessage m = got.getFirst();
        assertThat(m.getSubject()).isEqualTo("Un nuevo elemento necesita atención en 4B <Robins>");
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("tess@school.test");
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
        assertThat(body).contains("text/plain").contains("text/html").doesNotContain("<img").doesNotContain("src=");
        Map<String, Object> r = row(id);
        assertThat(r.get("status")).isEqualTo("SENT");
        assertThat(r.get("body_text")).isNull();
        assertThat(r.get("body_html")).isNull();
        assertThat(r.get("sent_at")).isNotNull();
    }

    @Test
    void aMessageIsWrittenOnlyWithItsTransaction() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            outbox.enqueue(new Mail("a@school.test", "TEST", null, MailText.in(i18n, "en").subject("alerts.title").render()));
            throw new IllegalStateException("the event failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(fixtures.jdbc().sql("select count(*) from email_outbox").query(Integer.class).single()).isZero();
        // And never outside one.
        assertThatThrownBy(() -> outbox.enqueue(new Mail("a@school.test", "TEST", null,
                MailText.in(i18n, "en").subject("alerts.title").render()))).isInstanceOf(Exception.class);
    }

    @Test
    void whenTheSmtpServerIsDownMessagesWaitWithBackoffAndArriveExactlyOnceWhenItIsBack() {
        TestSmtp.stop();
        long a = enqueue("a@school.test");
        long b = enqueue("b@school.test");
        assertThat(sender.sendDue()).isEqualTo(new OutboxSender.Result(0, 1));
        assertThat(row(a).get("status")).isEqualTo("PENDING");
        assertThat(row(a).get("attempts")).isEqualTo(1);
        // 30 s later the first is due again; the server is still down: it waits 60 s this time.
        fixtures.clock().advance(Duration.ofSeconds(31));
        assertThat(sender.sendDue().failed()).isEqualTo(1);
        TestSmtp.startAgain();
        // Nothing is due yet: the backoff holds even though the server is back.
        fixtures.clock().advance(Duration.ofSeconds(10));
        OutboxSender.Result early = sender.sendDue();
        fixtures.clock().advance(Duration.ofMinutes(2));
        OutboxSender.Result later = sender.sendDue();
        assertThat(early.sent() + later.sent()).isEqualTo(2);
        assertThat(sender.sendDue().sent()).isZero();
        assertThat(TestSmtp.received()).extracting(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).containsExactlyInAnyOrder("a@school.test", "b@school.test");
        assertThat(row(a).get("status")).isEqualTo("SENT");
        assertThat(row(b).get("status")).isEqualTo("SENT");
    }

    @Test
    void theBackoffDoublesUpToAnHour() {
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutboxSender.backoff(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(OutboxSender.backoff(20)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aMessageThatKeepsFailingIsGivenUpAndItsBodyBlanked() {
        TestSmtp.stop();
        long id = enqueue("a@school.test");
        for (int i = 0; i < OutboxSender.MAX_ATTEMPTS; i++) {
            sender.sendDue();
            fixtures.clock().advance(Duration.ofHours(1).plusSeconds(1));
        }
        Map<String, Object> r = row(id);
        assertThat(r.get("status")).isEqualTo("FAILED");
        assertThat(r.get("body_text")).isNull();
    }

    @Test
    void withoutAnSmtpHostEmailIsOff() {
        assertThat(new EmailSettings("", "", "http://x").enabled()).isFalse();
        EmailSettings on = new EmailSettings("smtp.school.test", "", "https://ripple.school.test/");
        assertThat(on.enabled()).isTrue();
        assertThat(on.link("/reset?t=1")).isEqualTo("https://ripple.school.test/reset?t=1");
    }
}
