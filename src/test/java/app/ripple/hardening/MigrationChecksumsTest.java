package app.ripple.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * Migrations on main never change once merged (docs/district.md, "Demo district and upgrading"): an
 * installation keeps each applied migration's checksum and refuses to start when the file differs
 * ("Migration checksum mismatch for migration version 4" happened once). The committed list
 * {@code src/test/resources/migration-checksums.txt} holds {@code version checksum} per merged
 * migration, the CRC32 Flyway computes and stores; this test fails when a listed migration changed or
 * disappeared, and when a new one is not listed yet.
 */
class MigrationChecksumsTest {

    static final String LIST = "migration-checksums.txt";

    @Test
    void everyMergedMigrationKeepsItsChecksumAndEveryMigrationIsListed() throws IOException {
        Map<String, Integer> committed = committed();
        Map<String, Integer> resolved = resolved();
        List<String> problems = new ArrayList<>();
        committed.forEach((version, checksum) -> {
            Integer now = resolved.get(version);
            if (now == null) {
                problems.add("V" + version + " is listed in " + LIST + " but no longer exists. A merged migration is never "
                        + "removed or renamed: installations have applied it. Restore it.");
            } else if (!now.equals(checksum)) {
                problems.add("V" + version + " changed (checksum " + checksum + " in " + LIST + ", " + now + " now). Never edit "
                        + "a merged migration: installations that applied it refuse to start with \"Migration checksum mismatch "
                        + "for migration version " + version + "\". Undo the edit and make the change in a new migration.");
            }
        });
        List<String> append = new ArrayList<>();
        resolved.forEach((version, checksum) -> {
            if (!committed.containsKey(version)) {
                append.add(version + " " + checksum);
            }
        });
        if (!append.isEmpty()) {
            problems.add("New migrations are not in src/test/resources/" + LIST + " yet. Once the migration is final, append:\n"
                    + String.join("\n", append) + "\n(from then on it never changes)");
        }
        assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
    }

    /** Version → checksum, as Flyway resolves the migrations on the classpath (the value it stores when it applies one). */
    static Map<String, Integer> resolved() {
        Flyway flyway = Flyway.configure()
                .dataSource(TestDatabase.jdbcUrl(), TestDatabase.ownerUser(), TestDatabase.ownerPassword())
                .locations("classpath:db/migration").placeholders(Map.of("runtime_role", TestDatabase.RUNTIME_ROLE)).load();
        Map<String, Integer> out = new LinkedHashMap<>();
        for (MigrationInfo m : flyway.info().all()) {
            if (m.isVersioned() && m.getResolvedChecksum() != null) {
                out.put(m.getVersion().getVersion(), m.getResolvedChecksum());
            }
        }
        return out;
    }

    private static Map<String, Integer> committed() throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (InputStream in = MigrationChecksumsTest.class.getClassLoader().getResourceAsStream(LIST)) {
            assertThat(in).as("src/test/resources/" + LIST).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                out.put(parts[0], Integer.valueOf(parts[1]));
            }
        }
        return out;
    }
}
