package app.ripple.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.challenge.library.ActLibrary;
import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.classroom.TabletService;
import app.ripple.testsupport.BenchSchool;
import app.ripple.testsupport.BenchSchool.Pupil;
import app.ripple.testsupport.BenchSchool.TabletClass;
import app.ripple.testsupport.KioskProtocol;
import app.ripple.testsupport.UidlClient;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.MutableClock;
import app.ripple.testsupport.TestClockConfig;
import app.ripple.testsupport.RippleBrowserTest;
import app.ripple.testsupport.TestDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Acts recorded per second through Vaadin's own protocol over real HTTP, against pgbench's raw
 * INSERT of the same kindness_act row, in the same run. Skipped unless {@code -Dbench.acts=true};
 * {@code bench/acts-ui.sh} runs it. See docs/benchmarks.md, "Recording acts through the UI protocol".
 * <p>
 * One virtual tablet per class, each on its own thread, each with only its tablet cookie (and the
 * session cookie the server gives it). It opens {@code /kiosk} once, then loops, one act per loop,
 * exactly as a student on the tablet, through {@link KioskProtocol}: the sign-in call the browser
 * sends after the avatar and three picture taps, and the save call after the act and recipient taps
 * (the save signs the student out; the thank-you and the return to the avatars run in the browser).
 * No think time. Each round trip carries the CSRF token, the last {@code syncId} the server
 * sent and the next {@code clientId}, on the state-node ids the server sent.
 * <p>
 * Each class starts with bench.prefill acts (2,000, as the demo's term) and the test clock runs in
 * real time, so the tables and the acts' times look like a real term's.
 * <p>
 * Each run also measures the baseline: as many clients as tablets tapping {@link BareRoundTripView}
 * (one button, one label), so an act's cost is reported in bare round trips of this machine.
 * <p>
 * Knobs (system properties): bench.tablets (16), bench.students (25 per class), bench.seconds (20
 * per run), bench.warmup (15 s), bench.runs (3), bench.pgbench.clients (4), bench.pgbench.seconds (10),
 * bench.prefill (2,000 acts per class).
 */
@RippleBrowserTest
@EnabledIfSystemProperty(named = "bench.acts", matches = "true")
class ActsUiBenchmarkIT {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final String ACT = "held_door";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;
    @Autowired ChallengeService challenges;
    @Autowired MutableClock clock;
    @Autowired jakarta.servlet.ServletContext servletContext;

    /** Ask for gzip as a browser does ({@code -Dbench.gzip=false}: as a client that does not). */
    static final boolean GZIP = Boolean.parseBoolean(System.getProperty("bench.gzip", "true"));
    final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "bench-http");
                t.setDaemon(true);
                return t;
            })).build();

    /** What one measuring window saw. */
    record Window(int acts, double seconds, long[] saveNanos, long[] actNanos, long[] requestNanos, double serverCpuMs,
            double clientCpuMs, double pgCpuMs, double machineBusyCores, String load, long requests, long bytes) {
        double actsPerSecond() {
            return acts / seconds;
        }
    }

    @Test
    void actsPerSecondThroughTheUiProtocolAgainstPgbench() throws Exception {
        int tabletCount = Integer.getInteger("bench.tablets", 16);
        int students = Integer.getInteger("bench.students", 25);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmup", 15);
        int runs = Integer.getInteger("bench.runs", 3);
        int pgClients = Integer.getInteger("bench.pgbench.clients", 4);
        int pgSeconds = Integer.getInteger("bench.pgbench.seconds", 10);
        int prefill = Integer.getInteger("bench.prefill", 2000);

        // The test clock stands still; here it runs, so acts get distinct times as on a real tablet.
        long clockStart = System.nanoTime();
        Thread ticker = Thread.ofPlatform().daemon().name("bench-clock").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                clock.set(TestClockConfig.START.plusNanos(System.nanoTime() - clockStart));
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        List<TabletClass> school = school(tabletCount, students);
        prefill(school, prefill);
        Path pgbench = pgbenchScripts(school);
        long rowsBefore = actRows();

        List<Tablet> tabletList = new ArrayList<>();
        for (TabletClass c : school) {
            tabletList.add(openKiosk(c));
        }
        // The baseline: the same number of clients tapping a view with one button and one label.
        com.vaadin.flow.router.RouteConfiguration.forRegistry(com.vaadin.flow.server.startup.ApplicationRouteRegistry.getInstance(
                new com.vaadin.flow.server.VaadinServletContext(servletContext))).setRoute("bench-bare", BareRoundTripView.class);
        List<Bare> bareList = new ArrayList<>();
        for (int i = 0; i < tabletCount; i++) {
            Bare b = new Bare();
            b.init("bench-bare", 768, 1024);
            b.navigate("/bench-bare");
            b.expect("bare-button");
            bareList.add(b);
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(tabletCount, r -> new Thread(r, "bench-tablet"));
        CountDownLatch done = new CountDownLatch(tabletCount);
        for (Tablet t : tabletList) {
            pool.execute(() -> {
                try {
                    while (!stop.get()) {
                        t.recordOneAct();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    stop.set(true);
                } finally {
                    done.countDown();
                }
            });
        }

        System.out.printf("BENCH setup: %d tablets (one per class), %d students per class, %d s warm-up, %d runs of %d s UI + %d s pgbench "
                + "(%d clients); %d acts per class before; client asks for gzip: %s; %d cores; JVM %s%n", tabletCount, students, warmup, runs,
                seconds, pgSeconds, pgClients, prefill, GZIP, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X")).toList());
        Thread.sleep(warmup * 1000L);
        check(failure);

        List<Window> windows = new ArrayList<>();
        List<Double> rawRates = new ArrayList<>();
        List<BareWindow> bares = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Window w = measure(tabletList, seconds);
            check(failure);
            windows.add(w);
            // pgbench while the tablets idle: pause them, so each side has the machine to itself.
            pause(tabletList, true);
            double raw = pgbench(pgbench, pgClients, pgSeconds);
            rawRates.add(raw);
            BareWindow bare = measureBare(bareList, seconds);
            bares.add(bare);
            pause(tabletList, false);
            System.out.printf("BENCH run %d: %.1f acts/s (%d acts in %.1f s), save p50 %.1f ms p95 %.1f ms, whole act p50 %.1f ms p95 %.1f ms, "
                    + "any round trip p95 %.1f ms; %.0f UIDL requests/s, %.0f bytes per response on the wire; CPU per act: server JVM %.2f ms, client %.2f ms, PostgreSQL %.2f ms; machine busy %.2f of %d cores; "
                    + "load %s | pgbench raw INSERT %.0f/s | ratio %.3f%n",
                    run, w.actsPerSecond(), w.acts(), w.seconds(), ms(w.saveNanos(), 50), ms(w.saveNanos(), 95), ms(w.actNanos(), 50),
                    ms(w.actNanos(), 95), ms(w.requestNanos(), 95), w.requests() / w.seconds(), (double) w.bytes() / Math.max(1, w.requests()),
                    w.serverCpuMs() / w.acts(), w.clientCpuMs() / w.acts(),
                    w.pgCpuMs() / w.acts(), w.machineBusyCores(), Runtime.getRuntime().availableProcessors(), w.load(), raw,
                    w.actsPerSecond() / raw);
            System.out.printf("BENCH run %d bare: %.0f round trips/s, p50 %.1f ms p95 %.1f ms, server JVM CPU %.3f ms per round trip, "
                    + "machine %.3f core-ms per round trip | round trips per act %.2f | an act costs %.1f bare round trips (server CPU), "
                    + "%.1f (machine CPU)%n", run, bare.perSecond(), ms(bare.nanos(), 50), ms(bare.nanos(), 95), bare.serverCpuMs() / bare.trips(),
                    bare.machineMs() / bare.trips(), (double) w.requests() / w.acts(), (w.serverCpuMs() / w.acts()) / (bare.serverCpuMs() / bare.trips()),
                    (w.machineBusyCores() * w.seconds() * 1000 / w.acts()) / (bare.machineMs() / bare.trips()));
        }
        stop.set(true);
        pause(tabletList, false);
        done.await();
        pool.shutdown();
        check(failure);

        int total = tabletList.stream().mapToInt(t -> t.saved).sum();
        long rows = actRows() - rowsBefore;
        System.out.printf("BENCH median of %d runs: %.1f acts/s, save p50 %.1f ms, save p95 %.1f ms, raw INSERT %.0f/s, ratio %.3f; "
                + "CPU per act (median): server JVM %.2f ms, client %.2f ms, PostgreSQL %.2f ms; acts the tablets saw saved %d, "
                + "rows inserted meanwhile (tablets and pgbench) %d%n", runs,
                median(windows.stream().map(Window::actsPerSecond).toList()),
                median(windows.stream().map(w -> ms(w.saveNanos(), 50)).toList()),
                median(windows.stream().map(w -> ms(w.saveNanos(), 95)).toList()),
                median(rawRates),
                median(windows.stream().map(Window::actsPerSecond).toList()) / median(rawRates),
                median(windows.stream().map(w -> w.serverCpuMs() / w.acts()).toList()),
                median(windows.stream().map(w -> w.clientCpuMs() / w.acts()).toList()),
                median(windows.stream().map(w -> w.pgCpuMs() / w.acts()).toList()), total, rows);
        List<Double> actCost = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            actCost.add((windows.get(i).serverCpuMs() / windows.get(i).acts()) / (bares.get(i).serverCpuMs() / bares.get(i).trips()));
        }
        System.out.printf("BENCH median bare: %.0f round trips/s, p95 %.1f ms, server JVM CPU %.3f ms per round trip; round trips per act %.2f; "
                + "an act costs %.1f bare round trips (server CPU)%n",
                median(bares.stream().map(BareWindow::perSecond).toList()), median(bares.stream().map(b -> ms(b.nanos(), 95)).toList()),
                median(bares.stream().map(b -> b.serverCpuMs() / b.trips()).toList()),
                median(windows.stream().map(w -> (double) w.requests() / w.acts()).toList()), median(actCost));
        // Every act a tablet saw confirmed is one row; pgbench's rows are in the table too, but its own.
        assertThat(actRowsOfTablets()).isEqualTo(total);
        ticker.interrupt();
    }

    /**
     * A term's worth of acts already in each class (the demo has about 2,000 per class), over the
     * challenge's first two days: the queries behind the kiosk and the save meet realistic tables.
     */
    private void prefill(List<TabletClass> school, int perClass) {
        String category = ActLibrary.byId(ACT).orElseThrow().category().name();
        for (TabletClass c : school) {
            long first = c.pupils().getFirst().studentId();
            // The roster was made in one go, so its ids follow each other.
            assertThat(c.pupils().getLast().studentId() - first).isEqualTo(c.pupils().size() - 1);
            fixtures.jdbc().sql("""
                    insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, library_act_id, own_text, category,
                        recipient, status, created_at)
                    select :class, :challenge, :first + i % :count, gen_random_uuid(),
                           case when i % 10 = 0 then null else :act end, case when i % 10 = 0 then 'I helped at home' end,
                           case when i % 7 = 0 then 'KIND_TO_MYSELF' else :category end,
                           case when i % 7 = 0 then 'MYSELF' else 'SOMEONE_AT_SCHOOL' end,
                           case when i % 10 = 0 then 'PENDING' else 'APPROVED' end,
                           cast(:start as timestamptz) - make_interval(secs => 172800.0 * i / :n)
                    from generate_series(1, :n) i""")
                    .param("class", c.classId()).param("challenge", c.challengeId()).param("first", first).param("count", c.pupils().size()).param("act", ACT)
                    .param("category", category).param("start", java.sql.Timestamp.from(TestClockConfig.START)).param("n", perClass)
                    .update();
        }
        fixtures.jdbc().sql("analyze").update();
    }

    private static void check(AtomicReference<@Nullable Throwable> failure) {
        Throwable t = failure.get();
        if (t != null) {
            throw new AssertionError("a virtual tablet failed", t);
        }
    }

    private Window measure(List<Tablet> tabletList, int seconds) throws Exception {
        tabletList.forEach(Tablet::startWindow);
        long requests0 = requests.get();
        long bytes0 = bytes.get();
        CpuSnapshot before = CpuSnapshot.take(pgBackends());
        String load = loadAverage();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        tabletList.forEach(Tablet::endWindow);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        CpuSnapshot after = CpuSnapshot.take(pgBackends());
        int acts = 0;
        List<Long> save = new ArrayList<>();
        List<Long> act = new ArrayList<>();
        List<Long> req = new ArrayList<>();
        for (Tablet t : tabletList) {
            synchronized (t) {
                acts += t.windowActs;
                save.addAll(t.saveNanos);
                act.addAll(t.actNanos);
                req.addAll(t.requestNanos);
            }
        }
        double clientMs = (after.clientNanos(before)) / 1e6;
        double processMs = (after.processNanos - before.processNanos) / 1e6;
        return new Window(acts, elapsed, sorted(save), sorted(act), sorted(req), processMs - clientMs, clientMs,
                after.pgTicks(before) * 10.0, (after.machineBusyTicks - before.machineBusyTicks) / 100.0 / elapsed,
                load + " → " + loadAverage(), requests.get() - requests0, bytes.get() - bytes0);
    }

    private static void pause(List<Tablet> tabletList, boolean paused) {
        for (Tablet t : tabletList) {
            t.paused = paused;
        }
        if (paused) {
            // Let the acts in flight finish.
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** CPU time of the JVM, of the load generator's threads, of PostgreSQL's backends for this database, and of the machine. */
    record CpuSnapshot(long processNanos, Map<Long, Long> clientThreadNanos, Map<Integer, Long> pgTicksByPid, long machineBusyTicks) {
        static CpuSnapshot take(List<Integer> pgPids) throws Exception {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Map<Long, Long> client = new HashMap<>();
            for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null && info.getThreadName().startsWith("bench-")) {
                    client.put(info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
                }
            }
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            Map<Integer, Long> pg = new HashMap<>();
            for (int pid : pgPids) {
                try {
                    String[] f = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceFirst("^.*\\) ", "").split(" ");
                    pg.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                } catch (java.io.IOException e) {
                    // not on this machine's /proc (remote PostgreSQL), or gone: not counted
                }
            }
            long busy = 0;
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                // user nice system idle iowait irq softirq steal
                busy = Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3]) + Long.parseLong(cpu[6])
                        + Long.parseLong(cpu[7]) + Long.parseLong(cpu[8]);
            } catch (java.io.IOException e) {
                // not Linux
            }
            return new CpuSnapshot(process, client, pg, busy);
        }

        /** Clock ticks (1/100 s) of the backends that lived through the window: the pool's connections. */
        long pgTicks(CpuSnapshot before) {
            long sum = 0;
            for (var e : pgTicksByPid.entrySet()) {
                Long then = before.pgTicksByPid.get(e.getKey());
                if (then != null) {
                    sum += e.getValue() - then;
                }
            }
            return sum;
        }

        long clientNanos(CpuSnapshot before) {
            long sum = 0;
            for (var e : clientThreadNanos.entrySet()) {
                sum += e.getValue() - before.clientThreadNanos.getOrDefault(e.getKey(), 0L);
            }
            return sum;
        }
    }

    private List<Integer> pgBackends() {
        // All of them, the one asking included: which pooled connection asks differs from call to call.
        return fixtures.jdbc().sql("select pid from pg_stat_activity where datname = current_database()")
                .query(Integer.class).list();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private long actRows() {
        return fixtures.jdbc().sql("select count(*) from kindness_act").query(Long.class).single();
    }

    private long actRowsOfTablets() {
        // pgbench's rows have the recipient FAMILY, the tablets' CLASSMATE: the same row otherwise.
        return fixtures.jdbc().sql("select count(*) from kindness_act where recipient = 'CLASSMATE'").query(Long.class).single();
    }

    // ---------------------------------------------------------------- pgbench

    /** One script per class, so pgbench's inserts spread over the classes and challenges as the tablets' do. */
    private Path pgbenchScripts(List<TabletClass> school) throws Exception {
        Path dir = Files.createTempDirectory("ripple-pgbench");
        String category = ActLibrary.byId(ACT).orElseThrow().category().name();
        for (int i = 0; i < school.size(); i++) {
            TabletClass c = school.get(i);
            // The statement ActService.record runs, with the same values (recipient aside, to tell the rows apart).
            String sql = """
                    insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, library_act_id, custom_act_id, own_text,
                        category, recipient, feeling, inspired_by, status, created_at)
                    values (%d, %d, %d, gen_random_uuid(), '%s', null, null, '%s', 'FAMILY', null, null, 'APPROVED', now())
                    on conflict (idempotency_key) do nothing returning id;
                    """.formatted(c.classId(), c.challengeId(), c.pupils().get(i % c.pupils().size()).studentId(), ACT, category)
                    .replace("\n    ", " ").replace("\n", " ").strip() + "\n";
            Files.writeString(dir.resolve("insert-" + i + ".sql"), sql);
        }
        return dir;
    }

    private double pgbench(Path dir, int clients, int seconds) throws Exception {
        Path exe = Files.list(Path.of("/usr/lib/postgresql")).sorted(java.util.Comparator.reverseOrder())
                .map(p -> p.resolve("bin/pgbench")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("no pgbench under /usr/lib/postgresql/*/bin"));
        List<String> cmd = new ArrayList<>(List.of(exe.toString(), "-n", "-M", "prepared", "-c", String.valueOf(clients), "-j", "2",
                "-T", String.valueOf(seconds), "-h", env("RIPPLE_TEST_DB_HOST", "127.0.0.1"), "-p", env("RIPPLE_TEST_DB_PORT", "5432"),
                "-U", env("RIPPLE_TEST_DB_USER", "postgres")));
        try (var files = Files.list(dir)) {
            files.sorted().forEach(f -> {
                cmd.add("-f");
                cmd.add(f.toString());
            });
        }
        cmd.add(TestDatabase.name());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed: " + out);
        }
        var m = java.util.regex.Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no tps in pgbench output: " + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    // ---------------------------------------------------------------- data

    /** N classes, each with its students, one bound tablet and one running challenge; made through the real services. */
    private List<TabletClass> school(int classCount, int students) {
        fixtures.reset();
        fixtures.school();
        long teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
        return BenchSchool.create(fixtures, classes, challenges, roster, tablets, List.of(teacher), classCount, students, TODAY, ACT);
    }

    // ---------------------------------------------------------------- the virtual tablet

    private Tablet openKiosk(TabletClass c) throws Exception {
        Tablet t = new Tablet(c);
        KioskProtocol.open(t, c.token());
        return t;
    }

    /** One virtual class tablet: Vaadin's protocol, plus the figures of the measuring window. */
    final class Tablet extends UidlClient {
        final TabletClass setup;
        int next;
        int saved;
        volatile boolean paused;
        // the measuring window (guarded by this)
        boolean inWindow;
        int windowActs;
        final List<Long> saveNanos = new ArrayList<>();
        final List<Long> actNanos = new ArrayList<>();
        final List<Long> requestNanos = new ArrayList<>();

        Tablet(TabletClass setup) {
            super(http, port, GZIP);
            this.setup = setup;
        }

        synchronized void startWindow() {
            inWindow = true;
            windowActs = 0;
            saveNanos.clear();
            actNanos.clear();
            requestNanos.clear();
        }

        synchronized void endWindow() {
            inWindow = false;
        }

        /** One act: the whole student flow on the tablet, sign-in to sign-out. */
        void recordOneAct() throws Exception {
            if (paused) {
                Thread.sleep(20);
                return;
            }
            Pupil p = setup.pupils().get(next++ % setup.pupils().size());
            long t0 = System.nanoTime();
            long save = KioskProtocol.recordAct(this, p.studentId(), p.password(), "lib:" + ACT);
            saved++;
            long whole = System.nanoTime() - t0;
            synchronized (this) {
                if (inWindow) {
                    windowActs++;
                    saveNanos.add(save);
                    actNanos.add(whole);
                }
            }
        }

        @Override
        protected void answered(long nanos, int wireBytes) {
            bytes.addAndGet(wireBytes);
            requests.incrementAndGet();
            synchronized (this) {
                if (inWindow) {
                    requestNanos.add(nanos);
                }
            }
        }
    }

    // ---------------------------------------------------------------- the baseline

    /** What one window of bare round trips saw. */
    record BareWindow(long trips, double seconds, long[] nanos, double serverCpuMs, double machineMs) {
        double perSecond() {
            return trips / seconds;
        }
    }

    /** A client of {@link BareRoundTripView}: taps its button, nothing else. */
    final class Bare extends UidlClient {
        final List<Long> nanos = new ArrayList<>();

        Bare() {
            super(http, port, GZIP);
        }

        @Override
        protected void answered(long n, int wireBytes) {
            synchronized (this) {
                nanos.add(n);
            }
        }
    }

    /** The same number of clients as tablets tap the bare view for {@code seconds}, while the tablets rest. */
    private BareWindow measureBare(List<Bare> bareList, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        bareList.forEach(b -> {
            synchronized (b) {
                b.nanos.clear();
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(bareList.size(), r -> new Thread(r, "bench-bare"));
        CountDownLatch started = new CountDownLatch(bareList.size());
        CountDownLatch done = new CountDownLatch(bareList.size());
        for (Bare b : bareList) {
            pool.execute(() -> {
                started.countDown();
                try {
                    while (!stop.get()) {
                        b.click("bare-button");
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            });
        }
        started.await();
        Thread.sleep(2000);
        bareList.forEach(b -> {
            synchronized (b) {
                b.nanos.clear();
            }
        });
        CpuSnapshot before = CpuSnapshot.take(List.of());
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        CpuSnapshot after = CpuSnapshot.take(List.of());
        double elapsed = (System.nanoTime() - t0) / 1e9;
        List<Long> all = new ArrayList<>();
        for (Bare b : bareList) {
            synchronized (b) {
                all.addAll(b.nanos);
            }
        }
        stop.set(true);
        done.await();
        pool.shutdown();
        check(failure);
        double clientMs = after.clientNanos(before) / 1e6;
        double processMs = (after.processNanos - before.processNanos) / 1e6;
        double machineMs = (after.machineBusyTicks - before.machineBusyTicks) * 10.0;
        return new BareWindow(all.size(), elapsed, sorted(all), processMs - clientMs, machineMs);
    }

    // ---------------------------------------------------------------- statistics

    private static long[] sorted(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static double ms(long[] sortedNanos, int percentile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
