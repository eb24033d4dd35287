package app.ripple.hardening;

import app.ripple.challenge.ActService;
import app.ripple.challenge.Category;
import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.challenge.ChallengeService;
import app.ripple.challenge.Recipient;
import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.KioskService;
import app.ripple.classroom.RosterService;
import app.ripple.classroom.TabletService;
import app.ripple.security.KioskSession;
import app.ripple.testsupport.Fixtures;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * One more school of the district, next to the fixture school, built through the real services by its
 * own staff: a coordinator, a teacher, a class in a term with a student, a class tablet, a running
 * challenge with an approved and a pending act, and a delivered lesson with participation. Every name
 * carries the school's {@code secret}, so a test can tell whether any of it reached the screen or a
 * result it should not have.
 */
public class OtherSchool {

    public final String secret;
    public long schoolId;
    public long coordinator;
    public long teacher;
    public long termId;
    public long classId;
    public long studentId;
    public long challengeId;
    public long approvedActId;
    public long pendingActId;
    public long concernActId;
    public long attentionItemId;
    public long deliveryId;
    public long planId;
    public long customLessonId;
    public long tabletId;
    public String token;

    private final Fixtures fixtures;
    private final ApplicationContext context;

    public OtherSchool(ApplicationContext context, String secret) {
        this.context = context;
        this.fixtures = context.getBean(Fixtures.class);
        this.secret = secret;
    }

    /** Builds the school next to the ones that exist; signs everybody out afterwards. */
    public OtherSchool build() {
        var jdbc = fixtures.jdbc();
        String slug = secret.toLowerCase().replaceAll("[^a-z]", "");
        // Plain SQL names its school and runs in the whole district's scope (a view test's thread has no fallback).
        schoolId = app.ripple.base.SchoolScope.allSchools(() -> jdbc.sql("""
                insert into school (district_id, name, time_zone, default_language, created_at)
                values ((select min(id) from district), ?, 'Europe/Madrid', 'en', now()) returning id""")
                .param(secret + " School").query(Long.class).single());
        coordinator = staff(secret + " Coordinator", "coord-" + slug + "@test.example", "COORDINATOR");
        teacher = staff(secret + " Teacher", "teacher-" + slug + "@test.example", "TEACHER");
        LocalDate today = LocalDate.of(2026, 11, 25);
        termId = app.ripple.base.SchoolScope.allSchools(() -> jdbc.sql("insert into term (school_id, name, start_date, end_date, closed) values (?, ?, ?, ?, false) returning id")
                .params(schoolId, secret + " Term", today.minusDays(60), today.plusDays(30)).query(Long.class).single());

        fixtures.signIn(teacher);
        classId = context.getBean(ClassService.class)
                .create(new ClassForm(secret + " Class", AgeBand.AGES_9_11, termId, List.of(teacher), 60));
        studentId = context.getBean(RosterService.class).addStudent(classId, new StudentForm(secret + " Student", null, null));
        var bound = context.getBean(TabletService.class).bind(classId, secret + " Tablet");
        token = bound.token();
        tabletId = bound.tabletId();
        challengeId = context.getBean(ChallengeService.class).create(classId, new ChallengeForm(secret + " Challenge",
                secret + " challenge text", today.minusDays(2), today.plusDays(4), 10, EnumSet.allOf(Category.class),
                List.of("lib:held_door", "lib:went_to_bed_on_time"), false, null));

        // Two acts, recorded on the class tablet by the student: one suggestion (approved), one own text (pending).
        signInStudent();
        ActService acts = context.getBean(ActService.class);
        approvedActId = acts.record(new RecordAct(UUID.randomUUID(), challengeId, "lib:held_door", null, Recipient.CLASSMATE, 4, null))
                .actId();
        pendingActId = acts.record(new RecordAct(UUID.randomUUID(), challengeId, null, secret + " own words", Recipient.CLASSMATE, 4,
                null)).actId();
        concernActId = acts.record(new RecordAct(UUID.randomUUID(), challengeId, null, "nobody likes me " + secret, Recipient.MYSELF, 2,
                null)).actId();
        fixtures.signOut();
        attentionItemId = app.ripple.base.SchoolScope.allSchools(() -> jdbc.sql("select id from attention_item where school_id = ? order by id limit 1").param(schoolId)
                .query(Long.class).single());
        // In the school's own scope: the rollup triggers fill their school_id from the connection's school.
        app.ripple.base.SchoolScope.of(schoolId, () -> {
        deliveryId = jdbc.sql("""
                insert into lesson_delivery (school_id, class_id, builtin_lesson_id, delivered_on, minutes, recorded_by, created_at)
                values (?, ?, ?, ?, 40, ?, now()) returning id""")
                .params(schoolId, classId, app.ripple.lesson.library.LessonLibrary.all().getFirst().id(), today.minusDays(1), teacher)
                .query(Long.class).single();
        planId = jdbc.sql("""
                insert into lesson_plan (school_id, class_id, builtin_lesson_id, planned_on, created_by, created_at)
                values (?, ?, ?, ?, ?, now()) returning id""")
                .params(schoolId, classId, app.ripple.lesson.library.LessonLibrary.all().getFirst().id(), today.plusDays(3), teacher)
                .query(Long.class).single();
        customLessonId = jdbc.sql("""
                insert into custom_lesson (school_id, owner_id, language, title, age_bands, minutes, components,
                                           reflection_question, created_at, updated_at)
                values (?, ?, 'en', ?, '9-11', 30, 'FACTS', 'What did you notice?', now(), now()) returning id""")
                .params(schoolId, teacher, secret + " own lesson").query(Long.class).single();
        });
        fixtures.signOut();
        return this;
    }

    private long staff(String name, String email, String role) {
        return app.ripple.base.SchoolScope.allSchools(() -> fixtures.jdbc().sql("""
                insert into staff_account (school_id, name, email, password_hash, role, language, active, must_change_password, created_at)
                values (?, ?, ?, 'x', ?, 'en', true, false, ?) returning id""")
                .params(schoolId, name, email, role, Timestamp.from(fixtures.clock().instant())).query(Long.class).single());
    }

    /** Signs this school's student in on its class tablet. */
    public void signInStudent() {
        fixtures.signOut();
        List<String> pictures = List.of(app.ripple.base.SchoolScope.allSchools(() -> fixtures.jdbc()
                .sql("select picture_password from student where id = ?").param(studentId).query(String.class).single()).split(","));
        KioskService.SignInResult r = context.getBean(KioskService.class).signIn(token, studentId, pictures);
        context.getBean(KioskSession.class).signIn(r.student());
    }

    /** Every piece of this school's text that must never reach another school's staff. */
    public List<String> secrets() {
        return List.of(secret);
    }
}
