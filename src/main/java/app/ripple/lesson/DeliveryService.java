package app.ripple.lesson;

import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.ClassWriter;
import app.ripple.lesson.LessonRecords.DeliveryForm;
import app.ripple.lesson.LessonRecords.DeliveryInfo;
import app.ripple.lesson.LessonRecords.LessonProgress;
import app.ripple.lesson.LessonRecords.Dose;
import app.ripple.lesson.LessonRecords.MakeUp;
import app.ripple.lesson.LessonRecords.Participation;
import app.ripple.lesson.LessonRecords.ParticipationRow;
import app.ripple.lesson.LessonRecords.PlanInfo;
import app.ripple.lesson.library.LessonLibrary;
import app.ripple.school.AuditService;
import app.ripple.school.SchoolService;
import app.ripple.security.CurrentUser;
import app.ripple.security.StaffOnly;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons in a class: plans on dates, deliveries (what was actually held), per-student
 * participation with make-ups, and the measures: a student's dose and the class's lesson progress
 * (completion and term plan progress).
 * Only the class's teachers and coordinators may see or change any of it.
 * <p>
 * A student is <em>enrolled</em> for a delivery when they were in the class when it was held: for a
 * delivery recorded on its own day, added at or before the moment it was recorded and not left by
 * then; for one recorded later, added on or before its day and not left before it (the school's
 * time zone decides the day). See {@code lesson_enrolled} (V12) and docs/lessons.md.
 */
@Service
public class DeliveryService {

    /**
     * The SQL condition "student s was enrolled when delivery d was held"; needs the school's zone as
     * {@code z.tz}. The rule itself is the database function {@code lesson_enrolled} (V12), shared by
     * every reader and the {@code lesson_dose} rollup.
     */
    static final String ENROLLED = " ((s.active or s.left_at is not null)"
            + " and lesson_enrolled(s.created_at, s.left_at, d.delivered_on, d.created_at, z.tz)) ";
    static final String ZONE = " cross join (select coalesce((select time_zone from school where id = ripple_school()), 'UTC') as tz) z ";

    private final JdbcClient jdbc;
    private final ClassService classes;
    private final LessonService lessons;
    private final SchoolService school;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    DeliveryService(JdbcClient jdbc, ClassService classes, LessonService lessons, SchoolService school, CurrentUser currentUser,
            AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.classes = classes;
        this.lessons = lessons;
        this.school = school;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- plans ----

    @StaffOnly
    @Transactional(readOnly = true)
    public List<PlanInfo> plans(long classId) {
        classes.requireAccess(classId);
        return jdbc.sql("""
                select p.id, p.class_id, p.builtin_lesson_id, p.custom_lesson_id, l.title, p.planned_on, d.id as delivery_id
                from lesson_plan p left join custom_lesson l on l.id = p.custom_lesson_id
                left join lesson_delivery d on d.plan_id = p.id
                where p.class_id = ? order by p.planned_on, p.id""")
                .param(classId)
                .query((rs, n) -> {
                    String ref = ref(rs);
                    return new PlanInfo(rs.getLong(1), rs.getLong(2), ref, titleKey(ref), rs.getString(5),
                            rs.getDate(6).toLocalDate(), (Long) rs.getObject(7));
                })
                .list();
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public PlanInfo planInfo(long planId) {
        long classId = classOfPlan(planId);
        return plans(classId).stream().filter(p -> p.id() == planId).findFirst().orElseThrow();
    }

    /** Plans a lesson (built-in or one the caller can read) for the class on a date. */
    @ClassWriter
    @Transactional
    public long plan(long classId, @Nullable String lessonRef, @Nullable LocalDate on) {
        Problems p = new Problems();
        p.require(lessonRef != null && !lessonRef.isBlank(), "lesson", "validation.required");
        p.require(on != null, "date", "validation.required");
        p.throwIfAny();
        lessons.requireUsable(lessonRef);
        Optional<Long> custom = LessonService.customId(lessonRef);
        long id = jdbc.sql("""
                insert into lesson_plan (class_id, builtin_lesson_id, custom_lesson_id, planned_on, created_by, created_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(classId, custom.isPresent() ? null : lessonRef, custom.orElse(null), Date.valueOf(on),
                        currentUser.require().staffId(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record("LESSON_PLANNED", "class:" + classId, lessonRef + " " + on);
        return id;
    }

    /** Removes a plan; a delivery made from it stays (it just no longer points at the plan). */
    @StaffOnly
    @Transactional
    public void deletePlan(long planId) {
        long classId = classOfPlan(planId);
        classes.requireWritable(classId);
        jdbc.sql("delete from lesson_plan where id = ?").param(planId).update();
        audit.record("LESSON_PLAN_DELETED", "class:" + classId, "plan:" + planId);
    }

    // ---- deliveries ----

    @StaffOnly
    @Transactional(readOnly = true)
    public List<DeliveryInfo> deliveries(long classId) {
        classes.requireAccess(classId);
        return loadDeliveries(classId, null);
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public DeliveryInfo delivery(long deliveryId) {
        long classId = classOfDelivery(deliveryId);
        classes.requireAccess(classId);
        return loadDeliveries(classId, deliveryId).getFirst();
    }

    /** The evidence components a lesson covers: the delivery form starts with them ticked. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Set<EvidenceComponent> plannedComponents(String lessonRef) {
        lessons.requireUsable(lessonRef);
        return lessons.componentsOf(lessonRef);
    }

    /**
     * Records a delivered lesson and starts its participation list: every student enrolled on that
     * day, marked "participated" (the teacher changes the few who were not).
     */
    @ClassWriter
    @Transactional
    public long record(long classId, DeliveryForm form) {
        String ref = form.lessonRef();
        if (form.planId() != null) {
            PlanInfo plan = plans(classId).stream().filter(x -> x.id() == form.planId()).findFirst()
                    .orElseThrow(() -> new NotAllowedException("plan " + form.planId() + " is not of class " + classId));
            if (plan.deliveryId() != null) {
                throw new InvalidInputException("lesson", "lessons.plan.alreadyDelivered");
            }
            ref = plan.lessonRef();
        }
        Problems p = new Problems();
        p.require(ref != null && !ref.isBlank(), "lesson", "validation.required");
        p.require(form.deliveredOn() != null, "date", "validation.required");
        if (form.deliveredOn() != null) {
            p.require(!form.deliveredOn().isAfter(school.today()), "date", "lessons.delivery.future");
        }
        p.require(form.minutes() >= 1 && form.minutes() <= 600, "minutes", "lessons.delivery.minutes", 1, 600);
        String notes = LessonMarkup.clean(form.notes());
        p.require(notes.length() <= 4000, "notes", "validation.tooLong", 4000);
        p.throwIfAny();
        lessons.requireUsable(ref);
        Optional<Long> custom = LessonService.customId(ref);
        long id = jdbc.sql("""
                insert into lesson_delivery (class_id, plan_id, builtin_lesson_id, custom_lesson_id, delivered_on, minutes, components,
                    notes, recorded_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(classId, form.planId(), custom.isPresent() ? null : ref, custom.orElse(null), Date.valueOf(form.deliveredOn()),
                        form.minutes(), LessonService.componentNames(form.components()), notes, currentUser.require().staffId(),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        jdbc.sql("""
                insert into lesson_participation (delivery_id, student_id, status)
                select d.id, s.id, 'PARTICIPATED' from lesson_delivery d join student s on s.class_id = d.class_id\s""" + ZONE + """
                 where d.id = ? and\s""" + ENROLLED)
                .param(id).update();
        audit.record("LESSON_DELIVERED", "class:" + classId, "delivery:" + id);
        return id;
    }

    /** Deletes a delivery with its participation and reflections (e.g. recorded by mistake). */
    @StaffOnly
    @Transactional
    public void deleteDelivery(long deliveryId) {
        long classId = classOfDelivery(deliveryId);
        classes.requireWritable(classId);
        jdbc.sql("delete from lesson_delivery where id = ?").param(deliveryId).update();
        audit.record("LESSON_DELIVERY_DELETED", "class:" + classId, "delivery:" + deliveryId);
    }

    // ---- participation ----

    /** Every student enrolled on the delivery's day, by name. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<ParticipationRow> participation(long deliveryId) {
        classes.requireAccess(classOfDelivery(deliveryId));
        return jdbc.sql("""
                select s.id, s.display_name, s.avatar, p.status, p.made_up_on
                from lesson_participation p join student s on s.id = p.student_id
                where p.delivery_id = ? order by lower(s.display_name), s.id""")
                .param(deliveryId)
                .query((rs, n) -> new ParticipationRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Participation.valueOf(rs.getString(4)), localDate(rs, 5)))
                .list();
    }

    /** One tap on the participation screen. Changing away from "absent" drops a make-up. */
    @StaffOnly
    @Transactional
    public void setParticipation(long deliveryId, long studentId, Participation status) {
        classes.requireWritable(classOfDelivery(deliveryId));
        int changed = jdbc.sql("""
                update lesson_participation set status = ?, made_up_on = case when ? = 'ABSENT' then made_up_on end
                where delivery_id = ? and student_id = ?""")
                .params(status.name(), status.name(), deliveryId, studentId).update();
        if (changed == 0) {
            throw new NotAllowedException("student " + studentId + " is not on delivery " + deliveryId);
        }
    }

    /** Absent students whose make-up is still open, oldest lesson first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<MakeUp> openMakeUps(long classId) {
        classes.requireAccess(classId);
        return jdbc.sql("""
                select d.id, s.id, s.display_name, d.builtin_lesson_id, d.custom_lesson_id, l.title, d.delivered_on
                from lesson_participation p join lesson_delivery d on d.id = p.delivery_id join student s on s.id = p.student_id
                left join custom_lesson l on l.id = d.custom_lesson_id
                where d.class_id = ? and p.status = 'ABSENT' and p.made_up_on is null and s.active
                order by d.delivered_on, d.id, lower(s.display_name)""")
                .param(classId)
                .query((rs, n) -> {
                    String ref = rs.getString(4) != null ? rs.getString(4) : LessonService.customRef(rs.getLong(5));
                    return new MakeUp(rs.getLong(1), rs.getLong(2), rs.getString(3), ref, titleKey(ref), rs.getString(6),
                            rs.getDate(7).toLocalDate());
                })
                .list();
    }

    /** The absent student has caught up on the lesson (today, in the school's time zone). */
    @StaffOnly
    @Transactional
    public void markMadeUp(long deliveryId, long studentId) {
        classes.requireWritable(classOfDelivery(deliveryId));
        int changed = jdbc.sql("""
                update lesson_participation set made_up_on = ? where delivery_id = ? and student_id = ? and status = 'ABSENT'""")
                .params(Date.valueOf(school.today()), deliveryId, studentId).update();
        if (changed == 0) {
            throw new InvalidInputException("makeUp", "lessons.makeUp.notAbsent");
        }
        audit.record("LESSON_MADE_UP", "student:" + studentId, "delivery:" + deliveryId);
    }

    // ---- measures ----

    /**
     * Each student's dose: lessons attended (participated, present or made up) out of lessons
     * delivered while they were enrolled. Students are listed by name; students who left stay with
     * the lessons of their time in the class.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<Dose> doses(long classId) {
        classes.requireAccess(classId);
        return jdbc.sql("""
                select s.id, s.display_name, s.active, count(d.id) as delivered,
                       count(d.id) filter (where p.status in ('PARTICIPATED', 'PRESENT') or p.made_up_on is not null) as attended
                from student s\s""" + ZONE + """
                 left join lesson_delivery d on d.class_id = s.class_id and\s""" + ENROLLED + """
                 left join lesson_participation p on p.delivery_id = d.id and p.student_id = s.id
                where s.class_id = ? and (s.active or s.left_at is not null)
                group by s.id, s.display_name, s.active order by not s.active, lower(s.display_name), s.id""")
                .param(classId)
                .query((rs, n) -> new Dose(rs.getLong(1), rs.getString(2), rs.getInt(5), rs.getInt(4), !rs.getBoolean(3)))
                .list();
    }

    /**
     * The class's lesson progress over its lesson period ({@link #period}): what the class page and
     * the home card show.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    public LessonProgress termProgress(long classId) {
        classes.requireAccess(classId);
        LocalDate[] period = period(classId);
        return progressOf(List.of(classId), period[0], period[1], false).getOrDefault(classId, LessonProgress.NONE);
    }

    /** The class's lesson progress in the days {@code from}..{@code to} (see {@link LessonProgress}). */
    @StaffOnly
    @Transactional(readOnly = true)
    public LessonProgress progress(long classId, LocalDate from, LocalDate to) {
        classes.requireAccess(classId);
        return progressOf(List.of(classId), from, to, false).getOrDefault(classId, LessonProgress.NONE);
    }

    /**
     * {@link #progress(long, LocalDate, LocalDate)} for many classes at once (the school overview; the
     * district overview, school by school in that school's scope).
     */
    @PreAuthorize("hasAnyRole('COORDINATOR','DISTRICT_ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, LessonProgress> progress(Collection<Long> classIds, LocalDate from, LocalDate to) {
        currentUser.require();
        return progressOf(classIds, from, to, true);
    }

    /**
     * The days a class's lessons are counted over: its term, else the school's term that contains
     * today, else every day.
     */
    private LocalDate[] period(long classId) {
        return jdbc.sql("""
                select t.start_date, t.end_date from school_class c
                join term t on t.id = coalesce(c.term_id, (select t2.id from term t2 where t2.school_id = c.school_id
                                                            and ? between t2.start_date and t2.end_date
                                                            order by t2.start_date limit 1))
                where c.id = ?""")
                .params(Date.valueOf(school.today()), classId)
                .query((rs, n) -> new LocalDate[] {rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()})
                .optional().orElse(new LocalDate[] {ALL_DAYS_FROM, ALL_DAYS_TO});
    }

    static final LocalDate ALL_DAYS_FROM = LocalDate.of(1970, 1, 1);
    static final LocalDate ALL_DAYS_TO = LocalDate.of(9999, 12, 31);

    /** {@code ownSchoolOnly}: only the classes of the connection's school, for a coordinator's list of ids. */
    private Map<Long, LessonProgress> progressOf(Collection<Long> classIds, LocalDate from, LocalDate to, boolean ownSchoolOnly) {
        Map<Long, LessonProgress> out = new HashMap<>();
        if (classIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select c.id, dl.delivered, pl.overdue, pl.ahead
                from school_class c
                cross join lateral (select count(*) as delivered from lesson_delivery d
                                    where d.class_id = c.id and d.delivered_on between :from and :to) dl
                cross join lateral (select count(*) filter (where p.planned_on <= :today) as overdue,
                                           count(*) filter (where p.planned_on > :today) as ahead
                                    from lesson_plan p
                                    where p.class_id = c.id and p.planned_on between :from and :to
                                      and not exists (select 1 from lesson_delivery d where d.plan_id = p.id)) pl
                where c.id = any(:ids) and (not :own or c.school_id = ripple_school())""")
                .param("ids", classIds.toArray(Long[]::new)).param("own", ownSchoolOnly).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("today", Date.valueOf(school.today()))
                .query(rs -> {
                    int delivered = rs.getInt(2);
                    int due = delivered + rs.getInt(3);
                    out.put(rs.getLong(1), new LessonProgress(delivered, due, due + rs.getInt(4)));
                });
        return out;
    }

    // ---- helpers ----

    private List<DeliveryInfo> loadDeliveries(long classId, @Nullable Long only) {
        return jdbc.sql("""
                select d.id, d.class_id, d.plan_id, d.builtin_lesson_id, d.custom_lesson_id, l.title, d.delivered_on, d.minutes,
                       d.components, d.notes,
                       (select count(*) from lesson_participation p where p.delivery_id = d.id and p.status = 'PARTICIPATED'),
                       (select count(*) from lesson_participation p where p.delivery_id = d.id and p.status = 'PRESENT'),
                       (select count(*) from lesson_participation p where p.delivery_id = d.id and p.status = 'ABSENT'),
                       (select count(*) from lesson_participation p where p.delivery_id = d.id and p.made_up_on is not null),
                       (select count(*) from lesson_reflection r where r.delivery_id = d.id)
                from lesson_delivery d left join custom_lesson l on l.id = d.custom_lesson_id
                where d.class_id = ? and (cast(? as bigint) is null or d.id = ?)
                order by d.delivered_on desc, d.id desc""")
                .params(classId, only, only)
                .query((rs, n) -> {
                    String ref = rs.getString(4) != null ? rs.getString(4) : LessonService.customRef(rs.getLong(5));
                    return new DeliveryInfo(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), ref, titleKey(ref), rs.getString(6),
                            rs.getDate(7).toLocalDate(), rs.getInt(8), LessonService.components(rs.getString(9)), rs.getString(10),
                            rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15));
                })
                .list();
    }

    /** The class of a delivery; an unknown id gets the same answer as a foreign one. */
    long classOfDelivery(long deliveryId) {
        return jdbc.sql("select class_id from lesson_delivery where id = ?").param(deliveryId).query(Long.class).optional()
                .orElseThrow(() -> new NotAllowedException("no delivery " + deliveryId));
    }

    private long classOfPlan(long planId) {
        return jdbc.sql("select class_id from lesson_plan where id = ?").param(planId).query(Long.class).optional()
                .orElseThrow(() -> new NotAllowedException("no plan " + planId));
    }

    private static String ref(ResultSet rs) throws SQLException {
        return rs.getString(3) != null ? rs.getString(3) : LessonService.customRef(rs.getLong(4));
    }

    /** The title key of a built-in lesson, or null for an own lesson (whose title the record carries). */
    static @Nullable String titleKey(String ref) {
        return LessonLibrary.byId(ref).map(l -> l.titleKey()).orElse(null);
    }

    private static @Nullable LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
