package app.ripple.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.classroom.KioskService;
import app.ripple.security.KioskSession;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** 30 tablets recording 100 acts each at the same time: exactly 3,000 rows, none lost, none twice. */
@RippleTest
@Import(ChallengeFixtures.class)
class ConcurrentRecordingTest {

    @Autowired Fixtures fixtures;
    @Autowired ChallengeFixtures f;
    @Autowired ActService acts;
    @Autowired KioskService kiosk;
    @Autowired KioskSession kioskSession;

    @Test
    void thirtyTabletsTimesAHundredActsGiveExactlyThreeThousandRows() throws Exception {
        fixtures.reset();
        fixtures.school();
        f.classWithTablet("tess@test.example", "Busy class");
        List<Long> students = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            students.add(f.student("Kid " + i));
        }
        long challenge = f.challenge(3000, false);
        List<KioskService.SignInResult> sessions = new ArrayList<>();
        fixtures.signOut();
        for (long s : students) {
            List<String> pictures = List.of(fixtures.jdbc().sql("select picture_password from student where id = ?").param(s)
                    .query(String.class).single().split(","));
            sessions.add(kiosk.signIn(f.token, s, pictures));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<Integer>> results = new ArrayList<>();
        for (KioskService.SignInResult session : sessions) {
            results.add(pool.submit(() -> {
                kioskSession.signIn(session.student());
                start.await();
                int saved = 0;
                for (int i = 0; i < 100; i++) {
                    RecordAct act = new RecordAct(UUID.randomUUID(), challenge, "lib:held_door", null, Recipient.CLASSMATE, null, null);
                    acts.record(act);
                    if (i % 10 == 0) {
                        acts.record(act); // a double tap: must not create a second row
                    }
                    saved++;
                }
                return saved;
            }));
        }
        start.countDown();
        int confirmed = 0;
        for (Future<Integer> r : results) {
            confirmed += r.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(confirmed).isEqualTo(3000);
        assertThat(fixtures.jdbc().sql("select count(*) from kindness_act").query(Long.class).single()).isEqualTo(3000);
        assertThat(fixtures.jdbc().sql("select count(distinct idempotency_key) from kindness_act").query(Long.class).single()).isEqualTo(3000);
        assertThat(fixtures.jdbc().sql("select count(*) from kindness_act group by student_id").query(Long.class).list())
                .hasSize(30).allSatisfy(n -> assertThat(n).isEqualTo(100));
    }
}
