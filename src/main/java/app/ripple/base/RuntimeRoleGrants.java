package app.ripple.base;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * After every migration run, as the tables' owner: the app's runtime role
 * ({@code spring.datasource.username}) may read and write the tables — row-level security decides
 * which rows — but never change, empty or drop them (docs/district.md).
 */
@Component
public class RuntimeRoleGrants implements Callback {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]{1,63}");

    private final Environment env;

    RuntimeRoleGrants(Environment env) {
        this.env = env;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String runtime = env.getProperty("spring.datasource.username", "");
        String owner = env.getProperty("spring.flyway.user", runtime);
        if (runtime.isEmpty() || runtime.equals(owner) || !SAFE_NAME.matcher(runtime).matches()) {
            return;
        }
        try {
            grant(context.getConnection(), runtime);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the runtime role " + runtime + " its rights", e);
        }
    }

    /** The runtime role's rights on every table, sequence and function, granted by the owner's connection. */
    public static void grant(java.sql.Connection owner, String runtime) throws SQLException {
        if (!SAFE_NAME.matcher(runtime).matches()) {
            throw new IllegalArgumentException("Not a plain role name: " + runtime);
        }
        String role = "\"" + runtime + "\"";
        try (Statement s = owner.createStatement()) {
            s.execute("grant usage on schema public to " + role);
            s.execute("grant select, insert, update, delete on all tables in schema public to " + role);
            s.execute("revoke insert, update, delete on flyway_schema_history from " + role);
            s.execute("grant usage, select on all sequences in schema public to " + role);
            s.execute("grant execute on all functions in schema public to " + role);
        }
    }

    @Override
    public String getCallbackName() {
        return "ripple-runtime-role-grants";
    }
}
