package app.ripple.privacy;

import app.ripple.base.SchoolScope;
import app.ripple.privacy.RetentionService.ClassDue;
import app.ripple.privacy.RetentionService.ClassWaiting;
import app.ripple.privacy.RetentionService.Preview;
import app.ripple.privacy.RetentionService.Run;
import app.ripple.school.AuditService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention logic behind {@link RetentionService} and {@link RetentionJob} (not a service: it
 * checks no caller, so only those two use it).
 * <p>
 * Retention: when the school has set a period of N months, the students of every class whose term
 * was <em>closed</em> before (today − N months) are erased with everything linked to them, exactly as
 * a single erasure would (through every feature's contributor). Classes, challenges and lesson
 * deliveries stay (they hold no data about a child), and so do attitude answers under their pseudonyms.
 * <p>
 * When the clock starts: the day the term was closed ({@code term.closed_at} as a date in the school's
 * time zone), or its end date if that is later (a term closed early still runs to its end), or its
 * end date alone for a term closed before Ripple recorded closing times. A term that has ended but
 * was never closed is <em>not</em> due, however long ago it ended: closing a term is the coordinator's
 * statement that its classes are finished, and data is never deleted before that. Such classes are
 * listed in the preview ({@link Preview#waiting()}) so nobody is surprised. Reopening a term clears
 * its closing time ({@code SchoolService.reopenTerm}), so its classes stop being due, and closing it
 * again starts the clock again.
 * <p>
 * Runs daily ({@link RetentionJob}) and on demand. Every run holds a PostgreSQL advisory lock, so two
 * app nodes never run at once, and a scheduled run happens at most once per school day; running
 * again deletes nothing (idempotent). Each run leaves a receipt in {@code retention_run} and the
 * audit log, with counts and class numbers only.
 */
@Component
class RetentionRunner {

    /** The advisory-lock key of retention runs (any fixed number unique within Ripple). */
    static final long LOCK_KEY = app.ripple.base.AdvisoryLocks.RETENTION;
    static final String SYSTEM_ACTOR = "system:retention";

    private static final Logger log = LoggerFactory.getLogger(RetentionRunner.class);

    private final JdbcClient jdbc;
    private final StudentEraser eraser;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final RetentionMeters meters;

    RetentionRunner(JdbcClient jdbc, StudentEraser eraser, AuditService audit, Clock clock, PlatformTransactionManager transactions,
            RetentionMeters meters) {
        this.meters = meters;
        this.jdbc = jdbc;
        this.eraser = eraser;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What applying retention now would delete, per class (in the caller's transaction). */
    Preview preview() {
        return school().map(this::preview).orElse(new Preview(null, null, List.of(), List.of()));
    }

    /** A run started by someone; empty when another run holds the lock or retention is off. */
    Optional<Run> runManually(String actor) {
        return meters.counted("MANUAL", tx.execute(status -> apply("MANUAL", actor)));
    }

    /**
     * The daily run, called by {@link RetentionJob} without a signed-in user. Does nothing when
     * retention is off, when another node holds the lock, or when today's scheduled run is done.
     */
    Optional<Run> runScheduled() {
        // The scheduled run acts for nobody: whoever's thread calls it (a test, say), it writes as the system.
        SecurityContext caller = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            // School by school, each in its own scope and transaction; the first school that ran is returned.
            return SchoolScope.eachSchool(jdbc, () -> meters.counted("SCHEDULED", tx.execute(status -> apply("SCHEDULED", SYSTEM_ACTOR))))
                    .stream().flatMap(Optional::stream).findFirst();
        } finally {
            SecurityContextHolder.setContext(caller);
        }
    }

    private Optional<Run> apply(String trigger, String actor) {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single()) {
            log.info("Retention: another run holds the lock, skipping");
            return Optional.empty();
        }
        Optional<School> school = school();
        if (school.isEmpty() || school.get().months() == null) {
            return Optional.empty();
        }
        School s = school.get();
        LocalDate today = LocalDate.now(clock.withZone(s.zone()));
        if (trigger.equals("SCHEDULED") && jdbc.sql("""
                select exists (select 1 from retention_run where school_id = ? and run_on = ? and trigger_kind = 'SCHEDULED')""")
                .params(s.id(), today).query(Boolean.class).single()) {
            return Optional.empty();
        }
        Preview due = preview(s);
        Map<String, Integer> rows = new LinkedHashMap<>();
        int students = 0;
        StringBuilder details = new StringBuilder();
        for (ClassDue c : due.classes()) {
            List<Long> ids = jdbc.sql("select id from student where class_id = ? order by id").param(c.classId()).query(Long.class).list();
            for (long id : ids) {
                eraser.erase(id).forEach((table, n) -> rows.merge(table, n, Integer::sum));
            }
            students += ids.size();
            details.append("class:").append(c.classId()).append(" (term closed ").append(c.countsFrom()).append(")=")
                    .append(ids.size()).append(" students; ");
        }
        String text = (details.isEmpty() ? "nothing due; " : details.toString()) + StudentEraser.describe(rows);
        int total = StudentEraser.total(rows);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into retention_run (school_id, run_at, run_on, trigger_kind, actor, months, cutoff, classes, students, rows_deleted, details)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, left(?, 4000)) returning id""")
                .params(s.id(), Timestamp.from(now), today, trigger, actor, s.months(), due.cutoff(), due.classes().size(), students,
                        total, text)
                .query(Long.class).single();
        String summary = trigger + ", " + s.months() + " months, cutoff " + due.cutoff() + ": " + students + " students; " + text;
        if (SYSTEM_ACTOR.equals(actor)) {
            audit.recordSystemJob("retention", "RETENTION_RUN", "retention-run:" + id, summary);
        } else {
            audit.record("RETENTION_RUN", "retention-run:" + id, summary);
        }
        log.info("Retention run {} ({}): {} students in {} classes, {} rows", id, trigger, students, due.classes().size(), total);
        return Optional.of(new Run(id, now, trigger, actor, s.months(), due.cutoff(), due.classes().size(), students, total, text));
    }

    private Preview preview(School s) {
        if (s.months() == null) {
            return new Preview(null, null, List.of(), List.of());
        }
        LocalDate today = LocalDate.now(clock.withZone(s.zone()));
        LocalDate cutoff = today.minusMonths(s.months());
        // The day a closed term's clock starts: the later of its closing day (in the school's zone)
        // and its end date; greatest() skips a missing closing time (terms closed before V9).
        List<ClassDue> classes = jdbc.sql("""
                select c.id, c.name, t.name, t.end_date, t.counts_from, count(st.id)
                from school_class c
                join (select id, name, end_date, greatest(end_date, (closed_at at time zone :zone)::date) as counts_from
                      from term where closed) t on t.id = c.term_id
                join student st on st.class_id = c.id
                where t.counts_from < :cutoff
                group by c.id, c.name, t.name, t.end_date, t.counts_from
                order by t.counts_from, lower(c.name), c.id""")
                .param("zone", s.zone().getId())
                .param("cutoff", cutoff)
                .query((rs, n) -> new ClassDue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getInt(6)))
                .list();
        List<ClassWaiting> waiting = jdbc.sql("""
                select c.id, c.name, t.name, t.end_date, count(st.id)
                from school_class c join term t on t.id = c.term_id join student st on st.class_id = c.id
                where not t.closed and t.end_date < :today
                group by c.id, c.name, t.name, t.end_date
                order by t.end_date, lower(c.name), c.id""")
                .param("today", today)
                .query((rs, n) -> new ClassWaiting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getInt(5)))
                .list();
        return new Preview(s.months(), cutoff, classes, waiting);
    }

    private record School(long id, ZoneId zone, @Nullable Integer months) {
    }

    private Optional<School> school() {
        return jdbc.sql("select id, time_zone, retention_months from school where id = ripple_school()")
                .query((rs, n) -> new School(rs.getLong(1), ZoneId.of(rs.getString(2)), (Integer) rs.getObject(3)))
                .optional();
    }
}
