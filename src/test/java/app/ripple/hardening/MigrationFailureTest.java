package app.ripple.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.Application;
import app.ripple.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An upgrade whose migration fails: Ripple refuses to start, says clearly which migration failed
 * and that nothing was changed, and the schema really is unchanged. The broken migration
 * (V999, it creates a table, adds a column, then fails) lives in a test-only Flyway location,
 * {@code src/test/resources/db/failing-migration}, and runs against a throwaway database.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrationFailureTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private String name;

    @BeforeEach
    void currentSchema() {
        name = "ripple_migfail_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        exec("postgres", "create database " + name);
        Flyway.configure().dataSource(SERVER + name, "postgres", "").locations("classpath:db/migration").load().migrate();
    }

    @AfterEach
    void drop() {
        exec("postgres", "drop database if exists " + name + " with (force)");
    }

    @Test
    void aFailingMigrationStopsStartUpWithAClearMessageAndLeavesTheSchemaUnchanged(CapturedOutput output) {
        List<String> before = schema();
        exec(name, "insert into school (name, time_zone, created_at) values ('Kept School', 'Europe/Madrid', now())");

        // Command-line arguments, because they outrank the test JVM's own database system properties.
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + SERVER + name, "--spring.flyway.user=postgres", "--spring.flyway.password=",
                "--spring.datasource.username=" + TestDatabase.RUNTIME_ROLE, "--spring.datasource.password=", "--ripple.db.bootstrap=false", "--server.port=0",
                "--spring.flyway.locations=classpath:db/migration,classpath:db/failing-migration"))
                .hasStackTraceContaining("V999");

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "Ripple could not update its database schema",
                "rolled back", "V999__broken_for_tests.sql", "this_table_does_not_exist");
        assertThat(schema()).as("tables and columns after the failed start").isEqualTo(before);
        assertThat(query(name, "select count(*) from information_schema.tables where table_name = 'fault_test_marker'"))
                .containsExactly("0");
        assertThat(query(name, "select version from flyway_schema_history where version = '999'")).isEmpty();
        assertThat(query(name, "select name from school")).containsExactly("Kept School");
    }

    /** Every table and column with its type, and the applied migrations. */
    private List<String> schema() {
        List<String> rows = new ArrayList<>(query(name, """
                select table_name || '.' || column_name || ':' || data_type from information_schema.columns
                where table_schema = 'public' order by 1"""));
        rows.addAll(query(name, "select version || ' ' || success from flyway_schema_history order by installed_rank"));
        return rows;
    }

    private static List<String> query(String db, String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + db, "postgres", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void exec(String db, String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + db, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
