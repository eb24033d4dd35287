package app.ripple.classroom;

import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.classroom.ClassRecords.ClassDetail;
import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassRecords.ClassSummary;
import app.ripple.school.AuditService;
import app.ripple.security.Caller;
import app.ripple.security.CurrentUser;
import app.ripple.security.StaffOnly;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes and who teaches them. A teacher sees and changes only the classes they teach;
 * coordinators see every class of the school. Other features call {@link #requireAccess} before
 * they touch anything of a class.
 */
@Service
public class ClassService {

    static final int MIN_IDLE = 30;
    static final int MAX_IDLE = 300;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    ClassService(JdbcClient jdbc, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Throws {@link NotAllowedException} unless the signed-in staff member teaches the class or is a
     * coordinator. An unknown id gets the same answer, so guessing ids reveals nothing.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    public Caller requireAccess(long classId) {
        Caller caller = currentUser.require();
        boolean allowed = caller.isCoordinator()
                ? jdbc.sql("select exists (select 1 from school_class where id = ? and school_id = ripple_school())").param(classId)
                        .query(Boolean.class).single()
                : jdbc.sql("select exists (select 1 from class_teacher where class_id = ? and staff_id = ?)")
                        .params(classId, caller.staffId()).query(Boolean.class).single();
        if (!allowed) {
            throw new NotAllowedException("class " + classId + " is not yours");
        }
        return caller;
    }

    /**
     * The check every service that <em>writes</em> class data calls first (rosters, class settings,
     * challenges, acts, lesson plans, deliveries and participation, attitude checks): the caller
     * must be allowed to touch the class ({@link #requireAccess} for staff; for a student on a class
     * tablet, it must be their own class) and the class's term must not be closed. A closed term's
     * classes are read-only: this throws {@link ClassReadOnlyException} (an
     * {@link app.ripple.base.InvalidInputException} with field {@code "class"} and key
     * {@code class.readOnly}), before anything is written.
     */
    @PreAuthorize("hasAnyRole('COORDINATOR','TEACHER','STUDENT')")
    @Transactional(readOnly = true)
    public void requireWritable(long classId) {
        var student = currentUser.student();
        if (student.isPresent()) {
            if (student.get().classId() != classId) {
                throw new NotAllowedException("class " + classId + " is not the student's class");
            }
        } else {
            requireAccess(classId);
        }
        if (isReadOnly(classId)) {
            throw new ClassReadOnlyException();
        }
    }

    /**
     * {@link #requireAccess} as a yes for {@link ClassReader}'s expression: it answers true or throws
     * (the exception reaches the caller unchanged), never false.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    public boolean allowsReading(long classId) {
        requireAccess(classId);
        return true;
    }

    /** {@link #requireWritable} as a yes for {@link ClassWriter}'s expression: true or an exception. */
    @StaffOnly
    @Transactional(readOnly = true)
    public boolean allowsWriting(long classId) {
        requireWritable(classId);
        return true;
    }

    /** Whether the class belongs to a closed term (its data can be read and exported, not changed). */
    @PreAuthorize("hasAnyRole('COORDINATOR','TEACHER','STUDENT')")
    @Transactional(readOnly = true)
    public boolean isReadOnly(long classId) {
        return jdbc.sql("select coalesce(t.closed, false) from school_class c left join term t on t.id = c.term_id where c.id = ?")
                .param(classId).query(Boolean.class).optional().orElse(false);
    }

    /** The caller's classes (a coordinator's: all), active ones first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<ClassSummary> myClasses(boolean includeArchived) {
        Caller caller = currentUser.require();
        String sql = """
                select c.id, c.name, c.age_band, t.name as term_name, c.archived,
                       (select count(*) from student s where s.class_id = c.id and s.active) as students,
                       (select coalesce(array_agg(sa.name order by sa.name), '{}') from class_teacher ct
                          join staff_account sa on sa.id = ct.staff_id where ct.class_id = c.id) as teachers
                from school_class c left join term t on t.id = c.term_id
                where c.school_id = ripple_school()
                  and (:coordinator or exists (select 1 from class_teacher ct where ct.class_id = c.id and ct.staff_id = :staff))
                  and (:archived or not c.archived)
                order by c.archived, c.name""";
        return jdbc.sql(sql).param("coordinator", caller.isCoordinator()).param("staff", caller.staffId())
                .param("archived", includeArchived)
                .query((rs, n) -> new ClassSummary(rs.getLong("id"), rs.getString("name"),
                        AgeBand.ofCode(rs.getString("age_band")).orElseThrow(), rs.getString("term_name"),
                        strings(rs.getArray("teachers")), rs.getInt("students"), rs.getBoolean("archived")))
                .list();
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public ClassDetail get(long classId) {
        requireAccess(classId);
        return jdbc.sql("""
                select c.id, c.name, c.age_band, c.term_id, t.name as term_name, c.archived, c.idle_timeout_seconds, c.read_aloud,
                       (select coalesce(array_agg(ct.staff_id order by sa.name), '{}') from class_teacher ct
                          join staff_account sa on sa.id = ct.staff_id where ct.class_id = c.id) as teacher_ids,
                       (select coalesce(array_agg(sa.name order by sa.name), '{}') from class_teacher ct
                          join staff_account sa on sa.id = ct.staff_id where ct.class_id = c.id) as teacher_names
                from school_class c left join term t on t.id = c.term_id where c.id = ?""")
                .param(classId)
                .query((rs, n) -> new ClassDetail(rs.getLong("id"), rs.getString("name"),
                        AgeBand.ofCode(rs.getString("age_band")).orElseThrow(), (Long) rs.getObject("term_id"),
                        rs.getString("term_name"), longs(rs.getArray("teacher_ids")), strings(rs.getArray("teacher_names")),
                        rs.getBoolean("archived"), rs.getInt("idle_timeout_seconds"), rs.getBoolean("read_aloud")))
                .single();
    }

    /** Creates a class. A teacher always teaches the classes they create. */
    @StaffOnly
    @Transactional
    public long create(ClassForm form) {
        Caller caller = currentUser.require();
        Set<Long> teachers = new LinkedHashSet<>(form.teacherIds());
        if (!caller.isCoordinator()) {
            teachers.add(caller.staffId());
        }
        validate(form, teachers);
        long schoolId = jdbc.sql("select id from school where id = ripple_school()").query(Long.class).single();
        long id = jdbc.sql("""
                insert into school_class (school_id, term_id, name, age_band, idle_timeout_seconds, read_aloud, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(schoolId, form.termId(), form.name().strip(), form.ageBand().code(), form.idleTimeoutSeconds(),
                        // Read-aloud starts on for the youngest, who may not read yet (docs/kiosk.md).
                        form.ageBand() == AgeBand.AGES_6_8, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        setTeachers(id, teachers);
        audit.record("CLASS_CREATED", "class:" + id, form.name().strip());
        return id;
    }

    @StaffOnly
    @Transactional
    public void update(long classId, ClassForm form) {
        Caller caller = requireAccess(classId);
        requireWritable(classId);
        Set<Long> teachers = new LinkedHashSet<>(form.teacherIds());
        if (!caller.isCoordinator()) {
            // A teacher cannot lock themselves out of their own class by accident.
            teachers.add(caller.staffId());
        }
        validate(form, teachers);
        jdbc.sql("update school_class set name = ?, age_band = ?, term_id = ?, idle_timeout_seconds = ? where id = ?")
                .params(form.name().strip(), form.ageBand().code(), form.termId(), form.idleTimeoutSeconds(), classId)
                .update();
        setTeachers(classId, teachers);
        audit.record("CLASS_CHANGED", "class:" + classId, form.name().strip());
    }

    /** Turns the tablet's read-aloud buttons on or off for this class (on by default for ages 6–8). */
    @StaffOnly
    @Transactional
    public void setReadAloud(long classId, boolean on) {
        requireAccess(classId);
        requireWritable(classId);
        jdbc.sql("update school_class set read_aloud = ? where id = ?").params(on, classId).update();
        audit.record(on ? "CLASS_READ_ALOUD_ON" : "CLASS_READ_ALOUD_OFF", "class:" + classId, null);
    }

    /** Archived classes leave the lists and their tablets stop working; nothing is deleted. */
    @StaffOnly
    @Transactional
    public void setArchived(long classId, boolean archived) {
        requireAccess(classId);
        requireWritable(classId);
        jdbc.sql("update school_class set archived = ? where id = ?").params(archived, classId).update();
        audit.record(archived ? "CLASS_ARCHIVED" : "CLASS_RESTORED", "class:" + classId, null);
    }

    private void validate(ClassForm form, Set<Long> teachers) {
        Problems p = new Problems();
        String name = form.name().strip();
        p.require(!name.isEmpty(), "name", "validation.required");
        p.require(name.length() <= 60, "name", "validation.tooLong", 60);
        p.requirePlainText(name, "name", false);
        p.require(form.ageBand() != null, "ageBand", "validation.required");
        p.require(form.idleTimeoutSeconds() >= MIN_IDLE && form.idleTimeoutSeconds() <= MAX_IDLE, "idleTimeout",
                "class.idleTimeout.range", MIN_IDLE, MAX_IDLE);
        if (form.termId() != null) {
            p.require(jdbc.sql("select exists (select 1 from term where id = ? and school_id = ripple_school())").param(form.termId()).query(Boolean.class).single(),
                    "term", "validation.required");
        }
        if (teachers.isEmpty()) {
            p.add("teachers", "class.teachers.required");
        } else {
            Long[] ids = teachers.toArray(Long[]::new);
            int known = jdbc.sql("select count(*) from staff_account where active and school_id = ripple_school() and id = any(?)")
                    .param(ids).query(Integer.class).single();
            p.require(known == ids.length, "teachers", "class.teachers.unknown");
        }
        p.throwIfAny();
    }

    private void setTeachers(long classId, Set<Long> teachers) {
        jdbc.sql("delete from class_teacher where class_id = ?").param(classId).update();
        for (Long staffId : teachers) {
            jdbc.sql("insert into class_teacher (class_id, staff_id) values (?, ?)").params(classId, staffId).update();
        }
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(((Number) o).longValue());
        }
        return out;
    }
}
