package app.ripple.school;

import app.ripple.base.CsvExport;
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

    /**
     * What the audit viewer filters by; every part is optional. {@code from} is inclusive, {@code to}
     * exclusive; actor and target match case-insensitively anywhere in the text; action exactly.
     */
    public record AuditFilter(java.time.@Nullable Instant from, java.time.@Nullable Instant to, @Nullable String actor,
            @Nullable String action, @Nullable String target) {

        public static AuditFilter none() {
            return new AuditFilter(null, null, null, null, null);
        }

        /** A short description for the audit row of an export (no personal data beyond what was typed). */
        String describe() {
            StringBuilder s = new StringBuilder();
            if (from != null) s.append("from=").append(from).append(' ');
            if (to != null) s.append("to=").append(to).append(' ');
            if (!blank(actor)) s.append("actor=").append(actor).append(' ');
            if (!blank(action)) s.append("action=").append(action).append(' ');
            if (!blank(target)) s.append("target=").append(target).append(' ');
            return s.isEmpty() ? "all" : s.toString().strip();
        }
    }

    /** Reads within this many minutes by the same person of the same thing are recorded once. */
    static final java.time.Duration READ_COALESCE = java.time.Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentUser currentUser;

    private final org.springframework.transaction.support.TransactionTemplate newTransaction;

    AuditService(JdbcClient jdbc, Clock clock, CurrentUser currentUser,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUser = currentUser;
        this.newTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records an action by whoever is signed in (a staff e-mail, {@code student:<id>}, or "anonymous"),
     * read from {@link CurrentUser}: a caller cannot choose whom the log names. The few entries made
     * for someone who is not the caller have their own narrow methods below.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, @Nullable String target, @Nullable String details) {
        insert(currentUser.auditName(), action, target, details);
    }

    /** What happened on a class tablet before any student was signed in. */
    public enum TabletEvent {
        KIOSK_SIGN_IN_FAILED, KIOSK_STUDENT_LOCKED, KIOSK_CLASS_PAUSED
    }

    /**
     * A picture-password failure on a class tablet: no student is signed in yet, so the tablet is named
     * ({@code tablet:<id>}). Only these three events, and always as a tablet, never as a person. (The
     * teacher who made a browser a tablet may still be signed in on it, so this cannot insist on
     * an anonymous caller the way {@link #recordSystemJob} does.)
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordTabletEvent(long tabletId, TabletEvent event, @Nullable String target, @Nullable String details) {
        insert("tablet:" + tabletId, event.name(), target, details);
    }

    /**
     * An entry by a scheduled job ({@code system:<job>}), e.g. the daily retention run. Refused while
     * anyone is signed in on this thread, so a request cannot write as the system.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordSystemJob(String job, String action, @Nullable String target, @Nullable String details) {
        requireNobodySignedIn(action);
        if (!job.matches("[a-z-]{1,40}")) {
            throw new IllegalArgumentException("job names are short lower-case words: " + job);
        }
        insert("system:" + job, action, target, details);
    }

    /** Staff sign-in attempts, which happen before anyone is authenticated: only {@code StaffAuthentication} writes them. */
    enum SignInEvent {
        LOGIN, LOGIN_FAILED, LOGIN_LOCKED_OUT, LOGIN_REFUSED_LOCKED,
        /** Through an OpenID Connect provider (details name the provider): signed in, refused by Ripple, failed at the protocol. */
        SSO_LOGIN, SSO_LOGIN_REFUSED, SSO_LOGIN_FAILED, SSO_ACCOUNT_CREATED
    }

    /** The account name as typed at sign-in (or the provider's e-mail); package-private, for {@code StaffAuthentication} and {@code StaffSso} only. */
    void recordSignIn(String typedAccount, SignInEvent event, @Nullable String details) {
        insert(typedAccount, event.name(), null, details);
    }

    /** The first coordinator, created by the first-run setup before anyone can sign in; for {@code SetupService} only. */
    void recordSetup(String coordinatorEmail, long schoolId) {
        insert(coordinatorEmail, "SETUP", "school:" + schoolId, "first-run setup created the school and its coordinator");
    }

    /** The first district administrator, created by the first-run setup of a district; for {@code SetupService} only. A district-level entry. */
    void recordDistrictSetup(String adminEmail, long firstSchoolId) {
        insert(adminEmail, "SETUP_DISTRICT", "school:" + firstSchoolId,
                "first-run setup created the district, its administrator and its first school");
    }

    private void requireNobodySignedIn(String action) {
        if (currentUser.get().isPresent() || currentUser.student().isPresent()) {
            throw new app.ripple.base.NotAllowedException(currentUser.auditName() + " may not record " + action + " for another actor");
        }
    }

    private void insert(String actor, String action, @Nullable String target, @Nullable String details) {
        // The scope's school; in the district's scope (sign-in, district administrators) the actor's
        // school if the actor is a school's staff member, else none: a district-level entry.
        jdbc.sql("""
                insert into audit_log (at, actor, action, target, details, school_id)
                values (?, ?, ?, ?, ?, coalesce(ripple_school(), (select school_id from staff_account where lower(email) = lower(?))))""")
                .params(java.sql.Timestamp.from(clock.instant()), truncate(actor, 254), action,
                        target == null ? null : truncate(target, 254), details == null ? null : truncate(details, 2000),
                        truncate(actor, 254))
                .update();
    }

    /** The newest entries first. Coordinators only. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("select id, at, actor, action, target, details from audit_log where school_id = ripple_school() order by id desc limit ?")
                .param(Math.max(1, Math.min(limit, 1000)))
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /**
     * Records that someone looked at sensitive data (a roster, a queue, results). Runs in its own
     * transaction so read-only callers can use it, and a repeat of the same read by the same person
     * within {@link #READ_COALESCE} is not written again, so paging and refreshing do not flood the log.
     */
    @PreAuthorize("permitAll()")
    public void recordRead(String action, @Nullable String target, @Nullable String details) {
        String actor = truncate(currentUser.auditName(), 254);
        java.time.Instant now = clock.instant();
        // A transaction template, not an annotation: it must also hold when called from this class.
        newTransaction.executeWithoutResult(status -> {
            boolean recent = jdbc.sql("""
                    select exists (select 1 from audit_log where at > ? and actor = ? and action = ?
                                     and target is not distinct from ?)""")
                    .params(java.sql.Timestamp.from(now.minus(READ_COALESCE)), actor, action,
                            target == null ? null : truncate(target, 254))
                    .query(Boolean.class).single();
            if (!recent) {
                insert(actor, action, target, details);
            }
        });
    }

    /** One page of entries matching the filter, newest first. Coordinators only. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        if (offset == 0) {
            recordRead("AUDIT_LOG_VIEWED", null, filter.describe());
        }
        Where w = where(filter);
        return jdbc.sql("select id, at, actor, action, target, details from audit_log" + w.sql + " order by id desc offset ? limit ?")
                .params(w.paramsWith(Math.max(0, offset), Math.max(1, Math.min(limit, 500))))
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** How many entries match the filter. Coordinators only. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        Where w = where(filter);
        return jdbc.sql("select count(*) from audit_log" + w.sql).params(w.params).query(Integer.class).single();
    }

    /** The actions that occur in the log, for the viewer's filter. Coordinators only. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_log where school_id = ripple_school() order by action").query(String.class).list();
    }

    /**
     * Writes the matching entries as CSV ({@link CsvExport}: UTF-8 with a BOM, RFC 4180, oldest first) and records the export
     * itself in the log, in the same transaction. Coordinators only.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public int exportCsv(AuditFilter filter, java.io.OutputStream out) throws java.io.IOException {
        record("AUDIT_EXPORTED", null, filter.describe());
        Where w = where(filter);
        CsvExport csv = CsvExport.to(out);
        csv.row("id", "at", "actor", "action", "target", "details");
        int[] rows = {0};
        try {
            jdbc.sql("select id, at, actor, action, target, details from audit_log" + w.sql + " order by id")
                    .params(w.params)
                    .query(rs -> {
                        try {
                            csv.row(Long.toString(rs.getLong(1)), rs.getTimestamp(2).toInstant().toString(), rs.getString(3),
                                    rs.getString(4), rs.getString(5), rs.getString(6));
                            rows[0]++;
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        return rows[0];
    }

    private record Where(String sql, Object[] params) {
        Object[] paramsWith(Object... more) {
            Object[] all = java.util.Arrays.copyOf(params, params.length + more.length);
            System.arraycopy(more, 0, all, params.length, more.length);
            return all;
        }
    }

    private static Where where(AuditFilter f) {
        List<String> parts = new java.util.ArrayList<>();
        List<Object> params = new java.util.ArrayList<>();
        // The coordinator's own school only, also where row-level security would let more through.
        parts.add("school_id = ripple_school()");
        if (f.from() != null) {
            parts.add("at >= ?");
            params.add(java.sql.Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            parts.add("at < ?");
            params.add(java.sql.Timestamp.from(f.to()));
        }
        if (!blank(f.actor())) {
            parts.add("strpos(lower(actor), lower(?)) > 0");
            params.add(f.actor().strip());
        }
        if (!blank(f.action())) {
            parts.add("action = ?");
            params.add(f.action().strip());
        }
        if (!blank(f.target())) {
            parts.add("strpos(lower(coalesce(target, '')), lower(?)) > 0");
            params.add(f.target().strip());
        }
        return new Where(" where " + String.join(" and ", parts), params.toArray());
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
