package app.ripple.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.email.OutboxRunner;
import app.ripple.safeguarding.AlertSettingsService;
import app.ripple.safeguarding.AttentionItem;
import app.ripple.safeguarding.AttentionService;
import app.ripple.safeguarding.SafeguardingJobs;
import app.ripple.testsupport.EmailTest;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.TestSmtp;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A concerning act on the tablet emails the class's teacher and the school's safeguarding contacts
 * (naming the class only), escalates once after the school's hours to coordinators and contacts,
 * and an acknowledgement stops the escalation.
 */
@EmailTest
@Import({ChallengeFixtures.class, SafeguardingJobs.class, OutboxRunner.class})
class SafeguardingAlertsTest {

    @Autowired Fixtures fixtures;
    @Autowired ChallengeFixtures f;
    @Autowired ActService acts;
    @Autowired AttentionService attention;
    @Autowired AlertSettingsService alertSettings;
    @Autowired SafeguardingJobs jobs;
    @Autowired OutboxRunner outbox;

    long coordinator;
    long zoe;
    long challenge;

    @BeforeEach
    void classWithAContact() {
        fixtures.reset();
        TestSmtp.reset();
        coordinator = fixtures.school();
        f.classWithTablet("tess@test.example", "Class 2 Robins");
        zoe = f.student("Zoë Kowalski");
        challenge = f.challenge(10, false);
        fixtures.signIn(coordinator);
        alertSettings.addAddressContact("dsl@school.test");
        alertSettings.setEscalationHours(4);
    }

    private void concerningAct() {
        f.signInStudent(zoe);
        acts.record(new ChallengeRecords.RecordAct(UUID.randomUUID(), challenge, null, "I helped but nobody likes me at home",
                Recipient.CLASSMATE, null, null));
        fixtures.signOut();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNamesNoStudentAndQuotesNoText(List<MimeMessage> messages) throws Exception {
        for (MimeMessage m : messages) {
            String all = m.getSubject() + GreenMailUtil.getBody(m);
            assertThat(all).contains("Class 2 Robins").doesNotContain("Zo").doesNotContain("Kowalski").doesNotContain("nobody likes")
                    .doesNotContain("http://ripple.test/moderation?");
            assertThat(GreenMailUtil.getBody(m)).contains("http://ripple.test/moderation");
        }
    }

    @Test
    void aConcerningActEmailsTheTeacherAndTheContactWithoutTheStudentsNameOrWords() throws Exception {
        concerningAct();
        assertThat(outbox.sendDue()).isEqualTo(2);
        List<MimeMessage> got = TestSmtp.received();
        assertThat(got).extracting(SafeguardingAlertsTest::to).containsExactlyInAnyOrder("tess@test.example", "dsl@school.test");
        assertThat(got).allSatisfy(m -> assertThat(m.getSubject()).isEqualTo("A new item needs attention in Class 2 Robins"));
        assertNamesNoStudentAndQuotesNoText(got);

        fixtures.signIn(f.teacher);
        AttentionItem item = attention.list(false).getFirst();
        assertThat(item.notices()).extracting(AttentionItem.Notice::recipient).containsExactlyInAnyOrder("tess@test.example", "dsl@school.test");
        assertThat(item.notices()).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo("ALERT");
            assertThat(n.sentAt()).isNotNull();
        });
    }

    @Test
    void anItemNobodyAcknowledgesIsEscalatedOnceToCoordinatorsAndContacts() throws Exception {
        concerningAct();
        outbox.sendDue();
        TestSmtp.reset();
        fixtures.clock().advance(Duration.ofHours(3));
        assertThat(jobs.escalate()).isZero();
        fixtures.clock().advance(Duration.ofHours(1).plusMinutes(1));
        assertThat(jobs.escalate()).isEqualTo(1);
        assertThat(jobs.escalate()).isZero();
        outbox.sendDue();
        List<MimeMessage> got = TestSmtp.received();
        assertThat(got).extracting(SafeguardingAlertsTest::to).containsExactlyInAnyOrder(Fixtures.COORDINATOR_EMAIL, "dsl@school.test");
        assertThat(got).allSatisfy(m -> assertThat(m.getSubject()).contains("Class 2 Robins").startsWith("Not yet acknowledged"));
        assertNamesNoStudentAndQuotesNoText(got);
    }

    @Test
    void acknowledgingStopsTheEscalation() {
        concerningAct();
        fixtures.signIn(f.teacher);
        attention.acknowledge(attention.list(false).getFirst().id());
        fixtures.signOut();
        fixtures.clock().advance(Duration.ofHours(30));
        assertThat(jobs.escalate()).isZero();
        outbox.sendDue();
        assertThat(TestSmtp.received()).hasSize(2);
    }

    @Test
    void alertsAreKeptWhileTheSmtpServerIsDownAndArriveOnceWhenItIsBack() {
        TestSmtp.stop();
        concerningAct();
        concerningAct();
        assertThat(outbox.sendDue()).isZero();
        TestSmtp.startAgain();
        fixtures.clock().advance(Duration.ofMinutes(5));
        outbox.sendDue();
        outbox.sendDue();
        assertThat(TestSmtp.received()).hasSize(4);
    }

    @Test
    void aTeacherOfAnotherClassIsNotAlerted() {
        long other = fixtures.teacher("Olga Other", "olga@test.example");
        concerningAct();
        outbox.sendDue();
        assertThat(TestSmtp.received()).extracting(SafeguardingAlertsTest::to).doesNotContain("olga@test.example");
        assertThat(other).isPositive();
    }
}
