package app.ripple.base;

import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A schema migration that fails at start-up: one paragraph saying which migration, what PostgreSQL
 * said, that nothing was changed, and what to do. PostgreSQL runs each Flyway migration in a
 * transaction, so a failed one is rolled back completely and the app refuses to start.
 */
public class MigrationFailureAnalyzer extends AbstractFailureAnalyzer<FlywayException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, FlywayException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        String description = "Ripple could not update its database schema, so it did not start. The failed migration was "
                + "rolled back: the schema is as it was before this start. Flyway reported:\n" + message;
        String action = "Do not edit the database by hand. Read the error above: if it names something in your database "
                + "(a permission, a full disk, a conflicting object), fix that and start again; otherwise go back to the "
                + "previous Ripple version, which still works with the unchanged schema, and report the error. "
                + "If in doubt, restore the backup taken before the upgrade (docs/security.md, \"Backup and restore\").";
        return new FailureAnalysis(description, action, e);
    }
}
