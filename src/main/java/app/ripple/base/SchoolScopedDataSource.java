package app.ripple.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ripple's connection pool, with every connection set to the taking thread's {@link SchoolScope}
 * ({@code ripple.school_id}, {@code ripple.all_schools}) before anyone uses it, and set again when
 * the thread changes its scope while it holds a connection in a transaction. Row-level security
 * (V17) reads the two settings.
 * <p>
 * The settings are session settings, written on every checkout whose scope differs from what the
 * physical connection was last set to outside a transaction — so a connection never carries another
 * school's scope into a checkout, and a school whose requests follow each other costs no extra round
 * trip. A setting changed inside a transaction is forgotten, since a rollback undoes it.
 */
public final class SchoolScopedDataSource extends DelegatingDataSource implements SchoolScope.Listener, AutoCloseable {

    private static final String APPLY =
            "select set_config('ripple.school_id', coalesce(?, ''), false), set_config('ripple.all_schools', ?, false)";
    private static final String FIRST_SCHOOL =
            "select set_config('ripple.school_id', coalesce((select min(id)::text from school), ''), false)";

    private final Map<Connection, SchoolScope.Scope> applied = Collections.synchronizedMap(new WeakHashMap<>());

    public SchoolScopedDataSource(DataSource target) {
        super(target);
        SchoolScope.listen(this);
    }

    /** Closes the pool underneath (Spring calls this when the context ends). */
    @Override
    public void close() throws Exception {
        SchoolScope.stopListening(this);
        if (obtainTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(obtainTargetDataSource().getConnection(username, password));
    }

    private Connection scoped(Connection con) throws SQLException {
        try {
            SchoolScope.Scope scope = SchoolScope.current();
            Connection physical = physical(con);
            if (!scope.equals(applied.get(physical))) {
                apply(con, scope);
                // Tests' "first school" changes as tests empty the tables: looked up on every checkout.
                if (con.getAutoCommit() && !scope.insertsToFirstSchool()) {
                    applied.put(physical, scope);
                } else {
                    applied.remove(physical);
                }
            }
            return con;
        } catch (SQLException | RuntimeException e) {
            con.close();
            throw e;
        }
    }

    @Override
    public void changed(SchoolScope.Scope scope) {
        if (!(TransactionSynchronizationManager.getResource(this) instanceof ConnectionHolder holder)
                || holder.getConnectionHandle() == null) {
            return;
        }
        Connection con = holder.getConnection();
        try {
            apply(con, scope);
            applied.remove(physical(con));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the connection's school", e);
        }
    }

    private static void apply(Connection con, SchoolScope.Scope scope) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(APPLY)) {
            Long school = scope.schoolId();
            ps.setString(1, school == null ? null : school.toString());
            ps.setString(2, scope.allSchools() ? "on" : "");
            ps.execute();
        }
        if (scope.insertsToFirstSchool()) {
            try (PreparedStatement ps = con.prepareStatement(FIRST_SCHOOL)) {
                ps.execute();
            }
        }
    }

    private static Connection physical(Connection con) throws SQLException {
        @Nullable Connection inner = con.isWrapperFor(org.postgresql.PGConnection.class)
                ? (Connection) con.unwrap(org.postgresql.PGConnection.class) : null;
        return inner == null ? con : inner;
    }
}
