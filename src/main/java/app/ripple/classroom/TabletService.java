package app.ripple.classroom;

import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.classroom.ClassRecords.LockedStudent;
import app.ripple.classroom.ClassRecords.TabletInfo;
import app.ripple.school.AuditService;
import app.ripple.security.StaffOnly;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teachers bind browsers to their class as tablets, revoke them, and lift sign-in lock-outs. */
@Service
public class TabletService {

    /** A newly bound tablet: the raw token goes into the device's cookie and nowhere else. */
    public record BoundTablet(long tabletId, String token) {
    }

    private final JdbcClient jdbc;
    private final ClassService classes;
    private final AuditService audit;
    private final Clock clock;

    TabletService(JdbcClient jdbc, ClassService classes, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.classes = classes;
        this.audit = audit;
        this.clock = clock;
    }

    @ClassReader
    @Transactional
    public BoundTablet bind(long classId, String name) {
        Problems p = new Problems();
        String n = name.strip();
        p.require(!n.isEmpty(), "tabletName", "validation.required");
        p.require(n.length() <= 60, "tabletName", "validation.tooLong", 60);
        p.require(n.codePoints().noneMatch(Character::isISOControl), "tabletName", "validation.controlCharacters");
        p.throwIfAny();
        String token = TabletTokens.newToken();
        long id = jdbc.sql("insert into class_tablet (class_id, name, token_hash, created_at) values (?, ?, ?, ?) returning id")
                .params(classId, n, TabletTokens.hash(token), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record("TABLET_BOUND", "tablet:" + id, "class:" + classId);
        return new BoundTablet(id, token);
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public List<TabletInfo> tablets(long classId) {
        classes.requireAccess(classId);
        return jdbc.sql("select id, name, created_at, last_seen_at, revoked_at is not null from class_tablet where class_id = ? order by revoked_at nulls first, name, id")
                .param(classId)
                .query((rs, n) -> new TabletInfo(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getBoolean(5)))
                .list();
    }

    @ClassReader
    @Transactional
    public void revoke(long classId, long tabletId) {
        int n = jdbc.sql("update class_tablet set revoked_at = ? where id = ? and class_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), tabletId, classId).update();
        if (n == 0 && !jdbc.sql("select exists (select 1 from class_tablet where id = ? and class_id = ?)")
                .params(tabletId, classId).query(Boolean.class).single()) {
            throw new NotAllowedException("tablet " + tabletId + " is not in class " + classId);
        }
        audit.record("TABLET_REVOKED", "tablet:" + tabletId, "class:" + classId);
    }

    /** Students locked out by wrong picture passwords right now. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<LockedStudent> lockedStudents(long classId) {
        classes.requireAccess(classId);
        return jdbc.sql("""
                select s.id, s.display_name, l.locked_until from student_sign_in_lock l join student s on s.id = l.student_id
                where s.class_id = ? and l.locked_until > ? order by s.display_name""")
                .params(classId, Timestamp.from(clock.instant()))
                .query((rs, n) -> new LockedStudent(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    @ClassReader
    @Transactional
    public void unlockStudent(long classId, long studentId) {
        int n = jdbc.sql("delete from student_sign_in_lock l using student s where l.student_id = s.id and s.id = ? and s.class_id = ?")
                .params(studentId, classId).update();
        if (n > 0) {
            audit.record("KIOSK_STUDENT_UNLOCKED", "student:" + studentId, "class:" + classId);
        }
    }

    /** When the whole class's sign-in is paused after many failures, until when. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Optional<Instant> pausedUntil(long classId) {
        classes.requireAccess(classId);
        return jdbc.sql("select paused_until from class_sign_in_pause where class_id = ? and paused_until > ?")
                .params(classId, Timestamp.from(clock.instant())).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    @ClassReader
    @Transactional
    public void resumeSignIn(long classId) {
        jdbc.sql("delete from class_sign_in_pause where class_id = ?").param(classId).update();
        jdbc.sql("delete from class_sign_in_failure where class_id = ?").param(classId).update();
        audit.record("KIOSK_CLASS_RESUMED", "class:" + classId, null);
    }
}
