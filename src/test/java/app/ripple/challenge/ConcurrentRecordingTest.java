package app.ripple.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.classroom.KioskService;
import app.ripple.security.KioskSession;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import app.ripple.challenge.ChallengeRecords.Recorded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * 30 tablets recording 100 acts each at the same time, a tenth of them double-tapped from four threads
 * at once: exactly 3,000 rows, each one confirmed by the server's answer, none lost, none twice.
 */
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

        // 30 tablets at once, 90 different acts each; an act counts as confirmed only by the server's answer.
        Map<UUID, Long> answers = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<?>> running = new ArrayList<>();
        for (KioskService.SignInResult session : sessions) {
            running.add(pool.submit(() -> {
                kioskSession.signIn(session.student());
                start.await();
                for (int i = 0; i < 90; i++) {
                    RecordAct act = new RecordAct(UUID.randomUUID(), challenge, "lib:held_door", null, Recipient.CLASSMATE, null, null);
                    Recorded recorded = acts.record(act);
                    assertThat(answers.put(act.idempotencyKey(), recorded.actId())).isNull();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> r : running) {
            r.get(5, TimeUnit.MINUTES);
        }

        // Double taps: each of 10 rounds gives every tablet one new act whose save arrives from 4 threads
        // released together by one latch. All four answers must name the same saved act.
        int taps = 4;
        for (int round = 0; round < 10; round++) {
            CountDownLatch go = new CountDownLatch(1);
            Map<UUID, List<Future<Recorded>>> tapped = new HashMap<>();
            ExecutorService tappers = Executors.newFixedThreadPool(sessions.size() * taps);
            for (KioskService.SignInResult session : sessions) {
                RecordAct act = new RecordAct(UUID.randomUUID(), challenge, "lib:held_door", null, Recipient.CLASSMATE, null, null);
                List<Future<Recorded>> same = new ArrayList<>();
                for (int t = 0; t < taps; t++) {
                    same.add(tappers.submit(() -> {
                        kioskSession.signIn(session.student());
                        go.await();
                        return acts.record(act);
                    }));
                }
                tapped.put(act.idempotencyKey(), same);
            }
            go.countDown();
            for (Map.Entry<UUID, List<Future<Recorded>>> e : tapped.entrySet()) {
                Set<Long> ids = new HashSet<>();
                for (Future<Recorded> answer : e.getValue()) {
                    ids.add(answer.get(5, TimeUnit.MINUTES).actId());
                }
                assertThat(ids).as("one act for one key, whichever tap won").hasSize(1);
                answers.put(e.getKey(), ids.iterator().next());
            }
            tappers.shutdown();
        }
        pool.shutdown();

        Set<Long> confirmed = new HashSet<>(answers.values());
        assertThat(answers).hasSize(3000);
        assertThat(confirmed).as("distinct acts the server confirmed").hasSize(3000);
        assertThat(fixtures.jdbc().sql("select id from kindness_act").query(Long.class).set()).isEqualTo(confirmed);
        assertThat(fixtures.jdbc().sql("select count(distinct idempotency_key) from kindness_act").query(Long.class).single()).isEqualTo(3000);
        assertThat(fixtures.jdbc().sql("select count(*) from kindness_act group by student_id").query(Long.class).list())
                .hasSize(30).allSatisfy(n -> assertThat(n).isEqualTo(100));
    }
}
