package app.ripple.challenge;

import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.challenge.ChallengeRecords.PendingAct;
import app.ripple.challenge.ChallengeRecords.Status;
import app.ripple.classroom.ClassService;
import app.ripple.safeguarding.AttentionService;
import app.ripple.school.AuditService;
import app.ripple.security.Caller;
import app.ripple.security.CurrentUser;
import app.ripple.security.StaffOnly;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher's queues: own-words acts waiting for approval, acts a student flagged as "that
 * wasn't me" (teachers of the class and coordinators). The needs-attention queue belongs to safeguarding.
 */
@Service
public class ModerationService {

    /** The caller's classes' acts: their school's only (also without row-level security), and for a teacher their own classes. */
    private static final String MINE = """
            (a.school_id = ripple_school()
             and (:coordinator or exists (select 1 from class_teacher ct where ct.class_id = a.class_id and ct.staff_id = :staff)))""";

    private final JdbcClient jdbc;
    private final ClassService classes;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final AttentionService attention;

    ModerationService(JdbcClient jdbc, ClassService classes, CurrentUser currentUser, AuditService audit, AttentionService attention) {
        this.jdbc = jdbc;
        this.classes = classes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.attention = attention;
    }

    /** Own-words acts waiting for approval and flagged acts, in the caller's classes. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<PendingAct> queue() {
        Caller caller = currentUser.require();
        List<PendingAct> acts = jdbc.sql("""
                select a.id, a.class_id, c.name, coalesce(s.display_name, ''), coalesce(a.own_text, ca.text, a.library_act_id), a.category,
                       a.created_at, a.not_me, a.status
                from kindness_act a join school_class c on c.id = a.class_id left join student s on s.id = a.student_id
                left join custom_act ca on ca.id = a.custom_act_id
                where (a.status = 'PENDING' or (a.not_me and a.status <> 'HIDDEN')) and """ + MINE + """
                order by a.created_at, a.id""")
                .param("coordinator", caller.isCoordinator()).param("staff", caller.staffId())
                .query((rs, n) -> new PendingAct(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Category.valueOf(rs.getString(6)), rs.getTimestamp(7).toInstant(), rs.getBoolean(8), Status.valueOf(rs.getString(9))))
                .list();
        if (!acts.isEmpty()) {
            audit.recordRead("MODERATION_QUEUE_VIEWED", null, acts.size() + " acts");
        }
        return acts;
    }

    @StaffOnly
    @Transactional
    public void approve(long actId) {
        setStatus(actId, Status.APPROVED, null);
    }

    @StaffOnly
    @Transactional
    public void hide(long actId) {
        setStatus(actId, Status.HIDDEN, null);
    }

    /** Approves the act but shows neutral wording on the wall instead of the student's text. */
    @StaffOnly
    @Transactional
    public void approveWithText(long actId, String wallText) {
        Problems p = new Problems();
        p.require(!wallText.isBlank(), "wallText", "validation.required");
        p.require(wallText.strip().length() <= ActService.OWN_TEXT_MAX, "wallText", "validation.tooLong", ActService.OWN_TEXT_MAX);
        p.requirePlainText(wallText, "wallText", true);
        p.throwIfAny();
        setStatus(actId, Status.APPROVED, wallText.strip());
    }

    /** Clears a "that wasn't me" flag once the teacher has looked into it. */
    @StaffOnly
    @Transactional
    public void clearNotMe(long actId) {
        classes.requireWritable(requireActAccess(actId));
        jdbc.sql("update kindness_act set not_me = false where id = ?").param(actId).update();
        audit.record("ACT_NOT_ME_CLEARED", "act:" + actId, null);
    }

    private void setStatus(long actId, Status status, String wallText) {
        classes.requireWritable(requireActAccess(actId));
        String current = jdbc.sql("select status from kindness_act where id = ?").param(actId).query(String.class).single();
        if (Status.NEEDS_ATTENTION.name().equals(current)) {
            // Safeguarding items are handled in the attention queue and never reach the wall.
            throw new NotAllowedException("act " + actId + " needs attention");
        }
        jdbc.sql("update kindness_act set status = ?, wall_text = ?, not_me = case when ? then false else not_me end where id = ?")
                .params(status.name(), wallText, status == Status.HIDDEN, actId).update();
        audit.record("ACT_" + status.name(), "act:" + actId, wallText == null ? null : "replaced text");
    }

    /** The act's class, once the caller may see it. */
    private long requireActAccess(long actId) {
        long classId = jdbc.sql("select class_id from kindness_act where id = ?").param(actId).query(Long.class).optional()
                .orElseThrow(() -> new NotAllowedException("no act " + actId));
        classes.requireAccess(classId);
        return classId;
    }

    /** How many items wait in the caller's queues: for the menu badge and the home page. */
    @StaffOnly
    @Transactional(readOnly = true)
    public int[] counts() {
        Caller caller = currentUser.require();
        int pending = jdbc.sql("select count(*) from kindness_act a where (a.status = 'PENDING' or (a.not_me and a.status <> 'HIDDEN')) and "
                + MINE).param("coordinator", caller.isCoordinator()).param("staff", caller.staffId()).query(Integer.class).single();
        return new int[] {pending, attention.openCount()};
    }
}
