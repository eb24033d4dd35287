package app.ripple.lesson;

import app.ripple.base.NotAllowedException;
import app.ripple.school.AuditService;
import app.ripple.security.CurrentUser;
import app.ripple.security.DistrictAdminOnly;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons the district shares with every school (docs/district.md, "Sharing with every school"). A
 * district lesson is a {@code custom_lesson} row without a school: every school's staff see it in
 * their library, read-only, and may copy it into a lesson of their own; row-level security lets only
 * the district's scope write it. The district administrator shares a school's own lesson by copying
 * it (the copy remembers {@code copied_from}), and stops sharing by archiving the copy: plans and
 * deliveries that use it keep it.
 */
@Service
public class DistrictLessonService {

    /** A lesson the district shares; {@code sharedFrom} is the school whose lesson it was copied from. */
    public record DistrictLesson(long id, String title, String summary, @Nullable String sharedFrom, Instant sharedAt) {
    }

    /** A school's own lesson the district administrator may share; {@code shared} when it already is. */
    public record SchoolLesson(long id, String school, String title, String author, boolean shared) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    DistrictLessonService(JdbcClient jdbc, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The lessons shared with every school now, by title. */
    @DistrictAdminOnly
    @Transactional(readOnly = true)
    public List<DistrictLesson> shared() {
        return jdbc.sql("""
                select l.id, l.title, l.summary, s.name, l.created_at
                from custom_lesson l
                left join custom_lesson src on l.copied_from = 'custom:' || src.id
                left join school_schools_v s on s.id = src.school_id
                where l.school_id is null and not l.archived
                order by lower(l.title), l.id""")
                .query((rs, n) -> new DistrictLesson(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Every school's own lessons (not archived), schools alphabetically, for "Share with every school". */
    @DistrictAdminOnly
    @Transactional(readOnly = true)
    public List<SchoolLesson> schoolLessons() {
        return jdbc.sql("""
                select l.id, s.name, l.title, coalesce(st.name, ''),
                       exists (select 1 from custom_lesson d where d.school_id is null and not d.archived
                               and d.copied_from = 'custom:' || l.id)
                from custom_lesson l join school_schools_v s on s.id = l.school_id
                left join school_staff_v st on st.id = l.owner_id
                where l.school_id is not null and not l.archived
                order by lower(s.name), s.id, lower(l.title), l.id""")
                .query((rs, n) -> new SchoolLesson(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .list();
    }

    /**
     * Shares a school's own lesson with every school: a district copy of it and its steps. Sharing a
     * lesson that is already shared returns the existing copy. Audited as LESSON_SHARED (a district entry).
     */
    @DistrictAdminOnly
    @Transactional
    public long share(long schoolLessonId) {
        boolean exists = jdbc.sql("select exists (select 1 from custom_lesson where id = ? and school_id is not null and not archived)")
                .param(schoolLessonId).query(Boolean.class).single();
        if (!exists) {
            throw new NotAllowedException("no school lesson " + schoolLessonId);
        }
        Optional<Long> already = jdbc.sql("""
                select id from custom_lesson where school_id is null and not archived and copied_from = ? order by id limit 1""")
                .param("custom:" + schoolLessonId).query(Long.class).optional();
        if (already.isPresent()) {
            return already.get();
        }
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                insert into custom_lesson (school_id, owner_id, copied_from, language, title, summary, age_bands, minutes, objectives,
                    components, reflection_question, teacher_note, story_link, created_at, updated_at)
                select null, :owner, 'custom:' || id, language, title, summary, age_bands, minutes, objectives, components,
                       reflection_question, teacher_note, story_link, :now, :now
                from custom_lesson where id = :source returning id""")
                .param("owner", currentUser.require().staffId()).param("now", now).param("source", schoolLessonId)
                .query(Long.class).single();
        jdbc.sql("""
                insert into custom_lesson_step (school_id, lesson_id, position, kind, title, body, minutes)
                select null, :lesson, position, kind, title, body, minutes from custom_lesson_step where lesson_id = :source""")
                .param("lesson", id).param("source", schoolLessonId).update();
        audit.record("LESSON_SHARED", "lesson:" + id, "custom:" + schoolLessonId);
        return id;
    }

    /** Stops sharing a district lesson: it leaves every school's library; plans and deliveries keep it. */
    @DistrictAdminOnly
    @Transactional
    public void stopSharing(long districtLessonId) {
        int changed = jdbc.sql("update custom_lesson set archived = true, updated_at = ? where id = ? and school_id is null and not archived")
                .params(Timestamp.from(clock.instant()), districtLessonId).update();
        if (changed == 0) {
            throw new NotAllowedException("no shared lesson " + districtLessonId);
        }
        audit.record("LESSON_UNSHARED", "lesson:" + districtLessonId, null);
    }
}
