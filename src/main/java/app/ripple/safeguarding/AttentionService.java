package app.ripple.safeguarding;

import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.classroom.ClassService;
import app.ripple.school.AuditService;
import app.ripple.security.Caller;
import app.ripple.security.CurrentUser;
import app.ripple.security.StaffOnly;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The needs-attention queue: items raised by students' words that matched a concerning phrase,
 * seen by the teachers of the class and by coordinators, who acknowledge them, add notes and
 * resolve them. Items are raised with {@link ConcernRaised}; the words themselves stay in the
 * feature that stored them and are shown through {@link AttentionSubjects}.
 */
@Service
public class AttentionService {

    private final JdbcClient jdbc;
    private final ClassService classes;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final ObjectProvider<AttentionSubjects> subjects;
    private final AttentionAlerts alerts;

    AttentionService(JdbcClient jdbc, ClassService classes, CurrentUser currentUser, AuditService audit, Clock clock,
            ObjectProvider<AttentionSubjects> subjects, AttentionAlerts alerts) {
        this.alerts = alerts;
        this.jdbc = jdbc;
        this.classes = classes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.subjects = subjects;
    }

    /**
     * Writes the item in the publisher's transaction. Not a public method: only a feature that saved
     * and checked a student's words raises items, by publishing the event.
     */
    @EventListener
    void raise(ConcernRaised concern) {
        String column = column(concern.subject());
        long itemId = jdbc.sql("insert into attention_item (class_id, " + column + ", matched, created_at) values (?, ?, ?, ?) returning id")
                .params(concern.classId(), concern.subjectId(), concern.matched(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        // The alert emails go into the outbox in this same transaction: saved with the item, or not at all.
        alerts.itemRaised(itemId, concern.classId());
    }

    static String column(AttentionSubject subject) {
        return switch (subject) {
            case ACT -> "act_id";
            case REFLECTION -> "reflection_id";
        };
    }

    private record Row(long id, long classId, String className, @Nullable Long actId, @Nullable Long reflectionId, String matched,
            String status, String notes, Instant at) {
    }

    /** Safeguarding items of the caller's classes (a coordinator: all), open ones first. */
    @StaffOnly
    @Transactional
    public List<AttentionItem> list(boolean includeResolved) {
        Caller caller = currentUser.require();
        List<Row> rows = jdbc.sql("""
                select i.id, i.class_id, c.name, i.act_id, i.reflection_id, i.matched, i.status, i.notes, i.created_at
                from attention_item i join school_class c on c.id = i.class_id
                where c.school_id = ripple_school() and (:resolved or i.status <> 'RESOLVED')
                  and (:coordinator or exists (select 1 from class_teacher ct where ct.class_id = i.class_id and ct.staff_id = :staff))
                order by case i.status when 'OPEN' then 0 when 'ACKNOWLEDGED' then 1 else 2 end, i.created_at""")
                .param("resolved", includeResolved).param("coordinator", caller.isCoordinator()).param("staff", caller.staffId())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4), (Long) rs.getObject(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()))
                .list();
        Map<AttentionSubject, List<Long>> ids = new EnumMap<>(AttentionSubject.class);
        for (Row r : rows) {
            ids.computeIfAbsent(r.actId() != null ? AttentionSubject.ACT : AttentionSubject.REFLECTION, k -> new ArrayList<>())
                    .add(r.actId() != null ? r.actId() : r.reflectionId());
        }
        Map<AttentionSubject, Map<Long, AttentionSubjects.Written>> written = new EnumMap<>(AttentionSubject.class);
        subjects.orderedStream().forEach(s -> {
            List<Long> wanted = ids.get(s.subject());
            if (wanted != null) {
                written.put(s.subject(), s.written(wanted));
            }
        });
        Map<Long, List<AttentionItem.Notice>> notices = alerts.notices(rows.stream().map(Row::id).toList());
        List<AttentionItem> items = rows.stream().map(r -> {
            boolean reflection = r.actId() == null;
            AttentionSubjects.Written w = written.getOrDefault(reflection ? AttentionSubject.REFLECTION : AttentionSubject.ACT, Map.of())
                    .get(reflection ? r.reflectionId() : r.actId());
            return new AttentionItem(r.id(), r.classId(), r.className(), w == null ? "" : w.studentName(), w == null ? "" : w.text(),
                    r.matched(), r.status(), r.notes(), r.at(), reflection, notices.getOrDefault(r.id(), List.of()));
        }).toList();
        if (!items.isEmpty()) {
            audit.record("ATTENTION_QUEUE_VIEWED", null, items.size() + " items");
        }
        return items;
    }

    @StaffOnly
    @Transactional
    public void acknowledge(long itemId) {
        requireItemAccess(itemId);
        jdbc.sql("update attention_item set status = 'ACKNOWLEDGED' where id = ? and status = 'OPEN'").param(itemId).update();
        audit.record("ATTENTION_ACKNOWLEDGED", "attention:" + itemId, null);
    }

    @StaffOnly
    @Transactional
    public void addNote(long itemId, String note) {
        requireItemAccess(itemId);
        Problems p = new Problems();
        p.require(!note.isBlank(), "note", "validation.required");
        p.require(note.strip().length() <= 1000, "note", "validation.tooLong", 1000);
        p.requirePlainText(note, "note", true);
        p.throwIfAny();
        String line = clock.instant() + " " + currentUser.require().email() + ": " + note.strip();
        jdbc.sql("update attention_item set notes = left(case when notes = '' then ? else notes || chr(10) || ? end, 4000) where id = ?")
                .params(line, line, itemId).update();
        audit.record("ATTENTION_NOTE_ADDED", "attention:" + itemId, null);
    }

    @StaffOnly
    @Transactional
    public void resolve(long itemId) {
        requireItemAccess(itemId);
        jdbc.sql("update attention_item set status = 'RESOLVED', resolved_at = ?, resolved_by = ? where id = ?")
                .params(Timestamp.from(clock.instant()), currentUser.require().staffId(), itemId).update();
        audit.record("ATTENTION_RESOLVED", "attention:" + itemId, null);
    }

    /** Whether new items are emailed (email configured); the queue says so when they are not. */
    @StaffOnly
    public boolean emailAlertsOn() {
        return alerts.enabled();
    }

    /** How many items are not resolved yet in the caller's classes: for the menu badge and the home page. */
    @StaffOnly
    @Transactional(readOnly = true)
    public int openCount() {
        Caller caller = currentUser.require();
        return jdbc.sql("""
                select count(*) from attention_item a where a.status <> 'RESOLVED' and a.school_id = ripple_school()
                  and (:coordinator or exists (select 1 from class_teacher ct where ct.class_id = a.class_id and ct.staff_id = :staff))""")
                .param("coordinator", caller.isCoordinator()).param("staff", caller.staffId()).query(Integer.class).single();
    }

    private void requireItemAccess(long itemId) {
        long classId = jdbc.sql("select class_id from attention_item where id = ?").param(itemId).query(Long.class).optional()
                .orElseThrow(() -> new NotAllowedException("no item " + itemId));
        classes.requireAccess(classId);
    }
}
