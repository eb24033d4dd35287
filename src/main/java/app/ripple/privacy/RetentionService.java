package app.ripple.privacy;

import app.ripple.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention for coordinators: the dry-run preview, "apply now" and the receipts of past runs. The
 * rules are in {@link RetentionRunner}; the daily run is {@link RetentionJob}. The setting itself is
 * a school setting ({@code SchoolService.retentionMonths}).
 */
@Service
public class RetentionService {

    /**
     * One class whose students are due: its term was closed, and {@code countsFrom} (the day it was
     * closed, or its end date if later) is before the cutoff.
     */
    public record ClassDue(long classId, String className, String termName, LocalDate termEnd, LocalDate countsFrom, int students) {
    }

    /** One class whose term has ended but is not closed: retention waits until the term is closed. */
    public record ClassWaiting(long classId, String className, String termName, LocalDate termEnd, int students) {
    }

    /**
     * What a run would delete today ({@code classes}) and which classes wait for their term to be
     * closed ({@code waiting}). {@code months} and {@code cutoff} are null when retention is off (and
     * then both lists are empty).
     */
    public record Preview(@Nullable Integer months, @Nullable LocalDate cutoff, List<ClassDue> classes, List<ClassWaiting> waiting) {

        public int students() {
            return classes.stream().mapToInt(ClassDue::students).sum();
        }
    }

    /** The receipt of a run. {@code details} lists class numbers and counts, never names. */
    public record Run(long id, Instant runAt, String trigger, String actor, int months, LocalDate cutoff, int classes, int students,
            int rowsDeleted, String details) {
    }

    private final RetentionRunner runner;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    RetentionService(RetentionRunner runner, JdbcClient jdbc, CurrentUser currentUser) {
        this.runner = runner;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The dry run: what applying retention now would delete, per class. Coordinators only. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public Preview preview() {
        return runner.preview();
    }

    /** Applies retention now. Empty when retention is off or another run holds the lock. Coordinators only. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public Optional<Run> runNow() {
        return runner.runManually(currentUser.auditName());
    }

    /** The newest receipts first. Coordinators only. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<Run> recentRuns(int limit) {
        return jdbc.sql("""
                select id, run_at, trigger_kind, actor, months, cutoff, classes, students, rows_deleted, details
                from retention_run order by run_at desc, id desc limit ?""")
                .param(Math.max(1, Math.min(limit, 100)))
                .query((rs, n) -> new Run(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getDate(6).toLocalDate(), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getString(10)))
                .list();
    }
}
