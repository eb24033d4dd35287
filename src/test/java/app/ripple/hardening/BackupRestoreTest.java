package app.ripple.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.challenge.ActService;
import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.challenge.Recipient;
import app.ripple.security.KioskSession;
import app.ripple.testsupport.Required;
import app.ripple.testsupport.RippleTest;
import app.ripple.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The backup procedure of docs/security.md, run for real: {@code pg_dump -Fc} of a database with a
 * school in it, {@code pg_restore} into a new database, and every table must come back with the same
 * number of rows and the same per-table checksum (MD5 over all rows in a fixed order).
 */
@RippleTest
class BackupRestoreTest {

    @Autowired org.springframework.context.ApplicationContext applicationContext;
    HardeningFixtures f;
    @Autowired ActService acts;
    @Autowired KioskSession kioskSession;

    @Test
    void aCustomFormatDumpRestoresEveryRowOfEveryTable() throws Exception {
        Path bin = PrivatePostgres.binaries().orElse(null);
        Required.tool(bin != null && Files.isExecutable(bin.resolve("pg_dump")),
                "pg_dump/pg_restore not found under /usr/lib/postgresql/*/bin");
        f = new HardeningFixtures(applicationContext).build();
        f.signInStudent();
        acts.record(new RecordAct(UUID.randomUUID(), f.challengeId, "lib:held_door", null, Recipient.CLASSMATE, 4, null));
        acts.record(new RecordAct(UUID.randomUUID(), f.challengeId, null, "nobody likes me at break", Recipient.CLASSMATE, null, null));
        kioskSession.signOut();

        String source = TestDatabase.name();
        String target = source + "_restored";
        Path dump = Files.createTempFile("ripple-backup-", ".dump");
        try {
            run(bin.resolve("pg_dump").toString(), "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-Fc", "-f", dump.toString(), source);
            assertThat(Files.size(dump)).isPositive();
            exec("postgres", "create database " + target);
            run(bin.resolve("pg_restore").toString(), "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "--exit-on-error",
                    "--no-owner", "-d", target, dump.toString());

            Map<String, String> before = fingerprint(source);
            Map<String, String> after = fingerprint(target);
            assertThat(before).as("tables with rows").hasSizeGreaterThan(10);
            assertThat(after).isEqualTo(before);
            assertThat(before.get("kindness_act")).startsWith("2 ");
            assertThat(before.get("audit_log")).doesNotStartWith("0 ");
        } finally {
            exec("postgres", "drop database if exists " + target + " with (force)");
            Files.deleteIfExists(dump);
        }
    }

    /** For every table of the public schema: "row count md5-of-all-rows". */
    static Map<String, String> fingerprint(String db) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + db, "postgres", "")) {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "select count(*), coalesce(md5(string_agg(r::text, E'\\n' order by r::text)), '-') from \"" + t + "\" r")) {
                    rs.next();
                    out.put(t, rs.getLong(1) + " " + rs.getString(2));
                }
            }
        }
        return out;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: %s", String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).as("%s\n%s", String.join(" ", command), output).isZero();
    }

    private static void exec(String db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + db, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
