package app.ripple.school;

import app.ripple.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log. Writes join the caller's transaction, so an action and its audit row
 * are saved together or not at all; the database refuses updates and deletes (a trigger).
 */
@Service
public class AuditService {

    /** One audit row as the audit viewer shows it. */
    public record AuditEntry(long id, java.time.Instant at, String actor, String action, @Nullable String target,
            @Nullable String details) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentUser currentUser;

    AuditService(JdbcClient jdbc, Clock clock, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Records an action by whoever is signed in (or "anonymous"). Any caller may write to the log. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, @Nullable String target, @Nullable String details) {
        recordAs(currentUser.auditName(), action, target, details);
    }

    /** Records an action for a named actor, e.g. the account a failed sign-in was attempted for. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, @Nullable String target, @Nullable String details) {
        jdbc.sql("insert into audit_log (at, actor, action, target, details) values (?, ?, ?, ?, ?)")
                .params(java.sql.Timestamp.from(clock.instant()), truncate(actor, 254), action,
                        target == null ? null : truncate(target, 254), details == null ? null : truncate(details, 2000))
                .update();
    }

    /** The newest entries first. Coordinators only. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("select id, at, actor, action, target, details from audit_log order by id desc limit ?")
                .param(Math.max(1, Math.min(limit, 1000)))
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
