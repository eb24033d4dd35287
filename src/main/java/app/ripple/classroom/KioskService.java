package app.ripple.classroom;

import app.ripple.base.NotAllowedException;
import app.ripple.school.AuditService;
import app.ripple.security.CurrentUser;
import app.ripple.security.KioskSession;
import app.ripple.security.StudentPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a class tablet may do. The tablet's token is its credential: every call names it and is
 * refused when the tablet is unknown, revoked or its class archived. Picture-password failures are
 * throttled in PostgreSQL, per student on every tablet of the class and per class.
 */
@Service
public class KioskService {

    static final int STUDENT_MAX_FAILURES = 5;
    static final Duration STUDENT_LOCK = Duration.ofMinutes(10);
    static final int CLASS_MAX_FAILURES = 30;
    static final Duration CLASS_WINDOW = Duration.ofMinutes(10);
    static final Duration CLASS_PAUSE = Duration.ofMinutes(5);

    /** The tablet as the kiosk needs it. */
    public record KioskTablet(long tabletId, long classId, String className, int idleTimeoutSeconds, boolean readAloud, long schoolId) {
    }

    /** An avatar button on the kiosk home: no school id, no password. */
    public record KioskStudent(long studentId, String displayName, String avatar) {
    }

    public enum Outcome { SIGNED_IN, WRONG_PICTURES, STUDENT_LOCKED, CLASS_PAUSED, TABLET_UNKNOWN }

    /** The answer to a sign-in attempt; {@code student} is set only when signed in. */
    public record SignInResult(Outcome outcome, @Nullable StudentPrincipal student, @Nullable Instant until) {
    }

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final KioskMeters meters;

    private final KioskSession kioskSession;

    KioskService(JdbcClient jdbc, AuditService audit, CurrentUser currentUser, KioskSession kioskSession, Clock clock,
            KioskMeters meters) {
        this.kioskSession = kioskSession;
        this.meters = meters;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Anyone holding a valid tablet token may ask; it also records when the tablet was last seen. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<KioskTablet> identify(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant minuteAgo = now.minusSeconds(60);
        record Row(KioskTablet tablet, boolean seenLately) {
        }
        Optional<Row> row = jdbc.sql("""
                select t.id, c.id, c.name, c.idle_timeout_seconds, c.read_aloud, t.last_seen_at >= ?, c.school_id from class_tablet t
                join school_class c on c.id = t.class_id
                where t.token_hash = ? and t.revoked_at is null and not c.archived""")
                .params(Timestamp.from(minuteAgo), TabletTokens.hash(token))
                .query((rs, n) -> new Row(new KioskTablet(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5), rs.getLong(7)),
                        rs.getBoolean(6)))
                .optional();
        // "Last seen" is kept to the minute: most calls only read.
        row.filter(r -> !r.seenLately()).ifPresent(r -> jdbc.sql("""
                update class_tablet set last_seen_at = :now where id = :id
                and (last_seen_at is null or last_seen_at < :minuteAgo)""")
                .param("now", Timestamp.from(now)).param("minuteAgo", Timestamp.from(minuteAgo))
                .param("id", r.tablet().tabletId()).update());
        return row.map(Row::tablet);
    }

    /** The tablet's home screen in one go: the tablet, and the avatars of its class's active students. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<KioskHome> home(@Nullable String token) {
        return identify(token).map(t -> new KioskHome(t, studentsOf(t.classId())));
    }

    /** The tablet and its avatars. */
    public record KioskHome(KioskTablet tablet, List<KioskStudent> students) {
    }

    /** The avatars to show on the tablet: display names and avatars of the class's active students only. */
    @PreAuthorize("permitAll()")
    @Transactional
    public List<KioskStudent> students(String token) {
        return studentsOf(requireTablet(token).classId());
    }

    private List<KioskStudent> studentsOf(long classId) {
        return jdbc.sql("select id, display_name, avatar from student where class_id = ? and active order by lower(display_name), id")
                .param(classId)
                .query((rs, n) -> new KioskStudent(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * Checks a picture password. Wrong answers count against the student (5 lock them for 10
     * minutes on every tablet of the class) and against the class (30 within 10 minutes pause all
     * of its tablets for 5 minutes). While locked, even the right answer is refused.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public SignInResult signIn(String token, long studentId, List<String> pictures) {
        return meters.counted(checkPictures(token, studentId, pictures));
    }

    private SignInResult checkPictures(String token, long studentId, List<String> pictures) {
        Optional<KioskTablet> found = identify(token);
        if (found.isEmpty()) {
            return new SignInResult(Outcome.TABLET_UNKNOWN, null, null);
        }
        KioskTablet tablet = found.get();
        Instant now = clock.instant();
        Timestamp nowTs = Timestamp.from(now);
        Optional<Instant> paused = jdbc.sql("select paused_until from class_sign_in_pause where class_id = ? and paused_until > ?")
                .params(tablet.classId(), nowTs).query(Timestamp.class).optional().map(Timestamp::toInstant);
        if (paused.isPresent()) {
            return new SignInResult(Outcome.CLASS_PAUSED, null, paused.get());
        }
        // Lock the student's row: concurrent attempts on two tablets are counted one after the other.
        Optional<StudentRow> student = jdbc.sql("""
                select id, display_name, picture_password from student where id = ? and class_id = ? and active for update""")
                .params(studentId, tablet.classId())
                .query((rs, n) -> new StudentRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
        if (student.isEmpty()) {
            return classFailure(tablet, nowTs, now);
        }
        Optional<Instant> locked = jdbc.sql("select locked_until from student_sign_in_lock where student_id = ? and locked_until > ?")
                .params(studentId, nowTs).query(Timestamp.class).optional().map(Timestamp::toInstant);
        if (locked.isPresent()) {
            return new SignInResult(Outcome.STUDENT_LOCKED, null, locked.get());
        }
        if (String.join(",", pictures).equals(student.get().picturePassword()) && pictures.size() == 3) {
            jdbc.sql("delete from student_sign_in_lock where student_id = ?").param(studentId).update();
            return new SignInResult(Outcome.SIGNED_IN,
                    new StudentPrincipal(studentId, tablet.classId(), tablet.tabletId(), student.get().displayName(), tablet.schoolId()), null);
        }
        int failures = jdbc.sql("""
                insert into student_sign_in_lock (student_id, failed_count) values (:s, 1)
                on conflict (student_id) do update set
                  failed_count = case when student_sign_in_lock.locked_until is not null
                                      and student_sign_in_lock.locked_until <= :now then 1
                                      else student_sign_in_lock.failed_count + 1 end,
                  locked_until = case when student_sign_in_lock.locked_until <= :now then null
                                      else student_sign_in_lock.locked_until end
                returning failed_count""")
                .param("s", studentId).param("now", nowTs).query(Integer.class).single();
        audit.recordTabletEvent(tablet.tabletId(), AuditService.TabletEvent.KIOSK_SIGN_IN_FAILED, "student:" + studentId, "class:" + tablet.classId());
        SignInResult classResult = classFailure(tablet, nowTs, now);
        if (failures >= STUDENT_MAX_FAILURES) {
            Instant until = now.plus(STUDENT_LOCK);
            jdbc.sql("update student_sign_in_lock set locked_until = ? where student_id = ?")
                    .params(Timestamp.from(until), studentId).update();
            audit.recordTabletEvent(tablet.tabletId(), AuditService.TabletEvent.KIOSK_STUDENT_LOCKED, "student:" + studentId, "until " + until);
            return new SignInResult(Outcome.STUDENT_LOCKED, null, until);
        }
        return classResult;
    }

    private SignInResult classFailure(KioskTablet tablet, Timestamp nowTs, Instant now) {
        jdbc.sql("insert into class_sign_in_failure (class_id, at) values (?, ?)").params(tablet.classId(), nowTs).update();
        int recent = jdbc.sql("select count(*) from class_sign_in_failure where class_id = ? and at > ?")
                .params(tablet.classId(), Timestamp.from(now.minus(CLASS_WINDOW))).query(Integer.class).single();
        if (recent >= CLASS_MAX_FAILURES) {
            Instant until = now.plus(CLASS_PAUSE);
            jdbc.sql("""
                    insert into class_sign_in_pause (class_id, paused_until) values (?, ?)
                    on conflict (class_id) do update set paused_until = excluded.paused_until""")
                    .params(tablet.classId(), Timestamp.from(until)).update();
            jdbc.sql("delete from class_sign_in_failure where class_id = ?").param(tablet.classId()).update();
            audit.recordTabletEvent(tablet.tabletId(), AuditService.TabletEvent.KIOSK_CLASS_PAUSED, "class:" + tablet.classId(), "until " + until);
            return new SignInResult(Outcome.CLASS_PAUSED, null, until);
        }
        return new SignInResult(Outcome.WRONG_PICTURES, null, null);
    }

    /**
     * The signed-in student, re-checked on every call: the tablet must still be valid and of the
     * student's class, and the student still on the roster.
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public KioskStudent me() {
        StudentPrincipal s = requireStudentSession();
        return jdbc.sql("select id, display_name, avatar from student where id = ?").param(s.studentId())
                .query((rs, n) -> new KioskStudent(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
    }

    /** The signed-in student's own screen: who they are, and how long the tablet waits before signing them out. */
    public record StudentHome(KioskStudent student, int idleTimeoutSeconds) {
    }

    /** {@link #me()} and the class's idle time-out in one transaction, for the student's home screen. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public StudentHome studentHome() {
        StudentPrincipal s = requireStudentSession();
        return jdbc.sql("""
                select st.id, st.display_name, st.avatar, c.idle_timeout_seconds from student st join school_class c on c.id = st.class_id
                where st.id = ?""").param(s.studentId())
                .query((rs, n) -> new StudentHome(new KioskStudent(rs.getLong(1), rs.getString(2), rs.getString(3)), rs.getInt(4)))
                .single();
    }

    /** For other features' student-facing services: the student, verified against their tablet. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public StudentPrincipal requireStudentSession() {
        StudentPrincipal s = currentUser.requireStudent();
        if (!kioskSession.stillHere()) {
            throw new NotAllowedException("student session idle for more than " + KioskSession.STALE_AFTER);
        }
        boolean valid = jdbc.sql("""
                select exists (select 1 from class_tablet t join school_class c on c.id = t.class_id
                               join student st on st.class_id = c.id
                               where t.id = ? and t.class_id = ? and t.revoked_at is null and not c.archived
                                 and st.id = ? and st.active)""")
                .params(s.tabletId(), s.classId(), s.studentId()).query(Boolean.class).single();
        if (!valid) {
            throw new NotAllowedException("student session no longer valid");
        }
        return s;
    }

    private KioskTablet requireTablet(String token) {
        return identify(token).orElseThrow(() -> new NotAllowedException("unknown tablet"));
    }

    private record StudentRow(long id, String displayName, String picturePassword) {
    }
}
