package app.ripple.lesson;

import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.KioskService;
import app.ripple.lesson.LessonRecords.ReflectionInfo;
import app.ripple.lesson.LessonRecords.ReflectionPrompt;
import app.ripple.lesson.LessonRecords.ReflectionSaved;
import app.ripple.lesson.library.LessonLibrary;
import app.ripple.safeguarding.AttentionSubject;
import app.ripple.safeguarding.ConcernRaised;
import app.ripple.safeguarding.SafeguardingService;
import app.ripple.school.AuditService;
import app.ripple.school.SchoolService;
import app.ripple.security.StaffOnly;
import app.ripple.security.StudentPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private closing reflections. A signed-in student answers the reflection question of a lesson
 * their class had in the last {@value #RECENT_DAYS} days (once per lesson); only the class's
 * teachers and coordinators read the answers, never a wall. Every answer goes through the
 * school's concerning-phrase matching: a match opens a needs-attention item and the student sees
 * the "talk to a trusted adult" card.
 */
@Service
public class ReflectionService {

    public static final int MAX_LENGTH = 500;
    static final int RECENT_DAYS = 14;

    private final JdbcClient jdbc;
    private final KioskService kiosk;
    private final ClassService classes;
    private final DeliveryService deliveries;
    private final SafeguardingService safeguarding;
    private final SchoolService school;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReflectionService(JdbcClient jdbc, KioskService kiosk, ClassService classes, DeliveryService deliveries,
            SafeguardingService safeguarding, SchoolService school, AuditService audit, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.kiosk = kiosk;
        this.classes = classes;
        this.deliveries = deliveries;
        this.safeguarding = safeguarding;
        this.school = school;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The reflections the signed-in student may still answer: lessons of their class delivered in
     * the last two weeks that they took part in (or made up) and have not answered yet. Newest first.
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<ReflectionPrompt> openPrompts() {
        StudentPrincipal s = kiosk.requireStudentSession();
        var today = school.today();
        return jdbc.sql("""
                select d.id, d.builtin_lesson_id, d.custom_lesson_id, l.reflection_question, l.title, d.delivered_on
                from lesson_delivery d join lesson_participation p on p.delivery_id = d.id and p.student_id = :student
                left join custom_lesson l on l.id = d.custom_lesson_id
                where d.class_id = :class and d.delivered_on between :from and :today
                  and (p.status <> 'ABSENT' or p.made_up_on is not null)
                  and not exists (select 1 from lesson_reflection r where r.delivery_id = d.id and r.student_id = :student)
                order by d.delivered_on desc, d.id desc""")
                .param("student", s.studentId()).param("class", s.classId())
                .param("from", Date.valueOf(today.minusDays(RECENT_DAYS))).param("today", Date.valueOf(today))
                .query((rs, n) -> {
                    String builtIn = rs.getString(2);
                    String ref = builtIn != null ? builtIn : LessonService.customRef(rs.getLong(3));
                    var lesson = builtIn == null ? null : LessonLibrary.byId(builtIn).orElse(null);
                    return new ReflectionPrompt(rs.getLong(1), ref, lesson == null ? null : lesson.reflectionQuestionKey(),
                            rs.getString(4), lesson == null ? null : lesson.titleKey(), rs.getString(5), rs.getDate(6).toLocalDate());
                })
                .list()
                .stream().filter(p -> p.questionKey() != null || p.question() != null).toList();
    }

    /**
     * Saves the student's answer. Idempotent: the same key answers with what was saved the first
     * time, so a double tap or a retry never saves twice.
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public ReflectionSaved answer(UUID idempotencyKey, long deliveryId, String text) {
        StudentPrincipal s = kiosk.requireStudentSession();
        Optional<ReflectionSaved> earlier = existing(idempotencyKey, s);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        classes.requireWritable(s.classId());
        String clean = LessonMarkup.clean(text);
        Problems p = new Problems();
        p.require(!clean.isEmpty(), "text", "validation.required");
        p.require(clean.codePointCount(0, clean.length()) <= MAX_LENGTH, "text", "validation.tooLong", MAX_LENGTH);
        p.throwIfAny();
        if (openPrompts().stream().noneMatch(x -> x.deliveryId() == deliveryId)) {
            boolean answered = jdbc.sql("select exists (select 1 from lesson_reflection where delivery_id = ? and student_id = ?)")
                    .params(deliveryId, s.studentId()).query(Boolean.class).single();
            if (answered) {
                throw new InvalidInputException("text", "lessons.reflection.alreadyAnswered");
            }
            throw new NotAllowedException("delivery " + deliveryId + " is not open to student " + s.studentId());
        }
        Optional<String> concern = safeguarding.concerningPhrase(clean);
        Timestamp now = Timestamp.from(clock.instant());
        Long id = jdbc.sql("""
                insert into lesson_reflection (class_id, delivery_id, student_id, idempotency_key, text, needs_attention, created_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing returning id""")
                .params(s.classId(), deliveryId, s.studentId(), idempotencyKey, clean, concern.isPresent(), now)
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            return existing(idempotencyKey, s).orElseThrow();
        }
        if (concern.isPresent()) {
            events.publishEvent(new ConcernRaised(AttentionSubject.REFLECTION, id, s.classId(), concern.get()));
            audit.record("SAFEGUARDING_MATCH", "reflection:" + id, "class:" + s.classId());
        }
        return saved(id, concern.isPresent());
    }

    /** The signed-in student's own reflections: a student never reads anyone else's. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<ReflectionInfo> mine() {
        StudentPrincipal s = kiosk.requireStudentSession();
        return jdbc.sql("""
                select r.id, r.student_id, st.display_name, r.text, r.needs_attention, r.created_at
                from lesson_reflection r join student st on st.id = r.student_id where r.student_id = ? order by r.created_at desc""")
                .param(s.studentId())
                .query((rs, n) -> new ReflectionInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** The reflections on one delivery, for the class's teachers. Reading them is audited. */
    @StaffOnly
    @Transactional
    public List<ReflectionInfo> forDelivery(long deliveryId) {
        long classId = deliveries.classOfDelivery(deliveryId);
        classes.requireAccess(classId);
        List<ReflectionInfo> list = jdbc.sql("""
                select r.id, r.student_id, st.display_name, r.text, r.needs_attention, r.created_at
                from lesson_reflection r join student st on st.id = r.student_id
                where r.delivery_id = ? order by lower(st.display_name), r.id""")
                .param(deliveryId)
                .query((rs, n) -> new ReflectionInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
        if (!list.isEmpty()) {
            jdbc.sql("update lesson_reflection set read_at = ? where delivery_id = ? and read_at is null")
                    .params(Timestamp.from(clock.instant()), deliveryId).update();
            audit.record("REFLECTIONS_READ", "delivery:" + deliveryId, list.size() + " reflections");
        }
        return list;
    }

    private Optional<ReflectionSaved> existing(UUID key, StudentPrincipal s) {
        return jdbc.sql("select id, student_id, needs_attention from lesson_reflection where idempotency_key = ?").param(key)
                .query((rs, n) -> {
                    if (rs.getLong(2) != s.studentId()) {
                        throw new NotAllowedException("idempotency key of another student");
                    }
                    return saved(rs.getLong(1), rs.getBoolean(3));
                }).optional();
    }

    private ReflectionSaved saved(long id, boolean concern) {
        return new ReflectionSaved(id, concern, concern ? safeguarding.trustedAdultText() : null);
    }
}
