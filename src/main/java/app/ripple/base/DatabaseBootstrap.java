package app.ripple.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything else starts, makes sure Ripple's database exists: a new installation needs no
 * manual {@code createdb}. If the database is missing and the role may create databases, it is
 * created; if not, start-up stops with one paragraph saying what to set (see
 * {@link DatabaseFailureAnalyzer}).
 */
public class DatabaseBootstrap implements EnvironmentPostProcessor {

    private static final Pattern POSTGRES_URL =
            Pattern.compile("^jdbc:postgresql://([^/?]*)/([^?]+)(\\?.*)?$");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]{1,63}");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.getProperty("ripple.db.bootstrap", Boolean.class, true)) {
            return;
        }
        String url = env.getProperty("spring.datasource.url");
        if (url == null) {
            return;
        }
        Matcher m = POSTGRES_URL.matcher(url);
        if (!m.matches()) {
            return;
        }
        String runtimeUser = env.getProperty("spring.datasource.username", "");
        String user = env.getProperty("spring.flyway.user", runtimeUser);
        String password = env.getProperty("spring.flyway.password", env.getProperty("spring.datasource.password", ""));
        ensureDatabase(url, m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3), user, password);
        if (!runtimeUser.isEmpty() && !runtimeUser.equals(user)) {
            ensureRuntimeRole(url, user, password, runtimeUser, env.getProperty("spring.datasource.password", ""));
        }
    }

    /**
     * The app connects as a role of its own that does not own the tables and cannot bypass row-level
     * security (V17). If it is missing and the owner may create roles (the local default), it is created.
     */
    static void ensureRuntimeRole(String url, String owner, String ownerPassword, String runtimeUser, String runtimePassword) {
        try (Connection c = DriverManager.getConnection(url, props(owner, ownerPassword))) {
            boolean exists;
            try (var ps = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                ps.setString(1, runtimeUser);
                try (var rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                if (!SAFE_NAME.matcher(runtimeUser).matches()) {
                    throw new DatabaseUnavailableException(url, runtimeUser, DatabaseUnavailableException.Reason.RUNTIME_ROLE_MISSING, null);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("create role \"" + runtimeUser + "\" login"
                            + (runtimePassword.isEmpty() ? "" : " password '" + runtimePassword.replace("'", "''") + "'"));
                } catch (SQLException e) {
                    // Another node (or test JVM) may have created it at the same moment: that is fine.
                    if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                        throw new DatabaseUnavailableException(url, runtimeUser, DatabaseUnavailableException.Reason.RUNTIME_ROLE_MISSING, e);
                    }
                }
            }
            try (var ps = c.prepareStatement("select rolsuper or rolbypassrls from pg_roles where rolname = ?")) {
                ps.setString(1, runtimeUser);
                try (var rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        throw new DatabaseUnavailableException(url, runtimeUser, DatabaseUnavailableException.Reason.RUNTIME_ROLE_UNSAFE, null);
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(url, owner, DatabaseUnavailableException.Reason.UNREACHABLE, e);
        }
    }

    static void ensureDatabase(String url, String hostPort, String database, String query,
            String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, props(user, password))) {
            return;
        } catch (SQLException e) {
            if (!"3D000".equals(e.getSQLState())) {
                throw new DatabaseUnavailableException(url, user, DatabaseUnavailableException.Reason.UNREACHABLE, e);
            }
        }
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new DatabaseUnavailableException(url, user, DatabaseUnavailableException.Reason.MISSING_CANNOT_CREATE, null);
        }
        String adminUrl = "jdbc:postgresql://" + hostPort + "/postgres" + query;
        try (Connection c = DriverManager.getConnection(adminUrl, props(user, password));
                Statement s = c.createStatement()) {
            s.execute("create database \"" + database + "\"");
        } catch (SQLException e) {
            // Another node may have created it at the same moment: that is fine.
            if (!"42P04".equals(e.getSQLState())) {
                throw new DatabaseUnavailableException(url, user, DatabaseUnavailableException.Reason.MISSING_CANNOT_CREATE, e);
            }
        }
    }

    private static Properties props(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "5");
        return p;
    }
}
