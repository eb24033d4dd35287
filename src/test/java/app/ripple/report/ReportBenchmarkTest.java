package app.ripple.report;

import app.ripple.testsupport.RippleTest;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Term report benchmark, skipped unless {@code -Dbenchmark=true} (run {@code bench/report.sh}).
 * One 30-student class with a full term (about 2,000 acts, 10 lessons, a pre and a post check):
 * time of the first report after the application started, warm p50/p95 over many reports, bytes
 * allocated per report (ThreadMXBean), then a bulk zip of 20 such classes. Figures go to stdout
 * and {@code target/benchmarks/report.txt}; docs/benchmarks.md records them.
 */
@RippleTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReportBenchmarkTest {

    @Autowired org.springframework.context.ApplicationContext context;
    ReportFixtures f;

    @org.junit.jupiter.api.BeforeEach
    void reportFixtures() {
        f = ReportFixtures.from(context);
    }
    @Autowired ReportService reports;

    @Test
    void classReportAndBulkZip() throws Exception {
        int warm = Integer.getInteger("benchmark.reports", 60);
        int bulkClasses = Integer.getInteger("benchmark.classes", 20);
        f.schoolWithTerm();
        long teacher = f.teacher("Tess Teacher", "tess@test.example");
        long classId = f.fullClass(teacher, "Class 5 Owls", 30, 2000, 1);
        int acts = f.jdbc().sql("select count(*) from kindness_act where class_id = ?").param(classId).query(Integer.class).single();
        f.fixtures.signIn(teacher);

        long t0 = System.nanoTime();
        byte[] first = reports.pdf(classId, Locale.ENGLISH);
        double firstMs = (System.nanoTime() - t0) / 1e6;

        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        for (int i = 0; i < 10; i++) {
            reports.pdf(classId, Locale.ENGLISH);
        }
        double[] ms = new double[warm];
        long[] allocated = new long[warm];
        for (int i = 0; i < warm; i++) {
            long a = threads.getThreadAllocatedBytes(tid);
            long s = System.nanoTime();
            reports.pdf(classId, Locale.ENGLISH);
            ms[i] = (System.nanoTime() - s) / 1e6;
            allocated[i] = threads.getThreadAllocatedBytes(tid) - a;
        }
        Arrays.sort(ms);
        Arrays.sort(allocated);
        double p50 = ms[warm / 2];
        double p95 = ms[(int) Math.ceil(warm * 0.95) - 1];

        List<Long> bulk = new ArrayList<>(List.of(classId));
        for (int i = 1; i < bulkClasses; i++) {
            bulk.add(f.fullClass(teacher, "Class " + i, 30, 2000, i + 1));
        }
        f.fixtures.signIn(f.coordinator);
        long b0 = System.nanoTime();
        long ba = threads.getThreadAllocatedBytes(tid);
        byte[] zip = reports.bulkZip(f.termId, Locale.ENGLISH, (done, total) -> { });
        double bulkMs = (System.nanoTime() - b0) / 1e6;
        long bulkAllocated = threads.getThreadAllocatedBytes(tid) - ba;

        String result = String.format(Locale.ROOT, """
                term report benchmark (%s, %d cores, load average at end %.1f)
                class: 30 students, %d acts, 10 lessons, 2 checks; PDF %d bytes
                first report after start: %.0f ms
                warm (%d reports): p50 %.0f ms, p95 %.0f ms, min %.0f ms, max %.0f ms
                allocated per report: median %.1f MB (min %.1f, max %.1f)
                bulk zip of %d classes (report, family pages, 3 CSV, JSON each): %.1f s, %.1f MB zip, %.0f MB allocated
                """, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), acts, first.length, firstMs, warm, p50, p95,
                ms[0], ms[warm - 1], allocated[warm / 2] / 1e6, allocated[0] / 1e6, allocated[warm - 1] / 1e6, bulk.size(),
                bulkMs / 1000, zip.length / 1e6, bulkAllocated / 1e6);
        System.out.println(result);
        Path out = Path.of("target", "benchmarks", "report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result, StandardCharsets.UTF_8);
    }
}
