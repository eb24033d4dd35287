package app.ripple.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords;
import app.ripple.classroom.ClassService;
import app.ripple.email.OutboxRunner;
import app.ripple.testsupport.EmailTest;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.TestSmtp;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The weekly digest goes to those who opted in, once a day at most, with counts per class they teach. */
@EmailTest
@Import(OutboxRunner.class)
class DigestTest {

    @Autowired Fixtures fixtures;
    @Autowired ClassService classes;
    @Autowired DigestService digests;
    @Autowired DigestJob job;
    @Autowired OutboxRunner outbox;

    long tess;

    @BeforeEach
    void teacherWithAClass() {
        fixtures.reset();
        TestSmtp.reset();
        fixtures.school();
        tess = fixtures.teacher("Tess Teacher", "tess@test.example");
        fixtures.signIn(tess);
        classes.create(new ClassRecords.ClassForm("Class 2 Robins", AgeBand.AGES_9_11, null, List.of(tess), 60));
    }

    @Test
    void onlySubscribersGetTheDigestAndOnlyOnceADay() {
        assertThat(digests.subscribed()).isFalse();
        digests.setSubscribed(true);
        assertThat(digests.subscribed()).isTrue();
        fixtures.signOut();
        assertThat(job.runOnce()).isEqualTo(1);
        assertThat(job.runOnce()).isZero();
        outbox.sendDue();
        var got = TestSmtp.received();
        assertThat(got).hasSize(1);
        assertThat(GreenMailUtil.getBody(got.getFirst()).replace("=\r\n", "")).contains("Class 2 Robins: 0 acts of kindness this week");
        fixtures.clock().advance(Duration.ofDays(7));
        assertThat(job.runOnce()).isEqualTo(1);

        fixtures.signIn(tess);
        digests.setSubscribed(false);
        fixtures.signOut();
        fixtures.clock().advance(Duration.ofDays(7));
        assertThat(job.runOnce()).isZero();
        assertThat(Fixtures.COORDINATOR_EMAIL).isNotBlank();
    }
}
