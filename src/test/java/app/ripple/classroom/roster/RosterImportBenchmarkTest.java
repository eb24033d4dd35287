package app.ripple.classroom.roster;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Timing harness, not a unit test: prints how long a 2,000-row preview takes. Skipped unless run
 * with {@code -Dbenchmark=true}, for example
 * {@code ./mvnw -B -q test -Dtest=RosterImportBenchmarkTest -Dbenchmark=true}. No assertions on time.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RosterImportBenchmarkTest {

    @Test
    void twoThousandRows() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        byte[] plain = RosterFixtures.plainCsv(2000, ',').getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = OneRosterParserTest.generated(2000);
        byte[] zip = RosterFixtures.zip(files);
        // first run includes class loading and JIT warm-up: that is what the first teacher of the day sees
        long cold = System.nanoTime();
        int rows = PlainCsvRosterParser.parse(plain).rows().size();
        long coldPlain = System.nanoTime() - cold;
        cold = System.nanoTime();
        rows += OneRosterParser.parseZip(zip).previewFor("c1").rows().size();
        long coldZip = System.nanoTime() - cold;
        for (int i = 0; i < 200; i++) {
            rows += PlainCsvRosterParser.parse(plain).rows().size();
            rows += OneRosterParser.parseZip(zip).previewFor("c1").rows().size();
        }
        int runs = 50;
        long t = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            rows += PlainCsvRosterParser.parse(plain).rows().size();
        }
        long warmPlain = (System.nanoTime() - t) / runs;
        t = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            rows += OneRosterParser.parseZip(zip).previewFor("c1").rows().size();
        }
        long warmZip = (System.nanoTime() - t) / runs;
        System.out.printf("2,000-row preview: plain CSV (%d bytes) cold %.1f ms, warm %.2f ms; OneRoster zip (%d bytes) cold %.1f ms, warm %.2f ms [%d rows]%n",
                plain.length, coldPlain / 1e6, warmPlain / 1e6, zip.length, coldZip / 1e6, warmZip / 1e6, rows);
    }
}
