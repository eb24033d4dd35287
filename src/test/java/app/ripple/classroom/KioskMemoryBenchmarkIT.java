package app.ripple.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.challenge.Category;
import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.challenge.ChallengeService;
import app.ripple.testsupport.UidlClient;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleBrowserTest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * Server memory per signed-in kiosk session, measured through Vaadin's own protocol over real
 * HTTP: each virtual tablet sends its cookie, loads /kiosk, signs a student in (the one call the
 * browser sends for the avatar and three picture taps), and stays signed in. Heap used after full GCs, before and after, divided by the number
 * of sessions. Skipped in a normal build; run it with
 * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=KioskMemoryBenchmarkIT -Dbenchmark=true}
 * (optional {@code -Dbenchmark.sessions=200 -Dbenchmark.rounds=3}). See docs/benchmarks.md.
 */
@RippleBrowserTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class KioskMemoryBenchmarkIT {

    static final int CLASSES = 8;
    static final int STUDENTS_PER_CLASS = 25;

    /** Keeps the live HTTP sessions, to count them and the Vaadin UIs in them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SessionCounting {
        @Bean
        LiveSessions liveSessions() {
            return new LiveSessions();
        }
    }

    static class LiveSessions implements HttpSessionListener {
        final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

        @Override
        public void sessionCreated(HttpSessionEvent se) {
            sessions.add(se.getSession());
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent se) {
            sessions.remove(se.getSession());
        }

        int uis(HttpSession session) {
            int n = 0;
            for (String name : Collections.list(session.getAttributeNames())) {
                if (session.getAttribute(name) instanceof VaadinSession vs) {
                    vs.lock();
                    try {
                        n += vs.getUIs().size();
                    } finally {
                        vs.unlock();
                    }
                }
            }
            return n;
        }
    }

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;
    @Autowired ChallengeService challenges;
    @Autowired LiveSessions live;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    record Pupil(long studentId, String token, List<String> password) {
    }

    @Test
    void memoryPerSignedInKioskSession() throws Exception {
        int sessions = Integer.getInteger("benchmark.sessions", 200);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        List<Pupil> pupils = school();

        // Warm-up: classes loaded, caches filled, JIT busy elsewhere. These sessions stay in the baseline.
        List<Tablet> warm = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            warm.add(signIn(pupils.get(i % pupils.size())));
        }
        List<Long> perSession = new ArrayList<>();
        List<Tablet> all = new ArrayList<>(warm);
        for (int round = 1; round <= rounds; round++) {
            long before = heapAfterGc();
            int sessionsBefore = live.sessions.size();
            long t0 = System.nanoTime();
            List<Tablet> made = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                made.add(signIn(pupils.get(i % pupils.size())));
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long after = heapAfterGc();
            all.addAll(made);
            int newSessions = live.sessions.size() - sessionsBefore;
            long bytes = (after - before) / sessions;
            perSession.add(bytes);
            System.out.printf("BENCHMARK round %d: %d kiosk sessions signed in (%d new HTTP sessions) in %d ms; heap after GC "
                    + "%,d -> %,d bytes; %,d bytes per session%n", round, sessions, newSessions, ms, before, after, bytes);
            assertThat(newSessions).isEqualTo(sessions);
        }
        List<Long> sorted = perSession.stream().sorted().toList();
        System.out.printf("BENCHMARK median of %d rounds: %,d bytes per signed-in kiosk session (runs %s); %d live HTTP sessions%n",
                rounds, sorted.get(sorted.size() / 2), perSession, live.sessions.size());
        // Still signed in at the end: the sessions measured were real, and the client kept them alive.
        assertThat(all).allMatch(t -> t.signedIn);
        assertThat(all.size()).isEqualTo(20 + sessions * rounds);
    }

    @Test
    void thirtyStudentsOneAfterAnotherOnOneTabletLeaveOneSessionAndOneUi() throws Exception {
        List<Pupil> pupils = school();
        int sessionsBefore = live.sessions.size();
        Tablet tablet = openKiosk(pupils.get(0).token());
        HttpSession session = live.sessions.stream().filter(s -> s.getId().equals(tablet.cookieValue("JSESSIONID"))).findFirst().orElseThrow();
        for (int i = 0; i < 30; i++) {
            Pupil p = pupils.get(i % STUDENTS_PER_CLASS);
            tapAvatarAndPictures(tablet, p);
            assertThat(tablet.lastResponse()).as("student %d signed in", i).contains("\"ok\"");
            assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).as("student %d signed in", i).isNotNull();
            // "I'm done": the browser shows the avatars of the same page and tells the server.
            tablet.call("kiosk-view", "signOut");
            assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).as("student %d signed out", i).isNull();
        }
        assertThat(live.sessions.size() - sessionsBefore).isEqualTo(1);
        int uis = live.uis(session);
        System.out.printf("BENCHMARK 30 students on one tablet: %d new HTTP session(s), %d live UI(s) in it%n",
                live.sessions.size() - sessionsBefore, uis);
        assertThat(uis).isLessThanOrEqualTo(1);
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
    }

    /** 8 classes of 25 with a running challenge each, one tablet token per student (the benchmark's tablets are all distinct devices). */
    private List<Pupil> school() {
        fixtures.reset();
        fixtures.school();
        long teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
        List<Pupil> pupils = new ArrayList<>();
        for (int c = 0; c < CLASSES; c++) {
            long classId = ClassroomFixtures.classOf(fixtures, classes, teacher, "Class " + (c + 1));
            // A running challenge, so a signed-in student sees what they normally see: the act suggestions.
            fixtures.signIn(teacher);
            java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 25);
            challenges.create(classId, new ChallengeForm("Kindness week", "Let us fill the class with kindness.",
                    today.minusDays(2), today.plusDays(4), 100, java.util.EnumSet.allOf(Category.class),
                    List.of("lib:held_door", "lib:bed_on_time"), true, null));
            for (int s = 0; s < STUDENTS_PER_CLASS; s++) {
                long id = ClassroomFixtures.student(fixtures, roster, teacher, classId, "Student " + (c + 1) + "-" + (s + 1));
                pupils.add(new Pupil(id, null, ClassroomFixtures.password(fixtures, id)));
            }
            List<Pupil> withTokens = new ArrayList<>();
            for (Pupil p : pupils.subList(pupils.size() - STUDENTS_PER_CLASS, pupils.size())) {
                fixtures.signIn(teacher);
                withTokens.add(new Pupil(p.studentId(), tablets.bind(classId, "Tablet " + p.studentId()).token(), p.password()));
            }
            pupils.subList(pupils.size() - STUDENTS_PER_CLASS, pupils.size()).clear();
            pupils.addAll(withTokens);
        }
        fixtures.signOut();
        return pupils;
    }

    private Tablet signIn(Pupil p) throws Exception {
        Tablet t = openKiosk(p.token());
        tapAvatarAndPictures(t, p);
        t.expect("\"ok\"");
        t.expect("record-suggestion-");
        // Keep only what a real client must keep; the responses are the client's business.
        t.forget();
        t.signedIn = true;
        return t;
    }

    private void tapAvatarAndPictures(Tablet t, Pupil p) throws Exception {
        // The avatar and three picture taps stay in the browser, which sends them as one call.
        List<String> pictures = p.password();
        t.call("kiosk-view", "signIn", p.studentId() + ",\"" + pictures.get(0) + "\",\"" + pictures.get(1) + "\",\""
                + pictures.get(2) + "\"");
    }

    private Tablet openKiosk(String token) throws Exception {
        Tablet t = new Tablet();
        t.cookie(TabletTokens.COOKIE, token);
        t.init("kiosk", 768, 1024);
        t.navigate("/kiosk");
        return t;
    }

    private long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** One virtual class tablet: its cookies and its Vaadin UI's protocol state. */
    final class Tablet extends UidlClient {
        boolean signedIn;

        Tablet() {
            super(http, port, false);
        }
    }
}
