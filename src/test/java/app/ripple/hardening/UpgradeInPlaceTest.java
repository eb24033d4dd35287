package app.ripple.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An existing single-school installation upgrades in place (docs/district.md, "Demo district and
 * upgrading"): a database migrated to V16 (the schema before the district) and filled with the demo
 * school in plain SQL ({@code upgrade/v16-demo-school.sql}, rows in every table) is migrated to the
 * latest schema the way Ripple migrates on start (as the owner, with the same callbacks). Every table
 * keeps its row count, the only new rows are the district's, every row with a {@code school_id} belongs
 * to the one school, the school belongs to the district, and through the runtime role with row-level
 * security the school's connection sees every row and an unscoped one none.
 */
class UpgradeInPlaceTest {

    private static final String SUFFIX = "upgrade";

    @AfterEach
    void drop() {
        TestDatabase.dropOwn(SUFFIX);
    }

    @Test
    void aSingleSchoolInstallationBecomesTheOnlySchoolOfADistrictAndKeepsEveryRow() throws Exception {
        String url = TestDatabase.createOwn(SUFFIX);
        flyway(url).target("16").load().migrate();
        Map<String, Long> before;
        try (Connection c = TestDatabase.ownerConnection(url); Statement s = c.createStatement()) {
            s.execute(script("upgrade/v16-demo-school.sql"));
            before = rowCounts(c);
        }
        assertThat(before).doesNotContainKey("district");
        assertThat(before.entrySet()).as("the V16 dataset fills every table").allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isPositive());

        flyway(url).load().migrate();
        // What Ripple's own Flyway callback (RuntimeRoleGrants) does after every migration run.
        try (Connection c = TestDatabase.ownerConnection(url)) {
            app.ripple.base.RuntimeRoleGrants.grant(c, TestDatabase.RUNTIME_ROLE);
        }

        try (Connection c = TestDatabase.ownerConnection(url)) {
            Map<String, Long> after = rowCounts(c);
            for (var e : before.entrySet()) {
                assertThat(after.get(e.getKey())).as("rows in " + e.getKey()).isEqualTo(e.getValue());
            }
            assertThat(after.get("district")).as("rows in district").isEqualTo(1L);
            long school = single(c, "select id from school");
            assertThat(single(c, "select count(*) from school where district_id is null")).as("schools without a district").isZero();
            assertThat(text(c, "select d.name from district d join school s on s.district_id = d.id"))
                    .isEqualTo("Riverside Primary School (demo)");
            List<String> withSchool = tablesWithSchoolId(c);
            assertThat(withSchool).contains("kindness_act", "student", "lesson_participation", "lesson_dose", "audit_log", "email_outbox");
            for (String table : withSchool) {
                if (table.equals("concern_phrase")) {
                    // V20: the phrases an installation had become the district's list (no school), which every school uses.
                    assertThat(single(c, "select count(*) from concern_phrase where school_id is not null")).isZero();
                    continue;
                }
                assertThat(single(c, "select count(*) from " + table + " where school_id is distinct from " + school))
                        .as("rows of " + table + " not belonging to the one school").isZero();
            }
            // The upgrade left the rollups' triggers as they were.
            assertThat(single(c, "select count(*) from pg_trigger where tgrelid = 'lesson_participation'::regclass and tgenabled = 'D'"))
                    .as("disabled triggers on lesson_participation").isZero();
        }

        // Through row-level security, as the app connects: the school sees all its rows, nobody's scope none.
        try (Connection c = runtimeConnection(url); Statement s = c.createStatement()) {
            s.execute("select set_config('ripple.all_schools', 'on', false)");
            long school = single(c, "select id from school");
            s.execute("select set_config('ripple.all_schools', '', false)");
            assertThat(single(c, "select count(*) from kindness_act")).as("acts seen without a school").isZero();
            s.execute("select set_config('ripple.school_id', '" + school + "', false)");
            for (String table : List.of("kindness_act", "student", "lesson_participation", "attitude_response", "audit_log", "staff_account")) {
                assertThat(single(c, "select count(*) from " + table)).as(table + " seen by the school").isEqualTo(before.get(table));
            }
        }
    }

    /** Flyway as Ripple runs it (application.properties and the callbacks Spring hands it), as the tables' owner. */
    private static FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, TestDatabase.ownerUser(), TestDatabase.ownerPassword())
                .locations("classpath:db/migration");
    }

    private static Connection runtimeConnection(String url) throws SQLException {
        var p = new java.util.Properties();
        p.setProperty("user", TestDatabase.RUNTIME_ROLE);
        return java.sql.DriverManager.getConnection(url, p);
    }

    private static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
                order by table_name""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String t : tables) {
            counts.put(t, single(c, "select count(*) from " + t));
        }
        return counts;
    }

    private static List<String> tablesWithSchoolId(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.column_name = 'school_id'
                order by c.table_name""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String script(String resource) throws IOException {
        try (InputStream in = UpgradeInPlaceTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
