package app.ripple.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.challenge.Category;
import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.challenge.ChallengeService;
import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.classroom.TabletService;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.BenchSchool;
import app.ripple.testsupport.BenchSchool.Pupil;
import app.ripple.testsupport.BenchSchool.TabletClass;
import app.ripple.testsupport.KioskProtocol;
import app.ripple.testsupport.Required;
import app.ripple.testsupport.RippleBrowserTest;
import app.ripple.testsupport.TestDatabase;
import app.ripple.testsupport.UidlClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several nodes behind haproxy, and what happens when one dies (docs/deploy.md; figures in
 * docs/benchmarks.md, "Failover"). Skipped unless {@code -Dbench.failover=true}; {@code bench/failover.sh}
 * runs it. Needs the production jar ({@code ./mvnw -B -DskipTests package}) and {@code /usr/sbin/haproxy}.
 * <p>
 * This test's own context only prepares the data on its throwaway database (classes, students, tablets,
 * a running challenge, four teachers). Then it starts two production-jar nodes ({@code java -jar}) on
 * loopback ports and haproxy in front of them, with the cookie stickiness, {@code option redispatch} and
 * readiness checks of {@code deploy/haproxy.cfg}. Sixteen simulated tablets (one per class) record acts
 * through haproxy in Vaadin's protocol, only through {@link KioskProtocol}; four staff sessions browse.
 * <ol>
 * <li>steady period;</li>
 * <li>{@code kill -9} of node 1; its tablets' next request fails, and each re-opens the kiosk with the
 * same tablet token ({@link KioskProtocol#open}: no re-pairing), landing on node 2;</li>
 * <li>node 1 is started again;</li>
 * <li>rolling restart: drain node 1 (haproxy admin socket), stop it gracefully (SIGTERM), start it,
 * ready again; the same for node 2.</li>
 * </ol>
 * Counted against the database at the end: every act a tablet saw confirmed ("thank you") is a row
 * (<b>acknowledged acts lost = 0</b>); rows beyond the confirmed ones are at most the saves whose answer
 * was lost (<b>duplicates = 0</b>). Reported: failed requests and when, time until each tablet of the dead
 * node is back at its avatars, errors of staff sessions on the surviving node, failed saves during the
 * rolling restart.
 * <p>
 * Knobs: bench.tablets (16), bench.staff (4), bench.students (25), bench.steady (20 s), bench.afterKill (20 s),
 * bench.pause (300 ms between a tablet's acts).
 */
@RippleBrowserTest
class FailoverBenchmarkIT {

    static final String ACT = "held_door";

    @Autowired Fixtures fixtures;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;
    @Autowired ChallengeService challenges;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final List<Node> nodes = new ArrayList<>();
    @Nullable Process haproxy;
    Path work;
    final long t0 = System.nanoTime();



    /** A failed request: when (seconds since the start), in which phase, by whom. */
    record Failure(double at, String phase, String who, String what) {
    }

    final AtomicReference<String> phase = new AtomicReference<>("steady");
    final List<Failure> failures = new CopyOnWriteArrayList<>();

    double now() {
        return (System.nanoTime() - t0) / 1e9;
    }

    @AfterEach
    void stopEverything() {
        for (Node n : nodes) {
            n.kill();
        }
        if (haproxy != null) {
            haproxy.destroyForcibly();
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "bench.failover", matches = "true")
    void killingANodeLosesNoAcknowledgedActAndTabletsComeBackWithoutRepairing() throws Exception {
        Required.tool(Files.isExecutable(Paths.get("/usr/sbin/haproxy")), "haproxy (Debian package haproxy) at /usr/sbin/haproxy");
        Path jar = productionJar();
        int tabletCount = Integer.getInteger("bench.tablets", 16);
        int staffCount = Integer.getInteger("bench.staff", 4);
        int students = Integer.getInteger("bench.students", 25);
        int steady = Integer.getInteger("bench.steady", 20);
        int afterKill = Integer.getInteger("bench.afterKill", 20);
        long pause = Long.getLong("bench.pause", 300);
        work = Files.createTempDirectory("ripple-failover");

        List<TabletClass> school = school(tabletCount, students, staffCount);
        long rowsBefore = tabletRows();

        int front = startTwoNodesBehindHaproxy(jar);

        // ---- the clients
        AtomicBoolean stop = new AtomicBoolean();
        List<Tablet> tabletList = new ArrayList<>();
        for (TabletClass c : school) {
            Tablet t = new Tablet(c, front);
            KioskProtocol.open(t, c.token());
            t.node = t.cookieValue("RIPPLE_NODE");
            tabletList.add(t);
        }
        List<Staff> staffList = new ArrayList<>();
        for (int i = 0; i < staffCount; i++) {
            staffList.add(new Staff("teacher" + i + "@failover.example", front));
        }
        ExecutorService pool = Executors.newFixedThreadPool(tabletCount + staffCount);
        for (Tablet t : tabletList) {
            pool.execute(() -> t.run(stop, pause));
        }
        for (Staff s : staffList) {
            pool.execute(() -> s.run(stop));
        }
        log("setup: %d tablets, %d staff sessions, %d students per class; nodes %s; tablets per node %s, staff per node %s",
                tabletCount, staffCount, students, nodes.stream().map(n -> n.name + ":" + n.port + "/" + n.management).toList(),
                perNode(tabletList.stream().map(t -> t.node).toList()), perNode(staffList.stream().map(s -> s.node).toList()));

        // ---- 1. steady
        Thread.sleep(steady * 1000L);
        int steadyActs = tabletList.stream().mapToInt(t -> t.acked.get()).sum();
        log("steady %d s: %d acts confirmed, failures %d", steady, steadyActs, failures.size());

        // ---- 2. kill -9 node 1
        Node dead = nodes.get(0);
        List<Tablet> onDead = tabletList.stream().filter(t -> dead.name.equals(t.node)).toList();
        List<Staff> staffOnSurvivor = staffList.stream().filter(s -> !dead.name.equals(s.node)).toList();
        int survivorStaffErrorsBefore = staffOnSurvivor.stream().mapToInt(s -> s.errors.get()).sum();
        phase.set("kill");
        double killedAt = now();
        dead.kill();
        log("kill -9 %s at %.1f s (%d tablets and %d staff sessions on it)", dead.name, killedAt, onDead.size(),
                staffList.size() - staffOnSurvivor.size());
        Thread.sleep(afterKill * 1000L);
        List<Double> backAfterFirstFailure = new ArrayList<>();
        List<Double> backAfterKill = new ArrayList<>();
        for (Tablet t : onDead) {
            if (t.firstFailureAt > killedAt && t.backAt > t.firstFailureAt) {
                backAfterFirstFailure.add(t.backAt - t.firstFailureAt);
                backAfterKill.add(t.backAt - killedAt);
            }
        }
        int survivorStaffErrors = staffOnSurvivor.stream().mapToInt(s -> s.errors.get()).sum() - survivorStaffErrorsBefore;
        log("after the kill: %d of %d tablets of %s back at their avatars on the other node; time from their failed request to the avatars: "
                + "max %.2f s (median %.2f s); from the kill: max %.2f s; re-pairings 0 (same token); staff errors on the surviving node %d",
                backAfterFirstFailure.size(), onDead.size(), dead.name, max(backAfterFirstFailure), median(backAfterFirstFailure),
                max(backAfterKill), survivorStaffErrors);

        // ---- 3. restart node 1
        phase.set("restart");
        dead.start();
        dead.awaitReady(Duration.ofSeconds(180));
        log("%s restarted, ready at %.1f s", dead.name, now());

        // ---- 4. rolling restart: node 2 (holding every tablet since the kill) by SIGTERM alone, then node 1
        // (holding them all again) drained by hand first (POST /actuator/drain)
        phase.set("rolling");
        awaitUpInHaproxy(dead);
        int failedSavesBefore = tabletList.stream().mapToInt(t -> t.failedSaves.get()).sum();
        int movesBefore = tabletList.stream().mapToInt(t -> t.moves.get()).sum();
        for (Node n : List.of(nodes.get(1), nodes.get(0))) {
            long onIt = tabletList.stream().filter(t -> n.name.equals(t.node)).count();
            double s0 = now();
            String how;
            if (n == nodes.getFirst()) {
                assertThat(n.management("POST", "/actuator/drain")).contains("\"draining\":true");
                while (!n.management("GET", "/actuator/drain").contains("\"tabletsToMove\":0") && now() - s0 < 90) {
                    Thread.sleep(100);
                }
                how = "POST /actuator/drain, moved in %.1f s, then SIGTERM".formatted(now() - s0);
            } else {
                how = "SIGTERM (drains by itself)";
            }
            n.stopGracefully();
            double stopped = now() - s0;
            n.start();
            n.awaitReady(Duration.ofSeconds(180));
            awaitUpInHaproxy(n);
            log("rolling: %s had %d tablets; %s; stopped %.1f s after the drain began; back and up in haproxy at %.1f s",
                    n.name, onIt, how, stopped, now());
        }
        int rollingFailedSaves = tabletList.stream().mapToInt(t -> t.failedSaves.get()).sum() - failedSavesBefore;
        int rollingMoves = tabletList.stream().mapToInt(t -> t.moves.get()).sum() - movesBefore;
        phase.set("end");
        Thread.sleep(5_000);
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);

        // ---- the count
        long confirmed = tabletList.stream().mapToLong(t -> t.acked.get()).sum();
        long inDoubt = tabletList.stream().mapToLong(t -> t.failedSaves.get()).sum();
        long lost = 0;
        long extra = 0;
        for (Tablet t : tabletList) {
            for (Pupil p : t.setup.pupils()) {
                long rows = fixtures.jdbc().sql("select count(*) from kindness_act where student_id = ? and recipient = 'CLASSMATE'")
                        .param(p.studentId()).query(Long.class).single();
                long acked = t.ackedByStudent.getOrDefault(p.studentId(), new AtomicLong()).get();
                lost += Math.max(0, acked - rows);
                extra += Math.max(0, rows - acked);
            }
        }
        long duplicateKeys = fixtures.jdbc().sql("""
                select count(*) from (select idempotency_key from kindness_act group by idempotency_key having count(*) > 1) d""")
                .query(Long.class).single();
        long duplicates = Math.max(0, extra - inDoubt) + duplicateKeys;
        Map<String, Long> failuresByPhase = new java.util.TreeMap<>();
        failures.forEach(f -> failuresByPhase.merge(f.phase(), 1L, Long::sum));
        log("acts confirmed %d, rows %d (new), acknowledged acts lost %d, saves in doubt (request failed) %d, rows beyond the confirmed %d, "
                + "duplicates %d", confirmed, tabletRows() - rowsBefore, lost, inDoubt, extra, duplicates);
        log("failed requests by phase %s; failed saves during the rolling restart %d; tablets moved by a draining node %d",
                failuresByPhase, rollingFailedSaves, rollingMoves);
        for (String p : failuresByPhase.keySet()) {
            List<Failure> in = failures.stream().filter(f -> f.phase().equals(p)).toList();
            long ofTablets = in.stream().filter(f -> f.who().startsWith("tablet")).count();
            log("  %s: %d failed requests (%d of tablets, %d of staff) between %.1f s and %.1f s; first: %s", p, in.size(), ofTablets,
                    in.size() - ofTablets, in.getFirst().at(), in.getLast().at(), in.getFirst().what());
        }
        long rollingTabletFailures = failures.stream().filter(f -> f.phase().equals("rolling") && f.who().startsWith("tablet")).count();
        for (Node n : nodes) {
            log("memory: %s RSS %d MB at the end", n.name, n.rssMb());
        }

        assertThat(lost).as("acknowledged acts lost").isZero();
        assertThat(duplicates).as("duplicates").isZero();
        assertThat(backAfterFirstFailure).as("every tablet of the dead node came back").hasSize(onDead.size());
        assertThat(survivorStaffErrors).as("staff errors on the surviving node").isZero();
        assertThat(rollingFailedSaves).as("failed saves during the rolling restart").isZero();
        assertThat(rollingTabletFailures).as("failed tablet requests during the rolling restart (tablets move, they do not fail)")
                .isZero();
    }

    /**
     * Load: {@code bench.loadSessions} (3,000) open kiosk sessions spread over the two nodes by haproxy,
     * each recording an act every {@code bench.loadInterval} (30 s) for {@code bench.loadSeconds} (180 s).
     * Tablets share a class's token 25 to a class (each one is its own browser session, as 25 devices of
     * one class would be). Reports memory per node with every session open, and the save's p95 through
     * haproxy. Skipped unless {@code -Dbench.load=true} ({@code bench/kiosk-load.sh}).
     */
    @Test
    @EnabledIfSystemProperty(named = "bench.load", matches = "true")
    void threeThousandOpenKioskSessionsSavingEveryThirtySeconds() throws Exception {
        Required.tool(Files.isExecutable(Paths.get("/usr/sbin/haproxy")), "haproxy (Debian package haproxy) at /usr/sbin/haproxy");
        Path jar = productionJar();
        int sessions = Integer.getInteger("bench.loadSessions", 3000);
        int perClass = Integer.getInteger("bench.loadPerClass", 25);
        int interval = Integer.getInteger("bench.loadInterval", 30);
        int seconds = Integer.getInteger("bench.loadSeconds", 180);
        work = Files.createTempDirectory("ripple-load");
        List<TabletClass> school = school((sessions + perClass - 1) / perClass, 25, 1);
        long rowsBefore = tabletRows();
        int front = startTwoNodesBehindHaproxy(jar);
        log("machine: %d cores; load: %d sessions (%d classes, %d tablets a class), a save every %d s each, %d s",
                Runtime.getRuntime().availableProcessors(), sessions, school.size(), perClass, interval, seconds);

        // ---- open every session (32 at a time)
        List<Tablet> all = new CopyOnWriteArrayList<>();
        AtomicInteger openFailures = new AtomicInteger();
        java.util.concurrent.Semaphore opening = new java.util.concurrent.Semaphore(32);
        double o0 = now();
        try (ExecutorService open = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < sessions; i++) {
                TabletClass c = school.get(i / perClass);
                int index = i;
                open.execute(() -> {
                    try {
                        opening.acquire();
                        try {
                            Tablet t = new Tablet(c, front);
                            t.next = index % perClass;
                            KioskProtocol.open(t, c.token());
                            t.node = t.cookieValue("RIPPLE_NODE");
                            all.add(t);
                        } finally {
                            opening.release();
                        }
                    } catch (Exception | AssertionError e) {
                        openFailures.incrementAndGet();
                    }
                });
            }
        }
        log("opened %d sessions in %.1f s (%d failed); per node %s", all.size(), now() - o0, openFailures.get(),
                perNode(all.stream().map(t -> t.node).toList()));
        for (Node n : nodes) {
            log("memory with every session open: %s RSS %d MB, heap used %d MB (after a full GC %d MB), kiosk sessions %s",
                    n.name, n.rssMb(), n.heapUsedMb(), n.heapAfterGcMb(), n.meter("ripple_sessions_active{", "kind=\"kiosk\""));
        }

        // ---- every session saves an act every interval, starting at a random moment of the first interval
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.ConcurrentLinkedQueue<Long> saveNanos = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.ConcurrentLinkedQueue<Long> visitNanos = new java.util.concurrent.ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
        java.util.Random random = new java.util.Random(42);
        double r0 = now();
        try (ExecutorService run = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Tablet t : all) {
                long offset = (long) (random.nextDouble() * interval * 1000);
                run.execute(() -> {
                    try {
                        Thread.sleep(offset);
                        while (!stop.get()) {
                            long v0 = System.nanoTime();
                            Pupil p = t.setup.pupils().get(t.next % t.setup.pupils().size());
                            try {
                                saveNanos.add(KioskProtocol.recordAct(t, p.studentId(), p.password(), "lib:" + ACT));
                                visitNanos.add(System.nanoTime() - v0);
                                t.acked.incrementAndGet();
                                t.ackedByStudent.computeIfAbsent(p.studentId(), k -> new AtomicLong()).incrementAndGet();
                                t.next++;
                            } catch (Exception | AssertionError e) {
                                // A real tablet shows "try again"; the next student goes on on the same screen.
                                errors.incrementAndGet();
                                String what = String.valueOf(e.getMessage());
                                errorKinds.merge(what.contains("database-unavailable") ? "sign-in: database busy (pool wait over 5 s)"
                                        : what.contains("Try again") ? "save: could not save just now (pool wait over 5 s)"
                                        : what.lines().findFirst().orElse("").replaceAll("\\d+", "#"), 1, Integer::sum);
                                if (what.contains("sessionExpired") || what.contains("Synchronization") || what.contains("HTTP")) {
                                    // Its screen is gone (its node was taken out): the page reloads, as a browser's would.
                                    try {
                                        KioskProtocol.move(t, t.setup.token());
                                    } catch (Exception | AssertionError again) {
                                        errorKinds.merge("re-open failed", 1, Integer::sum);
                                    }
                                }
                            }
                            long rest = interval * 1000L - (System.nanoTime() - v0) / 1_000_000;
                            if (rest > 0) {
                                Thread.sleep(rest);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            Thread.sleep(seconds * 1000L);
            for (Node n : nodes) {
                log("memory under load: %s RSS %d MB, heap used %d MB, kiosk sessions %s", n.name, n.rssMb(), n.heapUsedMb(),
                        n.meter("ripple_sessions_active{", "kind=\"kiosk\""));
            }
            stop.set(true);
        }
        double ran = now() - r0;
        long rows = tabletRows() - rowsBefore;
        long confirmed = all.stream().mapToLong(t -> t.acked.get()).sum();
        List<Long> saves = saveNanos.stream().sorted().toList();
        List<Long> visits = visitNanos.stream().sorted().toList();
        log("%d acts confirmed in the %d s run (%.1f a second; the last sessions finished %.0f s after its start), rows %d, errors %d",
                confirmed, seconds, confirmed / (double) seconds, ran, rows, errors.get());
        errorKinds.forEach((kind, n) -> log("  errors: %d × %s", n, kind));
        log("save round trip through haproxy: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", pct(saves, 50), pct(saves, 95),
                pct(saves, 99), pct(saves, 100));
        log("visit (sign-in + save, 2 round trips): p50 %.1f ms, p95 %.1f ms", pct(visits, 50), pct(visits, 95));
        for (Node n : nodes) {
            log("memory at the end: %s RSS %d MB, heap used %d MB (after a full GC %d MB)", n.name, n.rssMb(), n.heapUsedMb(),
                    n.heapAfterGcMb());
        }
        assertThat(openFailures.get()).as("sessions that failed to open").isZero();
        assertThat(rows).as("every confirmed act is a row").isGreaterThanOrEqualTo(confirmed);
    }

    private static double pct(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int i = Math.min(sortedNanos.size() - 1, (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(0, i)) / 1e6;
    }

    // ---------------------------------------------------------------- clients

    /** A class tablet: records acts through KioskProtocol; when a request fails, re-opens the kiosk with its token. */
    final class Tablet extends UidlClient {
        final TabletClass setup;
        final AtomicInteger acked = new AtomicInteger();
        final AtomicInteger failedSaves = new AtomicInteger();
        final AtomicInteger moves = new AtomicInteger();
        final Map<Long, AtomicLong> ackedByStudent = new ConcurrentHashMap<>();
        volatile @Nullable String node;
        volatile double firstFailureAt;
        volatile double backAt;
        private @Nullable String lastCall;
        private int next;

        Tablet(TabletClass setup, int port) {
            super(http, port, true);
            this.setup = setup;
        }

        @Override
        public void call(String id, String method, String jsonArguments) throws Exception {
            lastCall = method;
            super.call(id, method, jsonArguments);
        }

        void run(AtomicBoolean stop, long pause) {
            while (!stop.get()) {
                Pupil p = setup.pupils().get(next % setup.pupils().size());
                try {
                    lastCall = null;
                    KioskProtocol.recordAct(this, p.studentId(), p.password(), "lib:" + ACT);
                    acked.incrementAndGet();
                    ackedByStudent.computeIfAbsent(p.studentId(), k -> new AtomicLong()).incrementAndGet();
                    next++;
                    if (KioskProtocol.toldToMove(this)) {
                        // Its node drains: back at the avatars, the page reloads without the sticky cookie.
                        lastCall = "move";
                        KioskProtocol.move(this, setup.token());
                        node = cookieValue("RIPPLE_NODE");
                        moves.incrementAndGet();
                    }
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception | AssertionError e) {
                    double at = now();
                    failures.add(new Failure(at, phase.get(), "tablet " + setup.classId(), String.valueOf(e.getMessage())
                            .lines().findFirst().orElse("")));
                    if ("save".equals(lastCall)) {
                        failedSaves.incrementAndGet();
                    }
                    firstFailureAt = at;
                    reopen(stop);
                }
            }
        }

        /** The tablet's page reloads: the same token, so the same class, no re-pairing. */
        private void reopen(AtomicBoolean stop) {
            while (!stop.get()) {
                try {
                    forget();
                    KioskProtocol.open(this, setup.token());
                    node = cookieValue("RIPPLE_NODE");
                    backAt = now();
                    return;
                } catch (Exception | AssertionError e) {
                    failures.add(new Failure(now(), phase.get(), "tablet " + setup.classId() + " (re-open)",
                            String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException ie) {
                        return;
                    }
                }
            }
        }
    }

    /** A teacher who keeps moving between the home page and the classes list. */
    final class Staff {
        final String email;
        final int port;
        final AtomicInteger errors = new AtomicInteger();
        volatile @Nullable String node;
        UidlClient client;

        Staff(String email, int port) throws Exception {
            this.email = email;
            this.port = port;
            signIn();
        }

        private void signIn() throws Exception {
            client = new UidlClient(http, port, true);
            client.signIn(email, Fixtures.PASSWORD);
            client.init("", 1280, 800);
            node = client.cookieValue("RIPPLE_NODE");
        }

        void run(AtomicBoolean stop) {
            int i = 0;
            while (!stop.get()) {
                try {
                    client.navigate(i++ % 2 == 0 ? "classes" : "");
                    if (client.lastResponse().contains("sessionExpired")) {
                        throw new AssertionError("session expired (its node is gone): signs in again");
                    }
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception | AssertionError e) {
                    errors.incrementAndGet();
                    failures.add(new Failure(now(), phase.get(), "staff " + email + " on " + node,
                            String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
                    try {
                        Thread.sleep(500);
                        signIn();
                    } catch (Exception | AssertionError again) {
                        // next round tries again
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- nodes and haproxy

    final class Node {
        final String name;
        final int port;
        final int management;
        final Path jar;
        @Nullable Process process;

        Node(String name, int port, int management, Path jar) {
            this.name = name;
            this.port = port;
            this.management = management;
            this.jar = jar;
        }

        void start() throws IOException {
            Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder pb = new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-Xms64m", "-Xmx" + System.getProperty("bench.xmx", "512m"),
                    System.getProperty("bench.jit", "-XX:TieredStopAtLevel=1"), "-jar", jar.toString(),
                    "--server.port=" + port,
                    "--server.address=127.0.0.1",
                    "--management.server.port=" + management,
                    "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                    "--spring.flyway.user=" + System.getProperty("spring.flyway.user", "postgres"),
                    "--spring.flyway.password=" + System.getProperty("spring.flyway.password", ""),
                    "--spring.datasource.username=" + System.getProperty("spring.datasource.username", TestDatabase.RUNTIME_ROLE),
                    "--spring.datasource.password=" + System.getProperty("spring.datasource.password", ""),
                    "--ripple.db.bootstrap=false",
                    "--ripple.drain.max-wait=75s",
                    "--ripple.retention.cron=-",
                    "--ripple.pseudonym.key-file=" + System.getProperty("ripple.pseudonym.key-file"));
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile()));
            process = pb.start();
        }

        void awaitReady(Duration timeout) throws Exception {
            Instant until = Instant.now().plus(timeout);
            while (Instant.now().isBefore(until)) {
                assertThat(process.isAlive()).as(name + " is running (see " + work.resolve(name + ".log") + ")").isTrue();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + management + "/actuator/health/readiness")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // starting
                }
                Thread.sleep(250);
            }
            throw new AssertionError(name + " not ready after " + timeout);
        }

        void kill() {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void stopGracefully() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError(name + " did not stop within 60 s of SIGTERM");
            }
        }

        /** The value of the first Prometheus line that starts with {@code name} and contains {@code label}. */
        String meter(String name, String label) {
            try {
                return management("GET", "/actuator/prometheus").lines().filter(l -> l.startsWith(name) && l.contains(label))
                        .map(l -> l.substring(l.lastIndexOf(' ') + 1)).findFirst().orElse("?");
            } catch (Exception e) {
                return "?";
            }
        }

        /** Heap in use now (Prometheus' jvm_memory_used_bytes, area heap, summed over the pools). */
        long heapUsedMb() {
            try {
                return (long) (management("GET", "/actuator/prometheus").lines()
                        .filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum() / (1 << 20));
            } catch (Exception e) {
                return -1;
            }
        }

        /** Heap in use after a full collection ({@code jcmd GC.run}): what the open sessions really hold. */
        long heapAfterGcMb() {
            try {
                Path jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd");
                new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "GC.run").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            return heapUsedMb();
        }

        /** A request to this node's management port; the answer's body. */
        String management(String method, String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        long rssMb() {
            try {
                for (String line : Files.readAllLines(Paths.get("/proc/" + process.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or gone
            }
            return -1;
        }
    }

    /** Two production-jar nodes on free loopback ports, ready, and haproxy in front; returns haproxy's port. */
    private int startTwoNodesBehindHaproxy(Path jar) throws Exception {
        nodes.add(new Node("node1", freePort(), freePort(), jar));
        nodes.add(new Node("node2", freePort(), freePort(), jar));
        for (Node n : nodes) {
            n.start();
        }
        for (Node n : nodes) {
            n.awaitReady(Duration.ofSeconds(180));
        }
        int front = freePort();
        startHaproxy(front);
        return front;
    }

    /** The load-balancing part of deploy/haproxy.cfg, on loopback ports, with a faster check interval. */
    private void startHaproxy(int front) throws Exception {
        Path cfg = work.resolve("haproxy.cfg");
        StringBuilder servers = new StringBuilder();
        for (Node n : nodes) {
            servers.append("    server %s 127.0.0.1:%d cookie %s check port %d\n".formatted(n.name, n.port, n.name, n.management));
        }
        Files.writeString(cfg, """
                global
                    maxconn 8000
                    stats socket %s mode 600 level admin
                defaults
                    mode http
                    option redispatch
                    retries 2
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    timeout tunnel 1h
                    timeout http-keep-alive 75s
                frontend ripple_http
                    bind 127.0.0.1:%d
                    option forwardfor
                    http-request set-header X-Forwarded-Proto http
                    http-request deny if { path_beg /actuator }
                    default_backend ripple
                backend ripple
                    balance roundrobin
                    cookie RIPPLE_NODE insert indirect nocache httponly preserve
                    option httpchk
                    http-check send meth GET uri /actuator/health/balancer
                    http-check disable-on-404
                    http-check expect status 200
                    timeout check 3s
                    default-server inter 1s fall 3 rise 2
                %s""".formatted(work.resolve("admin.sock"), front, servers));
        haproxy = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", cfg.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile()).start();
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("haproxy did not answer; see " + work.resolve("haproxy.log"));
    }

    /** Waits until haproxy takes new sessions to this node again (its checks saw it ready: "rise 2"). */
    private void awaitUpInHaproxy(Node n) throws Exception {
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            // show servers state: ... srv_name srv_addr srv_op_state(2 = running) srv_admin_state ...
            for (String line : haproxyCommand("show servers state ripple").lines().toList()) {
                String[] f = line.split(" ");
                if (f.length > 6 && f[3].equals(n.name) && f[5].equals("2") && f[6].equals("0")) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError(n.name + " not up in haproxy: " + haproxyCommand("show servers state ripple"));
    }

    private String haproxyCommand(String command) throws IOException {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(work.resolve("admin.sock")));
            ch.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteBuffer in = ByteBuffer.allocate(65536);
            while (ch.read(in) > 0 && in.hasRemaining()) {
                // haproxy closes the socket after its answer
            }
            return new String(in.array(), 0, in.position(), StandardCharsets.UTF_8);
        }
    }

    // ---------------------------------------------------------------- data

    private List<TabletClass> school(int classCount, int students, int staffCount) {
        fixtures.reset();
        // The nodes run on the real clock: the challenge must run today for them.
        fixtures.clock().set(Instant.now());
        fixtures.school();
        List<Long> teachers = new ArrayList<>();
        for (int i = 0; i < staffCount; i++) {
            teachers.add(fixtures.teacher("Teacher " + i, "teacher" + i + "@failover.example"));
        }
        return BenchSchool.create(fixtures, classes, challenges, roster, tablets, teachers, classCount, students,
                LocalDate.now(ZoneId.of("Europe/Madrid")), ACT);
    }

    private long tabletRows() {
        return fixtures.jdbc().sql("select count(*) from kindness_act where recipient = 'CLASSMATE'").query(Long.class).single();
    }

    private static Path productionJar() throws IOException {
        Path target = Paths.get("target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("ripple-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("No target/ripple-*.jar: run `./mvnw -B -DskipTests package` first"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Map<String, Long> perNode(List<@Nullable String> names) {
        Map<String, Long> m = new java.util.TreeMap<>();
        names.forEach(n -> m.merge(String.valueOf(n), 1L, Long::sum));
        return m;
    }

    private static double max(List<Double> values) {
        return values.isEmpty() ? Double.NaN : Collections.max(values);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = values.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    private void log(String format, Object... args) {
        System.out.printf("FAILOVER [%6.1f s] " + format + "%n", prepend(now(), args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
