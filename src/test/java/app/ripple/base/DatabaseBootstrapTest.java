package app.ripple.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A new installation needs no createdb; a database that cannot be reached gets one clear paragraph. */
class DatabaseBootstrapTest {

    private static final String HOST = "127.0.0.1:5432";

    @Test
    void aMissingDatabaseIsCreatedWhenTheRoleMayCreateDatabases() throws Exception {
        String name = "ripple_boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String url = "jdbc:postgresql://" + HOST + "/" + name;
        try {
            DatabaseBootstrap.ensureDatabase(url, HOST, name, "", "postgres", "");
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                assertThat(c.isValid(2)).isTrue();
            }
            // Starting again finds it and does nothing.
            DatabaseBootstrap.ensureDatabase(url, HOST, name, "", "postgres", "");
        } finally {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", "postgres", "")) {
                c.createStatement().execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    @Test
    void anUnreachableServerStopsStartUpWithAnExplanationAndWhatToSet() {
        String url = "jdbc:postgresql://127.0.0.1:1/ripple";
        assertThatThrownBy(() -> DatabaseBootstrap.ensureDatabase(url, "127.0.0.1:1", "ripple", "", "postgres", ""))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseUnavailableException.Reason.UNREACHABLE);
                    FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(e, e);
                    assertThat(analysis.getDescription()).contains("could not connect", url);
                    assertThat(analysis.getAction()).contains("RIPPLE_DB_URL", "RIPPLE_DB_USER", "CREATEDB");
                });
    }
}
