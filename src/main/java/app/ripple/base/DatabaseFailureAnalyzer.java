package app.ripple.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a database problem at start-up into one paragraph an IT admin can act on. */
public class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, DatabaseUnavailableException e) {
        String cause = e.getCause() == null ? "" : " (PostgreSQL said: " + e.getCause().getMessage() + ")";
        String description = switch (e.reason()) {
            case UNREACHABLE -> "Ripple could not connect to PostgreSQL at " + e.url() + " as user '" + e.user() + "'" + cause + ".";
            case MISSING_CANNOT_CREATE -> "The database in " + e.url() + " does not exist, and user '" + e.user()
                    + "' may not create it" + cause + ".";
            case RUNTIME_ROLE_MISSING -> "Ripple's runtime role '" + e.user() + "' does not exist in " + e.url()
                    + ", and the owner role may not create roles" + cause + ".";
            case RUNTIME_ROLE_UNSAFE -> "Ripple's runtime role '" + e.user() + "' would bypass row-level security in "
                    + e.url() + " (it is a superuser, has BYPASSRLS or owns the tables), so one school could see another's data.";
        };
        String action = "Make sure PostgreSQL 15 or newer is running and reachable, then set RIPPLE_DB_URL "
                + "(for example jdbc:postgresql://localhost:5432/ripple), RIPPLE_DB_USER and RIPPLE_DB_PASSWORD "
                + "(or the standard SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD). Either give that user the right to "
                + "create databases (ALTER ROLE ... CREATEDB) so Ripple creates its database on first start, or create "
                + "it yourself: createdb -O <user> ripple. The app itself connects as a second role, RIPPLE_DB_RUNTIME_USER "
                + "(default ripple_app, password RIPPLE_DB_RUNTIME_PASSWORD), which must not own the tables, be a superuser "
                + "or have BYPASSRLS; Ripple creates it when RIPPLE_DB_USER may create roles, otherwise: "
                + "CREATE ROLE ripple_app LOGIN PASSWORD '...' (docs/district.md).";
        return new FailureAnalysis(description, action, e);
    }
}
